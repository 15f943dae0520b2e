// A result is decoded in one pass (JSON.parse, then the generated validator checks the value and
// makes its exact 64-bit values exact as it walks it; runtime/core/output.ts). This compares that
// with the two-step decode it replaces (the json64 codec, then validation) on the same answers:
// the resolved value (bigint for bigint), or the TimError's code and problems, and every
// unknown-data report. The two-step decode is forced by validators that do not offer the
// conversion. Since the codec's fast path runs the same conversion, a resolved value is also
// compared with an independent reading of the text (lossless-json, fixtures/json-reference.ts). Answers: generated results, damaged ones, and texts made to trip the one-pass walk
// (escaped keys, integer-like keys, duplicate keys, exact keys inside unknown keys, drafts next to
// last messages, merged messages, unknown element types).
import { strict as assert } from 'node:assert';
import { DEFAULT_VALIDATORS } from '../../runtime/core/defaults.ts';
import type { UnknownData } from '../../runtime/core/unknown-data.ts';
import type { Validator, ValidatorSet } from '../../runtime/core/validator.ts';
import { callArgs, Rng, SchemaSet, ValueGen } from '../../runtime/contract/index.ts';
import { ConversationCore } from '../../runtime/core/conversation-core.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { stringify } from '../../runtime/json64.ts';
import { TimError } from '../../runtime/errors.ts';
import { randomOutputDamage } from '../generator/support/output-damage.ts';
import { FakeBridge } from './fixtures/fake-bridge.ts';
import { referenceParser } from './fixtures/json-reference.ts';
import { page } from './fixtures/payloads.ts';

/** The same validators without the conversion: the core then decodes in two steps. */
function twoStepValidators(): ValidatorSet {
  const out: Record<string, Validator> = {};
  for (const [name, v] of Object.entries(DEFAULT_VALIDATORS)) {
    const plain: Validator = function (this: unknown, data: unknown) {
      const ok = v.call(this, data);
      plain.errors = v.errors;
      return ok;
    };
    out[name] = plain;
  }
  return out;
}

const show = (x: unknown) => JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));

const schemas = SchemaSet.load();

/** Valid arguments of a function (the answer is what is compared). */
function argsOf(fn: string): unknown[] {
  const meta = API_TABLE.functions[fn];
  return callArgs(meta, new ValueGen(schemas, new Rng(1, fn)).value(schemas.input(fn)) as Record<string, unknown>);
}

interface Decoded {
  outcome: { value: unknown } | { code: number; problems: unknown; message: string };
  reports: string[];
}

async function decode(validators: ValidatorSet | undefined, fn: string, json: string): Promise<Decoded> {
  const bridge = new FakeBridge();
  const reports: UnknownData[] = [];
  const core = new ConversationCore(bridge, { validators, onUnknownData: (r) => reports.push(r), onError: () => {} });
  const p = core.invoke(fn, argsOf(fn)).then((value) => ({ value }), (e: TimError) => ({ code: e.code, problems: e.problems, message: e.message }));
  bridge.answer(0, '', json);
  const outcome = await p;
  return { outcome, reports: reports.map((r) => r.message) };
}

/** The same text read by lossless-json under the exact-key rule: shares no code with the core's decode. */
const reference = referenceParser(API_TABLE.exactInt64Keys);

/** One pass, two steps and (for a value that resolves) the independent reference agree. */
async function same(fn: string, json: string, what: string): Promise<void> {
  const one = await decode(undefined, fn, json);
  const two = await decode(twoStepValidators(), fn, json);
  if (show(one) !== show(two)) assert.fail(`${fn} (${what}) on ${json.slice(0, 400)}\n  one pass: ${show(one).slice(0, 600)}\n  two steps: ${show(two).slice(0, 600)}`);
  if ('value' in one.outcome && json !== '') {
    const expected = reference(json);
    if (show(one.outcome.value) !== show(expected)) assert.fail(`${fn} (${what}) on ${json.slice(0, 400)}\n  one pass: ${show(one.outcome.value).slice(0, 600)}\n  lossless-json: ${show(expected).slice(0, 600)}`);
    assert.deepStrictEqual(one.outcome.value, expected, `${fn} (${what})`);
  }
}

const BY_FILTER = 'TIMConvGetConversationListByFilter';

