// The simulator answers these inputs with the codes the real libImSDK.so gives (measured offline,
// see docs/real-sdk-behaviour.md), and the runtime's input validator refuses the same inputs with
// the same codes before they reach any bridge.
import { strict as assert } from 'node:assert';
import type { BridgeArg } from '../../runtime/bridge.ts';
import { TimError } from '../../runtime/errors.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { call, expectCode, makeSim, ok, type PageResult } from './helpers.ts';

const NO_FILTER = ['{}', '{"conversation_list_filter_conv_type":0}'];
const UNREAD_ASYNC = 'TIMConvGetUnreadMessageCountByFilter';
const UNREAD_SYNC = ['TIMConvSubscribeUnreadMessageCountByFilter', 'TIMConvUnsubscribeUnreadMessageCountByFilter'];
/** List calls whose empty ID array the library refuses with -3. */
const EMPTY_LIST_MINUS_3: [string, BridgeArg[]][] = [
  ['TIMConvDeleteConversationList', ['[]', false]],
  ['TIMConvSetConversationCustomData', ['[]', 'x']],
  ['TIMConvMarkConversation', ['[]', 1n, true]],
  ['TIMConvAddConversationsToGroup', ['g', '[]']],
  ['TIMConvDeleteConversationsFromGroup', ['g', '[]']],
];

/** Returns the synchronous code and whether the callback ran (it must not after a non-zero code). */
async function refused(bridge: ReturnType<typeof makeSim>['bridge'], fn: string, args: BridgeArg[]): Promise<number> {
  let called = false;
  const rc = bridge.call(fn, args, () => { called = true; });
  await bridge.settle();
  assert.equal(called, false, `${fn} called back after returning ${rc}`);
  return rc;
}

async function rejection(p: () => unknown): Promise<TimError> {
  try {
    await p();
  } catch (e) {
    assert.ok(e instanceof TimError, String(e));
    return e;
  }
  assert.fail('did not reject');
}

