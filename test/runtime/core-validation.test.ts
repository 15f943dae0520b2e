// Input validation refuses bad arguments before the bridge sees them, lists every problem, and uses
// the SDK's own code for limits the SDK documents; output validation checks what comes back.
import { strict as assert } from 'node:assert';
import { TIMCONV_ERR_INVALID_RESULT, TIM_ERR_PARAM } from '../../runtime/errors.ts';
import { deepFreeze, flush, rejection, rig, track } from './fixtures/helpers.ts';

const CREATE = 'TIMConvCreateConversationGroup';
const BY_FILTER = 'TIMConvGetConversationListByFilter';
const ids = (n: number) => Array.from({ length: n }, (_, i) => `c2c_user${i}`);

describe('core: input validation', () => {
  it('never calls the bridge with invalid input', async () => {
    const { bridge, core } = rig();
    await rejection(core.invoke(CREATE, ['', []]));
    await rejection(core.invoke(BY_FILTER, [{ conversation_list_filter_conv_type: 9 }, -1n, 1.5]));
    await rejection(core.invoke('TIMConvPinConversation', ['c2c_a', 1]));
    assert.throws(() => core.invokeSync('TIMConvSetDraft', ['', 1, {}]));
    assert.equal(bridge.calls.length, 0);
  });

  it('lists every problem with its path, rule, limit and value', async () => {
    const { core } = rig();
    const e = await rejection(core.invoke(BY_FILTER, [{ conversation_list_filter_conv_type: 9, nope: true }, -1n, 1.5]));
    assert.equal(e.code, TIM_ERR_PARAM);
    const byPath = Object.fromEntries(e.problems.map((p) => [`${p.path} ${p.rule}`, p]));
    assert.deepEqual(Object.keys(byPath).sort(), [
      '/count type', '/filter/conversation_list_filter_conv_type enum', '/filter/nope additionalProperties', '/next_seq x-int64',
    ]);
    assert.equal(byPath['/next_seq x-int64'].value, -1n);
    assert.equal(byPath['/count type'].value, 1.5);
    assert.equal(byPath['/filter/conversation_list_filter_conv_type enum'].value, 9);
    assert.match(e.message, /^TIMConvGetConversationListByFilter: /);
    assert.match(e.message, /filter\.conversation_list_filter_conv_type must be equal to one of the allowed values \(rule enum, value 9\)/);
    assert.match(e.message, /next_seq .*\(rule x-int64, value -1n\)/);
  });

  it('reports a missing argument as required', async () => {
    const { core } = rig();
    const e = await rejection(core.invoke('TIMConvPinConversation', ['c2c_a', 1]));
    assert.deepEqual(e.problems.map((p) => [p.path, p.rule]), [['/is_pinned', 'required']]);
    assert.match(e.message, /is_pinned is required/);
  });

  describe('limits with an SDK code of their own', () => {
    it('a group name over 32 UTF-8 bytes fails with 51011 (11 Chinese characters are 33 bytes)', async () => {
      const { bridge, core } = rig();
      const name = '会话分组名称超长了一点'; // 11 characters, 33 bytes
      assert.equal(name.length, 11);
      const e = await rejection(core.invoke(CREATE, [name, ['c2c_a']]));
      assert.equal(e.code, 51011);
      assert.equal(e.problems.length, 1);
      assert.deepEqual({ ...e.problems[0], message: undefined, params: undefined }, {
        path: '/group_name', rule: 'x-maxUtf8Bytes', limit: 32, value: name, sdkCode: 51011, message: undefined, params: undefined,
      });
      assert.equal(e.message, `TIMConvCreateConversationGroup: group_name must be at most 32 bytes in UTF-8 (rule x-maxUtf8Bytes, value "${name}")`);
      assert.equal(bridge.calls.length, 0);
    });

    it('32 bytes exactly is accepted, counted in UTF-8 (10 Chinese characters and 2 letters)', () => {
      const { bridge, core } = rig();
      void core.invoke(CREATE, ['会话分组名称超长了一ab', ['c2c_a']]);
      void core.invoke(CREATE, ['x'.repeat(32), ['c2c_a']]);
      assert.deepEqual(bridge.calls.map((c) => c.args[0]), ['会话分组名称超长了一ab', 'x'.repeat(32)]);
    });

    it('more than 100 conversations fail with 51006', async () => {
      const { bridge, core } = rig();
      const e = await rejection(core.invoke(CREATE, ['friends', ids(101)]));
      assert.equal(e.code, 51006);
      assert.deepEqual(e.problems.map((p) => [p.path, p.rule, p.limit, p.sdkCode]), [['/conversation_id_array', 'maxItems', 100, 51006]]);
      void core.invoke(CREATE, ['friends', ids(100)]).catch(() => {});
      assert.equal(bridge.calls.length, 1);
    });

    it('both coded limits at once: the first code, both problems', async () => {
      const { core } = rig();
      const e = await rejection(core.invoke(CREATE, ['x'.repeat(33), ids(101)]));
      assert.equal(e.code, 51011);
      assert.deepEqual(e.problems.map((p) => p.sdkCode), [51011, 51006]);
    });

    it('a coded limit next to an ordinary problem is -4, as the SDK would refuse the call outright', async () => {
      const { core } = rig();
      const e = await rejection(core.invoke(CREATE, ['x'.repeat(33), [...ids(100), 7]]));
      assert.equal(e.code, TIM_ERR_PARAM);
      assert.deepEqual(e.problems.map((p) => p.rule).sort(), ['maxItems', 'type', 'x-maxUtf8Bytes']);
    });

    it('an empty group name is -4 (the SDK has no code of its own for it)', async () => {
      const { core } = rig();
      const e = await rejection(core.invoke(CREATE, ['', ['c2c_a']]));
      assert.equal(e.code, TIM_ERR_PARAM);
      assert.deepEqual(e.problems.map((p) => p.rule), ['x-minUtf8Bytes']);
    });
  });

  describe('serialization', () => {
    it('passes C-level values: JSON text, bigint for uint64 (numbers converted), numbers, booleans', () => {
      const { bridge, core } = rig();
      void core.invoke(BY_FILTER, [{ conversation_list_filter_mark_type: 1n << 40n }, 7, 20]);
      void core.invoke(BY_FILTER, [{}, 2n ** 62n + 5n, 0]);
      void core.invoke('TIMConvPinConversation', ['group_g1', 2, true]);
      assert.deepEqual(bridge.calls.map((c) => c.args), [
        ['{"conversation_list_filter_mark_type":1099511627776}', 7n, 20],
        ['{}', 4611686018427387909n, 0],
        ['group_g1', 2, true],
      ]);
    });

    it('refuses a 64-bit number that has already lost digits', async () => {
      const { bridge, core } = rig();
      const e = await rejection(core.invoke(BY_FILTER, [{}, 2 ** 62 + 5, 20]));
      assert.deepEqual(e.problems.map((p) => [p.path, p.rule]), [['/next_seq', 'x-int64']]);
      assert.equal(bridge.calls.length, 0);
    });

    it('never mutates the caller objects', async () => {
      const { bridge, core } = rig();
      const filter = deepFreeze({ conversation_list_filter_mark_type: 3n, conversation_list_filter_conversation_group: 'g' });
      const list = deepFreeze(['c2c_a', 'c2c_b']);
      const draft = deepFreeze({ draft_user_define: 'keep' });
      const copies = [structuredClone(filter), structuredClone(list), structuredClone(draft)];
      const p1 = core.invoke(BY_FILTER, [filter, 0n, 10]);
      const p2 = core.invoke(CREATE, ['g', list]);
      core.invokeSync('TIMConvSetDraft', ['c2c_a', 1, draft]);
      await rejection(core.invoke(CREATE, ['', list]));
      bridge.answer(0, '', '{"conversation_list_result_conv_list":[],"conversation_list_result_next_seq":0,"conversation_list_result_is_finished":true}', 0);
      bridge.answer(0, '', '[]', 1);
      await Promise.all([p1, p2]);
      assert.deepEqual([filter, list, draft], copies);
    });
  });
});