describe('core: one-pass decode of results equals parse-then-validate', function () {
  this.timeout(120_000);

  it('the generated validators offer the conversion, and the one-pass decode is what runs', async () => {
    assert.ok(Array.isArray(DEFAULT_VALIDATORS.TIMConvGetConvList_result.exactKeys));
    let converted = 0;
    const v = DEFAULT_VALIDATORS.TIMConvGetConversationListByFilter_result;
    const spy: Validator = Object.assign(function (this: unknown, data: unknown, cv?: unknown) {
      if (cv) converted++;
      const ok = v.call(this, data, cv);
      spy.errors = v.errors;
      return ok;
    }, { exactKeys: v.exactKeys });
    const bridge = new FakeBridge();
    const core = new ConversationCore(bridge, { validators: { ...DEFAULT_VALIDATORS, TIMConvGetConversationListByFilter_result: spy } });
    const p = core.invoke(BY_FILTER, [{}, 0n, 5]);
    bridge.answer(0, '', page(5).text);
    const r = await p as { conversation_list_result_next_seq: bigint };
    assert.equal(converted, 1);
    assert.equal(r.conversation_list_result_next_seq, 2n ** 62n + 977n);
  });

  it('a wrapper that keeps exactKeys but drops the conversion still gets exact bigints', async () => {
    const v = DEFAULT_VALIDATORS.TIMConvGetConversationListByFilter_result;
    let calls = 0;
    const wrapper: Validator = Object.assign(function (this: unknown, data: unknown) {
      calls++;
      const ok = v.call(this, data); // the second argument is not passed on
      wrapper.errors = v.errors;
      return ok;
    }, { exactKeys: v.exactKeys });
    const bridge = new FakeBridge();
    const core = new ConversationCore(bridge, { validators: { ...DEFAULT_VALIDATORS, TIMConvGetConversationListByFilter_result: wrapper } });
    const { text } = page(5);
    for (let round = 0; round < 2; round++) {
      const p = core.invoke(BY_FILTER, [{}, 0n, 5]);
      bridge.answer(0, '', text);
      const r = await p as { conversation_list_result_next_seq: unknown; conversation_list_result_conv_list: { conv_unread_num: unknown; conv_active_time: unknown }[] };
      assert.equal(r.conversation_list_result_next_seq, 2n ** 62n + 977n, `round ${round}`);
      assert.deepStrictEqual(r, reference(text), `round ${round}: the value is the exact reading of the text`);
    }
    assert.equal(calls, 3, 'after the first answer the one-pass attempt is no longer made');
  });

  it('generated and damaged results of every function', async () => {
    for (const meta of Object.values(API_TABLE.functions)) {
      if (!meta.resultValidator) continue;
      const gen = new ValueGen(schemas, new Rng(21, meta.cName));
      const rng = new Rng(21, `${meta.cName}/damage`);
      for (let i = 0; i < 25; i++) {
        const value = gen.value(schemas.input(meta.cName).$defs.result);
        await same(meta.cName, stringify(value), 'valid');
        for (let j = 0; j < 3; j++) {
          const { data, what } = randomOutputDamage(value, rng);
          let text: string;
          try { text = stringify(data); } catch { continue; }
          await same(meta.cName, text, what);
        }
      }
    }
  });

  it('texts made to trip the walk', async () => {
    const base = page(6).text;
    const conv = (extra: string) => `{"conversation_list_result_conv_list":[{"conv_id":"a","conv_type":1,${extra}}],"conversation_list_result_next_seq":1}`;
    const msg = (id: string, rest = '') => `{"message_elem_array":[{"elem_type":0,"text_elem_content":"t"}],"message_unique_id":${id}${rest}}`;
    const texts: [string, string][] = [
      ['a page', base],
      ['escaped key', base.replace('"message_unique_id"', '"message_\\u0075nique_id"')],
      ['key text inside a string', base.replace('"text_elem_content":"', '"text_elem_content":"\\"message_unique_id\\":9007199254740993 ')],
      ['integer-like key in an unknown object', conv(`"conv_new":{"7":1,"conv_active_time":9223372036854775807},"conv_active_time":9223372036854775806`)],
      ['exact keys inside an unknown key', conv(`"conv_new":{"message_unique_id":9007199254740993},"conv_last_msg":${msg('9007199254740995')}`)],
      ['draft before last message', conv(`"conv_draft":{"draft_msg":${msg('9007199254740993')}},"conv_last_msg":${msg('9007199254740995')}`)],
      ['last message before draft', conv(`"conv_last_msg":${msg('9007199254740995')},"conv_draft":{"draft_msg":${msg('9007199254740993')}}`)],
      ['merged messages', conv(`"conv_last_msg":{"message_elem_array":[{"elem_type":12,"merge_elem_title":"m","merge_elem_abstract_array":[],"merge_elem_compatible_text":"","merge_elem_message_array":[${msg('9007199254740997')},${msg('9007199254740999')}]}],"message_unique_id":9007199254740993}`)],
      ['unknown element type holding exact keys', conv(`"conv_last_msg":{"message_elem_array":[{"elem_type":99,"x":{"message_seq":9007199254741001}}],"message_unique_id":9007199254740993}`)],
      ['duplicate key (values that round apart)', conv(`"conv_active_time":9007199254740993,"conv_active_time":9007199254740995`)],
      ['exact value that is not an integer', conv(`"conv_active_time":1.5`)],
      ['exact value as text', conv(`"conv_active_time":"12"`)],
      ['mark array with a string', conv(`"conv_mark_array":[1,"2"]`)],
      ['mark bits beyond 2^53', conv(`"conv_mark_array":[9223372036854775808,4294967296,1]`)],
      ['exponent', conv(`"conv_active_time":9.007199254740993e15`)],
      ['whitespace', ` { "conversation_list_result_conv_list" : [ { "conv_id" : "a" , "conv_active_time" : 9007199254740993 } ] } `],
      ['not an object', '[1]'],
      ['not JSON', '{"conversation_list_result_conv_list":['],
      ['empty', ''],
    ];
    for (const [what, text] of texts) await same(BY_FILTER, text, what);
  });

  it('a repeated key whose dropped value rounds to the kept one: the limit fast-parse.ts documents', async () => {
    // JSON.parse keeps the last value (2^53); both its digits and the first's round to that double,
    // so the walk takes the first digits it meets. Both decodes do; the reference keeps the last.
    const text = '{"conversation_list_result_conv_list":[{"conv_id":"a","conv_type":1,"conv_active_time":9007199254740993,"conv_active_time":9007199254740992}],"conversation_list_result_next_seq":1}';
    const activeTime = (d: Decoded) => ((d.outcome as { value: { conversation_list_result_conv_list: { conv_active_time: bigint }[] } }).value.conversation_list_result_conv_list[0].conv_active_time);
    assert.equal(activeTime(await decode(undefined, BY_FILTER, text)), 9007199254740993n);
    assert.equal(activeTime(await decode(twoStepValidators(), BY_FILTER, text)), 9007199254740993n);
    assert.equal((reference(text) as { conversation_list_result_conv_list: { conv_active_time: bigint }[] }).conversation_list_result_conv_list[0].conv_active_time, 9007199254740992n);
  });
});