describe('simulator: the real library\'s codes', () => {
  it('unread-by-filter calls refuse {} and conv_type 0 alone with -3; other keys beside conv_type 0 are fine', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a', { unread: 2 });
    for (const f of NO_FILTER) {
      assert.equal(await refused(bridge, UNREAD_ASYNC, [f]), -3, f);
      for (const fn of UNREAD_SYNC) assert.equal(bridge.call(fn, [f]), -3, `${fn} ${f}`);
    }
    const withZeroType = '{"conversation_list_filter_conv_type":0,"conversation_list_filter_has_unread_count":true}';
    const r = await ok<{ conv_get_total_unread_message_count_result_unread_count: number }>(bridge, UNREAD_ASYNC, [withZeroType]);
    assert.equal(r.conv_get_total_unread_message_count_result_unread_count, 2);
    for (const fn of UNREAD_SYNC) assert.equal(bridge.call(fn, [withZeroType]), 0, fn);
  });

  it('paging takes {} and conv_type 0 (no filter) but refuses count 0 with -3', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    for (const f of NO_FILTER) {
      const p = await ok<PageResult>(bridge, 'TIMConvGetConversationListByFilter', [f, 0n, 5]);
      assert.equal(p.conversation_list_result_conv_list.length, 1);
      assert.equal(await refused(bridge, 'TIMConvGetConversationListByFilter', [f, 0n, 0]), -3);
    }
  });

  it('custom data "" is refused with -4 (it cannot be cleared)', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    await ok(bridge, 'TIMConvSetConversationCustomData', ['["c2c_a"]', 'level 3']);
    assert.equal(await refused(bridge, 'TIMConvSetConversationCustomData', ['["c2c_a"]', '']), -4);
    assert.equal(bridge.peek('c2c_a')!.conv_custom_data, 'level 3');
  });

  it('an empty ID array: -3 for five list calls, -4 for creating a group, 6017 in the callback for a lookup', async () => {
    const { bridge } = makeSim();
    await ok(bridge, 'TIMConvCreateConversationGroup', ['g', '["c2c_none"]']);
    for (const [fn, args] of EMPTY_LIST_MINUS_3) assert.equal(await refused(bridge, fn, args), -3, fn);
    assert.equal(await refused(bridge, 'TIMConvCreateConversationGroup', ['h', '[]']), -4);
    const c = await expectCode(bridge, 'TIMConvGetConvInfo', ['[]'], 6017);
    assert.match(c.desc, /empty/);
  });

  it('cleaning all unread counts works once a second: 7008 in between; a refused call does not restart the wait', async () => {
    const { bridge, clock } = makeSim();
    bridge.addConversation('c2c_a', { unread: 1 });
    const clean = (target: string) => call(bridge, 'TIMConvCleanConversationUnreadMessageCount', [target, 0n, 0n]);
    clock.set(100);
    assert.equal((await clean('c2c')).code, 0);
    clock.set(100.6);
    const refusedClean = await clean('group');
    assert.deepEqual([refusedClean.code, refusedClean.json], [7008, '']);
    assert.equal((await clean('c2c_a')).code, 0, 'one conversation is not limited');
    clock.set(101);
    assert.equal((await clean('')).code, 0, 'one second after the last accepted one');
    clock.set(101.5);
    assert.equal((await clean('c2c')).code, 7008);
    clock.set(102.2);
    assert.equal((await clean('group')).code, 0);
  });

  describe('the input validator refuses the same inputs with the same codes, before the bridge', () => {
    const { bridge } = makeSim();
    let reached = 0;
    const counting = { call: (fn: string, args: readonly BridgeArg[], done?: Parameters<typeof bridge.call>[2]) => { reached++; return bridge.call(fn, args, done); }, setListener: bridge.setListener.bind(bridge) };
    const conv = new ConversationManager(counting);

    it('{} and conv_type 0 alone: -3 for the three unread-by-filter calls, naming filter', async () => {
      for (const f of [{}, { conversation_list_filter_conv_type: 0 }] as const) {
        const e = await rejection(() => conv.getUnreadMessageCountByFilter(f));
        assert.equal(e.code, -3);
        assert.ok(e.problems.every((p) => p.path === '/filter' && p.sdkCode === -3), JSON.stringify(e.problems));
        assert.equal((await rejection(() => conv.subscribeUnreadMessageCountByFilter(f))).code, -3);
        assert.equal((await rejection(() => conv.unsubscribeUnreadMessageCountByFilter(f))).code, -3);
      }
      assert.equal(reached, 0);
      await conv.getUnreadMessageCountByFilter({ conversation_list_filter_conv_type: 0, conversation_list_filter_has_group_at_info: false });
      assert.equal(reached, 1);
      reached = 0;
    });

    it('count 0 (-3), custom data "" (-4), empty ID arrays (-3, 6017)', async () => {
      const cases: [() => unknown, number, string][] = [
        [() => conv.getConversationListByFilter({}, 0n, 0), -3, '/count'],
        [() => conv.setConversationCustomData(['c2c_a'], ''), -4, '/custom_data'],
        [() => conv.deleteConversationList([], false), -3, '/conversation_id_array'],
        [() => conv.setConversationCustomData([], 'x'), -3, '/conversation_id_array'],
        [() => conv.markConversation([], 1n, true), -3, '/conversation_id_array'],
        [() => conv.addConversationsToGroup('g', []), -3, '/conversation_id_array'],
        [() => conv.deleteConversationsFromGroup('g', []), -3, '/conversation_id_array'],
        [() => conv.createConversationGroup('g', []), -4, '/conversation_id_array'],
        [() => conv.getConvInfo([]), 6017, '/json_get_conv_list_param'],
      ];
      for (const [run, code, path] of cases) {
        const e = await rejection(run);
        assert.deepEqual([e.code, e.problems.map((p) => p.path)], [code, [path]], e.message);
      }
      assert.equal(reached, 0);
    });
  });
});