describe('core: output validation', () => {
  it('resolves exact 64-bit values as bigint', async () => {
    const { bridge, core } = rig();
    const p = core.invoke<Record<string, unknown>>(BY_FILTER, [{}, 0n, 10]);
    bridge.answer(0, '', '{"conversation_list_result_conv_list":[{"conv_id":"c2c_a","conv_type":1,"conv_active_time":4611686018427387909,'
      + '"conv_mark_array":[1,4294967296,9223372036854775808],"conv_last_msg":{"message_unique_id":6961616747713488299}}],'
      + '"conversation_list_result_next_seq":4611686018427387909,"conversation_list_result_is_finished":false}');
    const r = await p;
    const conv = (r.conversation_list_result_conv_list as Record<string, any>[])[0];
    assert.equal(conv.conv_active_time, 2n ** 62n + 5n);
    assert.deepEqual(conv.conv_mark_array, [1n, 1n << 32n, 1n << 63n]);
    assert.equal(conv.conv_last_msg.message_unique_id, 6961616747713488299n);
    assert.equal(r.conversation_list_result_next_seq, 2n ** 62n + 5n);
  });

  it('rejects a payload that breaks the result schema with TIMCONV_ERR_INVALID_RESULT and its problems', async () => {
    const { bridge, core } = rig();
    const p = core.invoke(BY_FILTER, [{}, 0n, 10]);
    const json = '{"conversation_list_result_conv_list":[{"conv_id":"c2c_a","conv_type":7}],"conversation_list_result_is_finished":"yes"}';
    bridge.answer(0, '', json);
    const e = await rejection(p);
    assert.equal(e.code, TIMCONV_ERR_INVALID_RESULT);
    assert.equal(e.payload, json);
    assert.deepEqual(e.problems.map((p) => `${p.path} ${p.rule}`).sort(), [
      '/conversation_list_result_conv_list/0/conv_type enum', '/conversation_list_result_is_finished type', '/conversation_list_result_next_seq required',
    ]);
    assert.match(e.message, /conversation_list_result_conv_list\[0\]\.conv_type must be equal to one of the allowed values/);
  });

  it('rejects a payload that is not JSON', async () => {
    const { bridge, core } = rig();
    const p = core.invoke('TIMConvGetConversationGroupList', []);
    bridge.answer(0, '', '["unterminated');
    const e = await rejection(p);
    assert.equal(e.code, TIMCONV_ERR_INVALID_RESULT);
    assert.equal(e.problems[0].rule, 'json');
  });

  it('treats "" as no payload: fine for a result of none, a schema violation for a JSON result', async () => {
    const { bridge, core } = rig();
    const pin = core.invoke('TIMConvPinConversation', ['c2c_a', 1, true]);
    bridge.answer(0, '', '');
    assert.equal(await pin, undefined);
    const groups = core.invoke('TIMConvGetConversationGroupList', []);
    bridge.answer(0, '', '');
    assert.equal((await rejection(groups)).code, TIMCONV_ERR_INVALID_RESULT);
  });

  it('passes an unchecked result through, parsed', async () => {
    const { bridge, core } = rig();
    const p = core.invoke('TIMConvGetTotalUnreadMessageCount', []);
    bridge.answer(0, '', '{"anything":[1,2]}');
    assert.deepEqual(await p, { anything: [1, 2] });
  });

  it("with outputValidation 'off' resolves whatever parses", async () => {
    const { bridge, core } = rig({ outputValidation: 'off' });
    const p = core.invoke(BY_FILTER, [{}, 0n, 10]);
    bridge.answer(0, '', '{"conversation_list_result_conv_list":"not a list","conversation_list_result_next_seq":12}');
    assert.deepEqual(await p, { conversation_list_result_conv_list: 'not a list', conversation_list_result_next_seq: 12n });
    const q = track(core.invoke('TIMConvGetConversationGroupList', []));
    bridge.answer(0, '', '{oops');
    await flush();
    assert.equal(q.error().code, TIMCONV_ERR_INVALID_RESULT);
  });

  it('still validates input when output validation is off', async () => {
    const { bridge, core } = rig({ outputValidation: 'off' });
    await rejection(core.invoke(CREATE, ['', []]));
    assert.equal(bridge.calls.length, 0);
  });
});

describe('core: construction', () => {
  it('refuses a table whose validators are missing', () => {
    assert.throws(() => rig({ validators: {} }), /validators missing for the API table: createGroup_input/);
  });

  it('refuses a timeout that is not a positive number', () => {
    assert.throws(() => rig({ timeoutMs: 0 }), /timeoutMs/);
    assert.throws(() => rig({ timeoutMs: Number.NaN }), /timeoutMs/);
  });
});
