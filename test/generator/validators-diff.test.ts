// Differential test of the generated validators (runtime/generated/validators.mjs, written by our
// own code generator) against Ajv compiled in memory from the same compiled schema copies, with the
// project's keywords (what the validators module was made of before): the contract kit's valid
// payloads and its one-rule mutations for every input, and generated results and listener payloads
// with keys, enum values, flag bits and wrong values mixed in, each checked plainly (input) and
// with an output sink (output). Verdict by verdict, issue by issue (instance path, schema path,
// keyword, params, message; order aside) and unknown-data report by report. Input verdicts are
// also compared with strict Ajv on the schemas as written, which checks the compiled copies' rewrites.
import { strict as assert } from 'node:assert';
import type { AnyValidateFunction } from 'ajv/dist/types/index.js';
import { compiledDocs, validatorRefs } from '../../generator/emit/validators/index.ts';
import { compileAll } from '../../generator/ir/compile-schemas.ts';
import { Mutator, Rng, SchemaSet, ValueGen, MUTATION_CLASSES } from '../../runtime/contract/index.ts';
import type { SchemaNode } from '../../runtime/contract/schema-set.ts';
import { DEFAULT_VALIDATORS } from '../../runtime/core/defaults.ts';
import type { Validator } from '../../runtime/core/validator.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { realIr } from '../support/generated.ts';
import { strictAjv } from '../support/schemas.ts';
import { randomOutputDamage } from './support/output-damage.ts';

const show = (x: unknown) => JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));

/** What one call of a validator says: verdict, issues (sorted) and sink reports (sorted). */
function outcome(v: Validator | AnyValidateFunction, data: unknown, output: boolean): string {
  const found: string[] = [];
  const sink = { unknownKey: (at: string, key: string) => found.push(`key ${at} ${key}`), unknownValue: (at: string, x: unknown) => found.push(`value ${at} ${show(x)}`) };
  const ok = output ? v.call(sink, data) : v(data);
  const issues = (v.errors ?? []).map((e) => show({ instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message })).sort();
  return show({ ok, issues, found: found.sort() });
}

describe('generated validators agree with Ajv on the same schemas', function () {
  this.timeout(120_000);
  const refs = validatorRefs(realIr());
  const ajv = compileAll(new Map([...compiledDocs(realIr())].map(([id, d]) => [id, { file: d.file, schema: d.schema }])), { passContext: true });
  const reference = (name: string) => {
    const v = ajv.getSchema(refs[name]);
    assert.ok(v, refs[name]);
    return v;
  };
  const schemas = SchemaSet.load();
  let compared = 0;

  function same(name: string, data: unknown, output: boolean, what: string): void {
    const ours = outcome(DEFAULT_VALIDATORS[name], data, output);
    const theirs = outcome(reference(name), data, output);
    compared++;
    if (ours !== theirs) assert.fail(`${name} (${what}, ${output ? 'output' : 'input'}) on ${show(data)}\n  generated: ${ours}\n  Ajv:       ${theirs}`);
  }

  it('every export is one of the references, and the other way round', () => {
    assert.deepEqual(Object.keys(DEFAULT_VALIDATORS).sort(), Object.keys(refs).sort());
  });

  it('inputs: valid payloads and every mutation class of the contract kit', () => {
    for (const meta of Object.values(API_TABLE.functions)) {
      const gen = new ValueGen(schemas, new Rng(11, meta.cName));
      const mutator = new Mutator(schemas, new ValueGen(schemas, new Rng(11, `${meta.cName}/fill`)), new Rng(11, `${meta.cName}/m`));
      for (let i = 0; i < 60; i++) {
        const input = gen.value(schemas.input(meta.cName)) as Record<string, unknown>;
        same(meta.inputValidator, input, false, 'valid');
        for (const cls of MUTATION_CLASSES) {
          const m = mutator.mutate(meta, input, [cls]);
          if (m) same(meta.inputValidator, m.input, false, cls);
        }
      }
    }
  });

  it('inputs: the same verdicts as strict Ajv on the schemas as written (not the compiled copies)', () => {
    // The compiled copies rewrite additionalProperties, integer enums and maxItems next to items;
    // for input, a rewrite may change how a refusal is worded, never whether there is one.
    const written = strictAjv();
    let checked = 0;
    for (const meta of Object.values(API_TABLE.functions)) {
      const asWritten = written.getSchema(refs[meta.inputValidator]);
      assert.ok(asWritten, refs[meta.inputValidator]);
      const gen = new ValueGen(schemas, new Rng(12, meta.cName));
      const mutator = new Mutator(schemas, new ValueGen(schemas, new Rng(12, `${meta.cName}/fill`)), new Rng(12, `${meta.cName}/m`));
      const verdicts = (data: unknown, what: string) => {
        const ours = DEFAULT_VALIDATORS[meta.inputValidator](data);
        const theirs = asWritten(data);
        checked++;
        if (ours !== theirs) assert.fail(`${meta.cName} (${what}) on ${show(data)}: generated ${ours}, Ajv on the schema as written ${theirs} ${show(asWritten.errors)}`);
      };
      for (let i = 0; i < 60; i++) {
        const input = gen.value(schemas.input(meta.cName)) as Record<string, unknown>;
        verdicts(input, 'valid');
        for (const cls of MUTATION_CLASSES) {
          const m = mutator.mutate(meta, input, [cls]);
          // NUL, lone surrogates and objects that are not plain are the runtime's rules, not the schemas'.
          if (m && !['nul', 'lone-surrogate', 'non-plain'].includes(cls)) verdicts(m.input, cls);
        }
      }
    }
    assert.ok(checked > 5_000, `only ${checked} verdicts`);
  });

  it('results and listener payloads: valid, with new keys and values, and damaged, plainly and with a sink', () => {
    const outputs: [string, SchemaNode][] = [];
    for (const meta of Object.values(API_TABLE.functions)) {
      if (meta.resultValidator) outputs.push([meta.resultValidator, schemas.input(meta.cName).$defs.result]);
    }
    for (const l of Object.values(API_TABLE.listeners)) outputs.push([l.validator, schemas.get(`timconv:callback/${l.callback}`)]);
    for (const [name, node] of outputs) {
      const gen = new ValueGen(schemas, new Rng(5, name));
      const rng = new Rng(5, `${name}/damage`);
      for (let i = 0; i < 40; i++) {
        const value = gen.value(node);
        for (const output of [false, true]) same(name, value, output, 'valid');
        for (let j = 0; j < 6; j++) {
          const { data, what } = randomOutputDamage(value, rng);
          for (const output of [false, true]) same(name, data, output, what);
        }
      }
    }
  });

  it('hostile values: wrong types at the root, NaN, Infinity, -0, bigint and unsafe numbers everywhere', () => {
    const odd: unknown[] = [undefined, null, NaN, Infinity, -0, 1.5, 2 ** 64, -1n, 2n ** 64n, '', 'x', [], {}, [null], { __proto__: null }, new Date(0)];
    for (const name of Object.keys(refs)) for (const v of odd) for (const output of [false, true]) same(name, v, output, 'odd root');
    assert.ok(compared > 20_000, `only ${compared} comparisons`);
  });
});
