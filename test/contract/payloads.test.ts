// The kit's payloads: valid ones pass the generated validators, are reproducible from the seed and
// reach the bounds; invalid ones break exactly the rule they claim, at the path they claim.
import { strict as assert } from 'node:assert';
import { DEFAULT_VALIDATORS } from '../../runtime/core/defaults.ts';
import { toProblems } from '../../runtime/core/problems.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { Mutator, Rng, SchemaSet, ValueGen, canonicalJson, type MutationClass } from '../../runtime/contract/index.ts';
import { utf8ByteLength } from '../../runtime/utf8.ts';

const schemas = SchemaSet.load();
const SCHEMA_CLASSES: readonly MutationClass[] = ['required', 'type', 'utf8-bytes', 'items', 'range', 'enum', 'bitmask', 'int64-range', 'unknown-key', 'proto-key', 'object-form'];
const FUNCTIONS = Object.values(API_TABLE.functions);

function validInputs(seed: number, perApi: number): Map<string, Record<string, unknown>[]> {
  const out = new Map<string, Record<string, unknown>[]>();
  for (const meta of FUNCTIONS) {
    const gen = new ValueGen(schemas, new Rng(seed, meta.cName));
    out.set(meta.cName, Array.from({ length: perApi }, () => gen.value(schemas.input(meta.cName)) as Record<string, unknown>));
  }
  return out;
}

/** Every value in `v` (depth first), with the key it sits under. */
function* leaves(v: unknown, key = ''): Generator<[string, unknown]> {
  yield [key, v];
  if (Array.isArray(v)) for (const x of v) yield* leaves(x, key);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* leaves(x, k);
}

describe('contract kit: payloads', () => {
  const inputs = validInputs(1, 150);

  it('every valid payload passes its input validator', () => {
    for (const meta of FUNCTIONS) {
      const validate = DEFAULT_VALIDATORS[meta.inputValidator];
      for (const input of inputs.get(meta.cName)!) {
        assert.ok(validate(input), `${meta.cName}: ${JSON.stringify(validate.errors?.slice(0, 3))}\n${canonicalJson(input)}`);
      }
    }
  });

  it('the same seed gives the same payloads, another seed others', () => {
    const again = validInputs(1, 150);
    const other = validInputs(2, 150);
    for (const meta of FUNCTIONS) {
      const text = inputs.get(meta.cName)!.map(canonicalJson).join('\n');
      assert.equal(again.get(meta.cName)!.map(canonicalJson).join('\n'), text, meta.cName);
      if (meta.params.length) assert.notEqual(other.get(meta.cName)!.map(canonicalJson).join('\n'), text, meta.cName);
    }
  });

  it('valid payloads reach the bounds: 32-byte names, 100 IDs, app mark bits, 64-bit extremes, multi-byte text', () => {
    const all = [...inputs.values()].flat();
    const values = all.flatMap((i) => [...leaves(i)]);
    const names = values.filter(([k]) => k === 'group_name').map(([, v]) => utf8ByteLength(v as string));
    assert.ok(names.includes(32) && names.includes(1), `group name sizes ${[...new Set(names)]}`);
    assert.ok(values.some(([k, v]) => k === 'conversation_id_array' && Array.isArray(v) && v.length === 100));
    assert.ok(values.some(([k, v]) => k === 'mark_type' && typeof v === 'bigint' && v >= 1n << 32n));
    assert.ok(values.some(([, v]) => v === 2n ** 64n - 1n));
    assert.ok(values.some(([, v]) => typeof v === 'bigint' && v > 2n ** 53n && v < 2n ** 63n));
    assert.ok(values.some(([, v]) => typeof v === 'string' && /[\u{10000}-\u{10ffff}]/u.test(v) && /[\u0800-\uffff]/.test(v)));
  });

  // The classes a schema keyword decides; the others (NUL, lone surrogates, unsafe integers, objects
  // that are not plain) are refused by the runtime as a whole and tested there (runner.test.ts).
  for (const cls of SCHEMA_CLASSES) {
    it(`${cls}: every mutation fails its validator at the path and with the rule it names`, () => {
      let tried = 0;
      for (const meta of FUNCTIONS) {
        const mutator = new Mutator(schemas, new ValueGen(schemas, new Rng(3, `${meta.cName}/fill`)), new Rng(3, `${meta.cName}/${cls}`));
        for (const input of inputs.get(meta.cName)!.slice(0, 40)) {
          const m = mutator.mutate(meta, input, [cls]);
          if (!m) continue;
          tried++;
          const validate = DEFAULT_VALIDATORS[meta.inputValidator];
          assert.equal(validate(m.input), false, `${meta.cName}: ${cls} at ${m.path} passes`);
          const problems = toProblems(validate.errors ?? [], m.input, 'arguments').items;
          assert.ok(m.rule && problems.some((p) => p.path === m.path && p.rule === m.rule),
            `${meta.cName}: ${cls} expected ${m.path} ${m.rule ?? ''}, got ${problems.map((p) => `${p.path} ${p.rule}`).join('; ')}`);
        }
      }
      assert.ok(tried > 0, `no API offers a place for ${cls}`);
    });
  }

  it('breaks the forms a filter must not take, and 64-bit fields of either policy with unsafe numbers', () => {
    const found = (fn: string, cls: MutationClass) => {
      const mutator = new Mutator(schemas, new ValueGen(schemas, new Rng(4, `${fn}/fill`)), new Rng(4, `${fn}/${cls}`));
      return new Set(inputs.get(fn)!.slice(0, 40).map((input) => mutator.mutate(API_TABLE.functions[fn], input, [cls])).filter((m) => m).map((m) => `${m!.path} ${m!.rule}`));
    };
    assert.deepEqual([...found('TIMConvSubscribeUnreadMessageCountByFilter', 'object-form')].sort(), ['/filter minProperties', '/filter not']);
    // clean_timestamp is a uint64 with the "number" policy, message_client_time one inside a draft.
    assert.ok(found('TIMConvCleanConversationUnreadMessageCount', 'unsafe-integer').has('/clean_timestamp x-int64'));
    assert.ok([...found('TIMConvSetDraft', 'unsafe-integer-nested')].some((m) => m.endsWith('/message_client_time x-int64')));
  });

  it('a mutation changes one place and leaves the valid input untouched', () => {
    const meta = API_TABLE.functions.TIMConvGetConversationListByFilter;
    const input = { filter: { conversation_list_filter_mark_type: 1n, conversation_list_filter_conversation_group: 'raid' }, next_seq: 0n, count: 20 };
    const before = canonicalJson(input);
    const mutator = new Mutator(schemas, new ValueGen(schemas, new Rng(1)), new Rng(1));
    const seen = new Set<MutationClass>();
    for (let i = 0; i < 200; i++) {
      const m = mutator.mutate(meta, input)!;
      seen.add(m.cls);
      assert.equal(canonicalJson(input), before);
    }
    assert.ok(seen.size >= 10, [...seen].join(', '));
  });
});
