import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { INT64_SOURCE, isInt64, isUint64, UINT64_SOURCE, UTF8_BYTES_SOURCE } from '../../generator/schema-vocabulary.ts';
import { utf8ByteLength } from '../../runtime/utf8.ts';
import { repoRoot } from '../support/sdk.ts';

describe('generated validators module', () => {
  const text = readFileSync(join(repoRoot, 'runtime', 'generated', 'validators.mjs'), 'utf8');

  it('needs no eval, new Function, require or import at run time', () => {
    assert.doesNotMatch(text, /\bnew Function\b|\beval\(|\brequire\(|^import /m);
  });

  it('runs in a bare context with no Node globals and checks bytes, 64-bit values and unknown keys', async () => {
    const ctx = vm.createContext({});
    const mod = new vm.SourceTextModule(text, { context: ctx });
    await mod.link(() => { throw new Error('validators.mjs must not import anything'); });
    await mod.evaluate();
    const ns = mod.namespace as Record<string, any>;
    const create = ns.TIMConvCreateConversationGroup_input;
    assert.equal(create({ group_name: '一二三四五六七八九十', conversation_id_array: ['c2c_a'] }), true);
    assert.equal(create({ group_name: '一二三四五六七八九十一', conversation_id_array: ['c2c_a'] }), false);
    assert.equal(create.errors[0].instancePath, '/group_name');
    const page = ns.TIMConvGetConversationListByFilter_result;
    assert.equal(page({ conversation_list_result_conv_list: [], conversation_list_result_is_finished: true, conversation_list_result_next_seq: 2n ** 63n }), true);
    assert.equal(page({ conversation_list_result_conv_list: [], conversation_list_result_next_seq: -1n }), false);
    assert.equal(page({ conversation_list_result_conv_list: [], surprise: 1 }), false);
  });

  async function loadInBareContext(): Promise<Record<string, any>> {
    const mod = new vm.SourceTextModule(text, { context: vm.createContext({}) });
    await mod.link(() => { throw new Error('validators.mjs must not import anything'); });
    await mod.evaluate();
    return mod.namespace as Record<string, any>;
  }

  /** An output sink as runtime/core/unknown-data.ts passes it: records instead of failing. */
  function sink() {
    const found: string[] = [];
    return { found, unknownKey: (at: string, key: string) => found.push(`key ${at} ${key}`), unknownValue: (at: string, v: unknown) => found.push(`value ${at} ${String(v)}`) };
  }

  it('called with an output sink, passes unknown keys, enum values and flag bits to it in the same pass', async () => {
    const ns = await loadInBareContext();
    const list = ns.TIMConvGetConvList_result;
    const conv = { conv_id: 'c2c_a', conv_type: 1, conv_recv_opt: 7, brand_new: 1, conv_last_msg: { message_elem_array: [{ elem_type: 0, text_elem_content: 'x', text_elem_extra: 2 }] } };
    assert.equal(list([conv]), false, 'called plainly it checks input: unknown keys and values fail');
    assert.deepEqual(Array.from(list.errors, (e: { keyword: string }) => e.keyword).sort(), ['if', 'x-known-keys', 'x-known-keys', 'x-known-values']);
    const s = sink();
    assert.equal(list.call(s, [conv]), true, JSON.stringify(list.errors));
    assert.deepEqual(s.found.sort(), ['key /0 brand_new', 'key /0/conv_last_msg/message_elem_array/0 text_elem_extra', 'value /0/conv_recv_opt 7']);
    assert.equal(list.call(sink(), [{ ...conv, conv_id: 5 }]), false, 'a known key with a wrong type still fails');
    const filterEvent = ns.TIMConvTotalUnreadMessageCountChangedByFilterCallback_args;
    const args = { filter: { conversation_list_filter_mark_type: 1n << 10n }, total_unread_count: 1 };
    const t = sink();
    assert.equal(filterEvent.call(t, args), true, JSON.stringify(filterEvent.errors));
    assert.deepEqual(t.found, ['value /filter/conversation_list_filter_mark_type 1024']);
    assert.equal(filterEvent(args), false);
  });

  it('refuses numbers beyond 2^53 in 64-bit fields on input, and tolerates them on output', async () => {
    const ns = await loadInBareContext();
    const input = ns.TIMConvGetUnreadMessageCountByFilter_input;
    for (const v of [2 ** 64, 2 ** 60 + 2 ** 33, 2 ** 53]) assert.equal(input({ filter: { conversation_list_filter_mark_type: v } }), false, String(v));
    assert.equal(input({ filter: { conversation_list_filter_mark_type: 2 ** 52 + 2 ** 33 } }), true, 'safe, and only bits of the mask');
    const page = ns.TIMConvGetConversationListByFilter_result;
    const data = { conversation_list_result_conv_list: [{ conv_id: 'a', conv_type: 1, conv_unread_num: 2 ** 60 }], conversation_list_result_is_finished: true, conversation_list_result_next_seq: 0n };
    assert.equal(page(data), false);
    assert.equal(page.call(sink(), data), true);
  });

  it('inlines 64-bit checks that agree with the reference functions', () => {
    const inlined = [INT64_SOURCE, UINT64_SOURCE].map((src) => vm.runInNewContext(`(${src})`) as (d: unknown, o: unknown) => boolean);
    const refs = [isInt64, isUint64];
    const edges: unknown[] = [0, -1, 1.5, NaN, Infinity, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 2 ** 63, -(2 ** 63), 2 ** 64, 2 ** 65, 0n, -1n,
      2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, '1', null, undefined];
    for (const [i, fn] of inlined.entries()) {
      for (const d of edges) for (const o of [false, true]) assert.equal(fn(d, o), refs[i](d, o), `${refs[i].name}(${String(d)}, ${o})`);
      fc.assert(fc.property(fc.oneof(fc.double(), fc.bigInt({ min: -(2n ** 65n), max: 2n ** 65n })), fc.boolean(), (d, o) => fn(d, o) === refs[i](d, o)), { numRuns: 2000, seed: 82 + i });
    }
  });

  it('inlines a UTF-8 byte counter that counts exactly like runtime/utf8.ts', () => {
    const inlined = vm.runInNewContext(`(${UTF8_BYTES_SOURCE})`) as (s: string) => number;
    for (const s of ['', 'abc', 'é', '中文', '😀', '\ud800', '\udc00x', 'a\ud83d']) assert.equal(inlined(s), utf8ByteLength(s), JSON.stringify(s));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => inlined(s) === utf8ByteLength(s)), { numRuns: 2000, seed: 89 });
  });
});
