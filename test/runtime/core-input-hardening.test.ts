// Regression tests for the input holes an adversarial run found: inexact 64-bit numbers below the
// top level, inputs that change between validation and serialization, long and sparse arrays, NUL
// and lone surrogates in strings, non-plain objects, values JSON has no form for. Each is refused with -4 (or the SDK's code of
// the limit) and its JSON path before the bridge sees anything; none of it makes results fail.
import { strict as assert } from 'node:assert';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { MAX_ARRAY_ITEMS } from '../../runtime/core/snapshot.ts';
import { TimError, TIM_ERR_PARAM } from '../../runtime/errors.ts';
import { stringify } from '../../runtime/json64.ts';
import { FakeBridge } from './fixtures/fake-bridge.ts';
import { rejection } from './fixtures/helpers.ts';
import { page } from './fixtures/payloads.ts';

function manager() {
  const bridge = new FakeBridge();
  const m = new ConversationManager(bridge, { onError: () => {}, onUnknownData: () => {} });
  return { bridge, m };
}

const rules = (e: TimError) => e.problems.map((p) => `${p.path} ${p.rule}`);
const msg = (text: string) => ({ message_elem_array: [{ elem_type: 0, text_elem_content: text }] });

describe('core: input hardening', () => {
  describe('numbers beyond 2^53 in nested exact 64-bit fields', () => {
    it('refuses 2^64 as a filter mark type, which would be sent above the uint64 range', async () => {
      const { bridge, m } = manager();
      const e = await rejection(m.getUnreadMessageCountByFilter({ conversation_list_filter_mark_type: 2 ** 64 as never }));
      assert.equal(e.code, TIM_ERR_PARAM);
      assert.deepEqual(rules(e), ['/filter/conversation_list_filter_mark_type x-int64']);
      assert.equal(e.problems[0].value, 2 ** 64);
      assert.match(e.message, /filter\.conversation_list_filter_mark_type must be an unsigned 64-bit integer: a bigint, or a number no larger than 2\^53 \(rule x-int64/);
      assert.equal(bridge.calls.length, 0);
    });

    it('refuses 2^60 + 2^33, which passes the bit mask but has lost its low bits', async () => {
      const { bridge, m } = manager();
      const e = await rejection(m.getConversationListByFilter({ conversation_list_filter_mark_type: 2 ** 60 + 2 ** 33 as never }, 0n, 10));
      assert.deepEqual(rules(e), ['/filter/conversation_list_filter_mark_type x-int64']);
      assert.equal(bridge.calls.length, 0);
    });

    it("refuses a draft message's message_unique_id of 2^63 + 2^11", async () => {
      const { bridge, m } = manager();
      const e = await rejection(() => m.setDraft('c2c_a', 1, { draft_msg: { ...msg('hi'), message_unique_id: 2 ** 63 + 2 ** 11 as never } }));
      assert.equal(e.code, TIM_ERR_PARAM);
      assert.deepEqual(rules(e), ['/json_draft_param/draft_msg/message_unique_id x-int64']);
      assert.equal(bridge.calls.length, 0);
    });

    it('still takes safe-integer numbers and every bigint, and sends them exactly', () => {
      const { bridge, m } = manager();
      void m.getUnreadMessageCountByFilter({ conversation_list_filter_mark_type: 2 ** 33 as never });
      void m.getUnreadMessageCountByFilter({ conversation_list_filter_mark_type: (1n << 63n) | 1n });
      m.setDraft('c2c_a', 1, { draft_msg: { ...msg('hi'), message_unique_id: 2n ** 63n + 2n ** 11n } });
      assert.deepEqual(bridge.calls.map((c) => c.args[0]), [
        '{"conversation_list_filter_mark_type":8589934592}', '{"conversation_list_filter_mark_type":9223372036854775809}', 'c2c_a',
      ]);
      assert.match(bridge.calls[2].args[2] as string, /"message_unique_id":9223372036854777856/);
    });
  });

  describe('one snapshot is validated and serialized', () => {
    it('a Proxy that answers "c2c_a" first and 42 afterwards never reaches the bridge as 42', async () => {
      const { bridge, m } = manager();
      let reads = 0;
      const ids = new Proxy(['c2c_a'], { get: (t, k, r) => (k === '0' ? (reads++ === 0 ? 'c2c_a' : 42) : Reflect.get(t, k, r)) });
      void m.markConversation(ids, 1n, true);
      assert.deepEqual(bridge.calls.map((c) => c.args[0]), ['["c2c_a"]']);
      assert.equal(reads, 1, 'each item is read once');
    });

    it('a getter that changes its answer is read once, and that answer is what is sent', () => {
      const { bridge, m } = manager();
      let reads = 0;
      const filter = { get conversation_list_filter_conversation_group() { return reads++ === 0 ? 'friends' : 42; } };
      void m.getConversationListByFilter(filter as never, 0n, 10);
      assert.equal(reads, 1);
      assert.equal(bridge.calls[0].args[0], '{"conversation_list_filter_conversation_group":"friends"}');
    });

    it('a getter that throws is refused with its path, not thrown through', async () => {
      const { bridge, m } = manager();
      const filter = { get conversation_list_filter_conv_type(): number { throw new Error('boom'); } };
      const e = await rejection(m.getConversationListByFilter(filter as never, 0n, 10));
      assert.equal(e.code, TIM_ERR_PARAM);
      assert.deepEqual(rules(e), ['/filter/conversation_list_filter_conv_type readable']);
      assert.match(e.message, /boom/);
      assert.equal(bridge.calls.length, 0);
    });

    it('a cycle is refused with its path', async () => {
      const { m } = manager();
      const draft: Record<string, unknown> = { draft_user_define: 'x' };
      draft.draft_msg = { message_elem_array: [draft] };
      const e = await rejection(() => m.setDraft('c2c_a', 1, draft as never));
      assert.deepEqual(rules(e), ['/json_draft_param/draft_msg/message_elem_array/0 cycle']);
    });
  });

  describe('long arrays of bad items: bounded cost, capped problems', () => {
    it('1e5 numbers as ids: one problem, the schema limit with its SDK code, the length of what was given', async () => {
      const { bridge, m } = manager();
      const numbers = Array.from({ length: 1e5 }, (_, i) => i);
      const e = await rejection(m.createConversationGroup('friends', numbers as never));
      assert.equal(e.code, 51006);
      assert.deepEqual(e.problems.map((p) => [p.path, p.rule, p.limit]), [['/conversation_id_array', 'maxItems', 100]]);
      assert.equal(e.problems[0].value, numbers);
      assert.match(e.message, /conversation_id_array must NOT have more than 100 items \(rule maxItems, value array of 100000\)/);
      assert.equal(bridge.calls.length, 0);
    });

    it('a sparse new Array(1e7) is refused after reading at most MAX_ARRAY_ITEMS + 1 of its items', async () => {
      const { m } = manager();
      let reads = 0;
      const sparse = new Proxy(new Array(1e7), { get: (t, k, r) => { if (typeof k === 'string' && /^\d+$/.test(k)) reads++; return Reflect.get(t, k, r); } });
      const e = await rejection(m.markConversation(sparse, 1n, true));
      assert.equal(e.code, 51006);
      assert.deepEqual(e.problems.map((p) => `${p.path} ${p.rule} ${p.limit}`), ['/conversation_id_array maxItems 100']);
      assert.ok(reads <= MAX_ARRAY_ITEMS + 1, `read ${reads} items`);
    });

    it('101 bad ids: the length is checked before the items', async () => {
      const { m } = manager();
      const e = await rejection(m.deleteConversationList(Array.from({ length: 101 }, (_, i) => i) as never, true));
      assert.deepEqual(rules(e), ['/conversation_id_array maxItems']);
      assert.equal(e.code, 51006);
    });

    it('an array with no schema limit: refused beyond MAX_ARRAY_ITEMS, first 20 problems kept and the rest counted', async () => {
      const { m } = manager();
      const elems = Array.from({ length: 1e5 }, (_, i) => i);
      const e = await rejection(() => m.setDraft('c2c_a', 1, { draft_msg: { message_elem_array: elems as never } }));
      assert.equal(e.code, TIM_ERR_PARAM);
      assert.equal(e.problems.length, 20);
      assert.deepEqual([e.problems[0].path, e.problems[0].rule, e.problems[0].limit], ['/json_draft_param/draft_msg/message_elem_array', 'maxItems', MAX_ARRAY_ITEMS]);
      assert.ok(e.omittedProblems >= MAX_ARRAY_ITEMS - 20, `${e.omittedProblems} omitted`);
      assert.match(e.message, new RegExp(`; and ${e.problems.length - 8 + e.omittedProblems} more$`));
    });

    it('a few bad items are all listed', async () => {
      const { m } = manager();
      const e = await rejection(m.createConversationGroup('friends', ['c2c_a', 1, 'c2c_b', 2] as never));
      assert.deepEqual(rules(e), ['/conversation_id_array/1 type', '/conversation_id_array/3 type']);
      assert.equal(e.omittedProblems, 0);
    });
  });

  describe('strings C or UTF-8 cannot carry', () => {
    it('refuses an embedded NUL anywhere, with the path', async () => {
      const { bridge, m } = manager();
      assert.deepEqual(rules(await rejection(m.createConversationGroup('fri\0ends', ['c2c_a']))), ['/group_name nul-character']);
      assert.deepEqual(rules(await rejection(m.createConversationGroup('friends', ['c2c_a', 'c2c_\0b']))), ['/conversation_id_array/1 nul-character']);
      assert.deepEqual(rules(await rejection(m.pinConversation('c2c_a\0', 1, true))), ['/conv_id nul-character']);
      const e = await rejection(() => m.setDraft('c2c_a', 1, { draft_msg: msg('a\0b') }));
      assert.deepEqual(rules(e), ['/json_draft_param/draft_msg/message_elem_array/0/text_elem_content nul-character']);
      assert.equal(e.code, TIM_ERR_PARAM);
      assert.match(e.message, /text_elem_content must not contain NUL \(U\+0000, at index 1\): C would end the string there \(rule nul-character, value "a\\u0000b"\)/);
      assert.equal(bridge.calls.length, 0);
    });

    it('refuses lone surrogates and takes well-formed pairs', async () => {
      const { bridge, m } = manager();
      const e = await rejection(m.renameConversationGroup('friends', 'ab\ud83d'));
      assert.deepEqual(rules(e), ['/new_name lone-surrogate']);
      assert.match(e.message, /lone surrogate U\+D83D at index 2/);
      assert.deepEqual(rules(await rejection(m.createConversationGroup('\udc00x', ['c2c_a']))), ['/group_name lone-surrogate']);
      assert.equal(bridge.calls.length, 0);
      void m.renameConversationGroup('friends', 'ab😀');
      assert.deepEqual(bridge.calls[0].args, ['friends', 'ab😀']);
    });
  });

  describe('objects JSON would not carry', () => {
    for (const [name, value] of [['a Date', new Date(0)], ['a Map', new Map([['conversation_list_filter_conv_type', 1]])], ['a class instance', new (class Filter {})()]] as const) {
      it(`refuses ${name} given as a filter instead of sending {}`, async () => {
        const { bridge, m } = manager();
        const e = await rejection(m.getConversationListByFilter(value as never, 0n, 10));
        assert.equal(e.code, TIM_ERR_PARAM);
        assert.deepEqual(rules(e), ['/filter plain-object']);
        assert.equal(bridge.calls.length, 0);
      });
    }

    it('refuses NaN, Infinity, a symbol or a function where the schema leaves the type open, naming each', () => {
      const { bridge, m } = manager();
      const open = '/json_draft_param/draft_msg/message_risk_type_identified';
      for (const value of [Number.NaN, Infinity, -Infinity, Symbol('s'), () => 1]) {
        const e = (() => {
          try { m.setDraft('c2c_a', 1, { draft_msg: { ...msg('hi'), message_risk_type_identified: value } }); } catch (err) { return err as TimError; }
          return assert.fail(`${String(value)} was sent`);
        })();
        assert.equal(e.code, TIM_ERR_PARAM);
        assert.deepEqual(e.problems.map((p) => [p.path, p.rule, p.value]), [[open, 'json-value', value]], String(value));
        assert.match(e.message, /draft_msg\.message_risk_type_identified is .*, which JSON cannot carry \(rule json-value/);
      }
      assert.equal(bridge.calls.length, 0);
    });

    it('leaves a top-level argument to its parameter type: NaN as count is one type problem', async () => {
      const { m } = manager();
      assert.deepEqual(rules(await rejection(m.getConversationListByFilter({}, 0n, Number.NaN))), ['/count type']);
    });

    it('takes objects without a prototype, and keeps an own __proto__ key as a key (refused as unknown)', async () => {
      const { bridge, m } = manager();
      const bare = Object.assign(Object.create(null) as object, { conversation_list_filter_conv_type: 1 });
      void m.getConversationListByFilter(bare as never, 0n, 10);
      assert.equal(bridge.calls[0].args[0], '{"conversation_list_filter_conv_type":1}');
      const e = await rejection(m.getConversationListByFilter(JSON.parse('{"__proto__":{"x":1}}') as never, 0n, 10));
      assert.deepEqual(rules(e), ['/filter/__proto__ additionalProperties']);
      assert.equal(({} as Record<string, unknown>).x, undefined);
    });
  });

  it('none of these rules rejects a result: NUL, lone surrogates and rounded numbers from the SDK pass', async () => {
    const { bridge, m } = manager();
    const { value } = page(1);
    const conv = (value.conversation_list_result_conv_list as Record<string, any>[])[0];
    conv.conv_show_name = 'a\0b\ud800';
    const text = stringify(value).replace('"conv_unread_num":0', `"conv_unread_num":${2n ** 60n + 1n}`);
    const p = m.getConversationListByFilter({}, 0n, 1);
    bridge.answer(0, '', text);
    const got = (await p).conversation_list_result_conv_list![0];
    assert.equal(got.conv_show_name, 'a\0b\ud800');
    assert.equal(got.conv_unread_num, 2 ** 60);
  });
});
