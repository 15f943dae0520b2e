// The simulator against the generated API table the runtime core runs from: the same functions,
// argument counts, synchronous/asynchronous split, result kinds and listeners.
import { strict as assert } from 'node:assert';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { HANDLERS } from '../../runtime/simulator/api.ts';
import { isSetter } from '../../runtime/simulator/events.ts';
import { call, makeSim } from './helpers.ts';

/** A successful call of each asynchronous function (after `prepare`). */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  TIMConvAddConversationsToGroup: ['g', '["c2c_b"]'],
  TIMConvCleanConversationUnreadMessageCount: ['', 0n, 0n],
  TIMConvCreate: ['c', 1],
  TIMConvCreateConversationGroup: ['h', '["c2c_a"]'],
  TIMConvDelete: ['z', 1],
  TIMConvDeleteConversationGroup: ['h'],
  TIMConvDeleteConversationList: ['["c2c_y"]', true],
  TIMConvDeleteConversationsFromGroup: ['g', '["c2c_a"]'],
  TIMConvGetConvInfo: ['[{"get_conversation_list_param_conv_id":"a","get_conversation_list_param_conv_type":1}]'],
  TIMConvGetConvList: [],
  TIMConvGetConversationGroupList: [],
  TIMConvGetConversationListByFilter: ['{}', 0n, 5],
  TIMConvGetTotalUnreadMessageCount: [],
  TIMConvGetUnreadMessageCountByFilter: ['{"conversation_list_filter_conv_type":1}'],
  TIMConvMarkConversation: ['["c2c_a"]', 1n, true],
  TIMConvPinConversation: ['a', 1, true],
  TIMConvRenameConversationGroup: ['g', 'g2'],
  TIMConvSetConversationCustomData: ['["c2c_a"]', 'x'],
};

describe('simulator: agrees with the generated API table', () => {
  it('handles exactly the table\'s functions with the same argument counts and sync flags', () => {
    assert.deepEqual(Object.keys(HANDLERS).sort(), Object.keys(API_TABLE.functions).sort());
    for (const [name, meta] of Object.entries(API_TABLE.functions)) {
      assert.equal(HANDLERS[name].arity, meta.params.length, name);
      assert.equal(HANDLERS[name].sync, meta.sync, name);
    }
  });

  it('accepts exactly the table\'s listener setters', () => {
    for (const l of Object.values(API_TABLE.listeners)) assert.ok(isSetter(l.setter), l.setter);
    assert.equal(isSetter('TIMConvCreate'), false);
    const { bridge } = makeSim();
    assert.throws(() => bridge.setListener('TIMSetConvNoSuchCallback', () => {}), /unknown listener setter/);
    for (const l of Object.values(API_TABLE.listeners)) bridge.setListener(l.setter, () => {});
  });

  it('answers a successful call with JSON text exactly when the table says the function has a result', async () => {
    const { bridge } = makeSim();
    for (const id of ['c2c_a', 'c2c_b', 'c2c_y', 'c2c_z']) bridge.addConversation(id);
    assert.equal((await call(bridge, 'TIMConvCreateConversationGroup', ['g', '["c2c_a"]'])).code, 0);
    for (const [name, meta] of Object.entries(API_TABLE.functions)) {
      if (meta.sync) continue;
      const c = await call(bridge, name, SAMPLE_ARGS[name] as never);
      assert.equal(c.code, 0, `${name}: ${c.desc}`);
      if (meta.result === 'none') assert.equal(c.json, '', name);
      else assert.notEqual(c.json, '', name);
    }
  });
});
