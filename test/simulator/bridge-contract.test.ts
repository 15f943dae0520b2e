// The Bridge contract as the runtime core relies on it: C-level arguments, synchronous return
// codes, asynchronous exactly-once completion, listener registration, login and edition gates.
import { strict as assert } from 'node:assert';
import { SimulatorBridge } from '../../runtime/simulator/index.ts';
import { EventLog, call, codec, expectCode, makeSim, ok } from './helpers.ts';

const ALL_ASYNC: [string, unknown[]][] = [
  ['TIMConvGetConvList', []],
  ['TIMConvGetConvInfo', ['[{"get_conversation_list_param_conv_id":"a","get_conversation_list_param_conv_type":1}]']],
  ['TIMConvGetConversationListByFilter', ['{}', 0n, 10]],
  ['TIMConvDelete', ['a', 1]],
  ['TIMConvDeleteConversationList', ['["c2c_a"]', true]],
  ['TIMConvSetConversationCustomData', ['["c2c_a"]', 'x']],
  ['TIMConvPinConversation', ['a', 1, true]],
  ['TIMConvMarkConversation', ['["c2c_a"]', 1n, true]],
  ['TIMConvGetTotalUnreadMessageCount', []],
  ['TIMConvGetUnreadMessageCountByFilter', ['{"conversation_list_filter_conv_type":1}']],
  ['TIMConvCleanConversationUnreadMessageCount', ['', 0n, 0n]],
  ['TIMConvCreateConversationGroup', ['g', '["c2c_a"]']],
  ['TIMConvGetConversationGroupList', []],
  ['TIMConvDeleteConversationGroup', ['g']],
  ['TIMConvRenameConversationGroup', ['g', 'h']],
  ['TIMConvAddConversationsToGroup', ['g', '["c2c_a"]']],
  ['TIMConvDeleteConversationsFromGroup', ['g', '["c2c_a"]']],
  ['TIMConvCreate', ['a', 1]],
];

const ALL_SYNC: [string, unknown[]][] = [
  ['TIMConvSetDraft', ['a', 1, '{"draft_user_define":"x"}']],
  ['TIMConvCancelDraft', ['a', 1]],
  ['TIMConvSubscribeUnreadMessageCountByFilter', ['{"conversation_list_filter_conv_type":2}']],
  ['TIMConvUnsubscribeUnreadMessageCountByFilter', ['{"conversation_list_filter_conv_type":2}']],
];

const PREMIUM = new Set(['TIMConvMarkConversation', 'TIMConvCreateConversationGroup', 'TIMConvGetConversationGroupList',
  'TIMConvDeleteConversationGroup', 'TIMConvRenameConversationGroup', 'TIMConvAddConversationsToGroup', 'TIMConvDeleteConversationsFromGroup']);

describe('simulator: bridge contract', () => {
  it('implements all 22 TIMConv functions (18 asynchronous, 4 synchronous)', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    assert.equal(ALL_ASYNC.length + ALL_SYNC.length, 22);
    for (const [fn, args] of ALL_ASYNC) {
      const c = await call(bridge, fn, args as never);
      assert.equal(typeof c.code, 'number', fn);
    }
    for (const [fn, args] of ALL_SYNC) assert.equal(bridge.call(fn, args as never), 0, fn);
  });

  it('never runs a completion callback before call returns, and runs it exactly once', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    for (const [fn, args] of ALL_ASYNC) {
      let calls = 0;
      let returned = false;
      let early = false;
      assert.equal(bridge.call(fn, args as never, () => { calls++; if (!returned) early = true; }), 0, fn);
      returned = true;
      assert.equal(calls, 0, `${fn} completed synchronously`);
      await bridge.settle();
      await bridge.settle();
      assert.equal(early, false, fn);
      assert.equal(calls, 1, `${fn} completed ${calls} times`);
    }
  });

  it('never calls a listener before the call that caused it returns', async () => {
    const { bridge } = makeSim();
    let returned = false;
    let early = 0;
    bridge.setListener('TIMSetConvEventCallback', () => { if (!returned) early++; });
    bridge.addConversation('c2c_a');
    bridge.call('TIMConvPinConversation', ['a', 1, true], () => {});
    returned = true;
    await bridge.settle();
    assert.equal(early, 0);
  });

  it('delivers completions in call order, after the listener events the call raised', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    bridge.addConversation('c2c_b');
    const order: string[] = [];
    bridge.setListener('TIMSetConvEventCallback', (kind, json) => order.push(`event ${kind} ${(codec.parse(json as string) as { conv_id: string }[])[0].conv_id}`));
    bridge.call('TIMConvPinConversation', ['a', 1, true], () => order.push('done pin a'));
    bridge.call('TIMConvPinConversation', ['b', 1, true], () => order.push('done pin b'));
    await bridge.settle();
    assert.deepEqual(order, ['event 2 a', 'done pin a', 'event 2 b', 'done pin b']);
  });

  it('works without a completion callback', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    assert.equal(bridge.call('TIMConvPinConversation', ['a', 1, true]), 0);
    await bridge.settle();
    assert.equal(bridge.peek('c2c_a')!.conv_is_pinned, true);
  });

  it('returns -3 (TIM_ERR_JSON) for JSON text that does not parse, with no callback', async () => {
    const { bridge } = makeSim();
    let called = false;
    for (const [fn, args] of [
      ['TIMConvGetConversationListByFilter', ['{not json', 0n, 10]],
      ['TIMConvMarkConversation', ['[c2c_a', 1n, true]],
      ['TIMConvGetConvInfo', ['']],
    ] as const) assert.equal(bridge.call(fn, [...args], () => { called = true; }), -3, fn);
    assert.equal(bridge.call('TIMConvSetDraft', ['a', 1, '{']), -3);
    await bridge.settle();
    assert.equal(called, false);
  });

  it('returns -4 (TIM_ERR_PARAM) for wrong argument counts, types and values', () => {
    const { bridge } = makeSim();
    const cases: [string, unknown[]][] = [
      ['TIMConvGetConvList', ['extra']],
      ['TIMConvPinConversation', ['a', 1]],
      ['TIMConvPinConversation', ['a', 5, true]],
      ['TIMConvPinConversation', ['', 1, true]],
      ['TIMConvPinConversation', ['a', 1, 'yes']],
      ['TIMConvGetConversationListByFilter', ['{}', 0, -1]],
      ['TIMConvGetConversationListByFilter', ['{}', -1n, 10]],
      ['TIMConvGetConversationListByFilter', ['{"unknown_key":1}', 0n, 10]],
      ['TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conv_type":9}', 0n, 10]],
      ['TIMConvGetConversationListByFilter', ['{"conversation_list_filter_mark_type":16}', 0n, 10]],
      ['TIMConvGetConversationListByFilter', ['{"conversation_list_filter_has_unread_count":1}', 0n, 10]],
      ['TIMConvGetConversationListByFilter', ['[]', 0n, 10]],
      ['TIMConvDeleteConversationList', ['[1,2]', true]],
      ['TIMConvDeleteConversationList', ['{"a":1}', true]],
      ['TIMConvGetConvInfo', ['[{"get_conversation_list_param_conv_id":1}]']],
      ['TIMConvGetConvInfo', ['[{"get_conversation_list_param_conv_id":"a","get_conversation_list_param_conv_type":1,"x":0}]']],
      ['TIMConvCleanConversationUnreadMessageCount', ['', 0, 'x']],
      ['TIMConvSetDraft', ['a', 1, '{"draft_bogus":1}']],
      ['TIMConvSetDraft', ['a', 1, '{"draft_edit_time":-1}']],
      ['TIMConvSetDraft', ['a', 1, '[]']],
    ];
    for (const [fn, args] of cases) assert.equal(bridge.call(fn, args as never, () => assert.fail(`${fn} completed`)), -4, `${fn}(${codec.stringify(args)})`);
  });

  it('throws for a function or listener setter it does not know', () => {
    const bridge = new SimulatorBridge();
    assert.throws(() => bridge.call('TIMConvNoSuchThing', []), /unknown function/);
    assert.throws(() => bridge.setListener('TIMSetNoSuchCallback', () => {}), /unknown listener/);
  });

  it('before login: asynchronous calls complete with 6014 (not logged in), synchronous ones return -2', async () => {
    const { bridge } = makeSim({ login: false });
    for (const [fn, args] of ALL_ASYNC) {
      const c = await expectCode(bridge, fn, args as never, 6014);
      assert.match(c.desc, /not logged in/);
    }
    for (const [fn, args] of ALL_SYNC) assert.equal(bridge.call(fn, args as never), -2, fn);
  });

  it('after logout calls answer 6014 again', async () => {
    const { bridge } = makeSim();
    await ok(bridge, 'TIMConvGetConvList', []);
    bridge.logout();
    await expectCode(bridge, 'TIMConvGetConvList', [], 6014);
  });

  it('standard edition: mark and conversation-group calls complete with 7013, the rest work', async () => {
    const { bridge } = makeSim({ edition: 'standard' });
    bridge.addConversation('c2c_a');
    for (const [fn, args] of ALL_ASYNC) {
      const c = await call(bridge, fn, args as never);
      if (PREMIUM.has(fn)) assert.equal(c.code, 7013, fn);
      // c2c_a is deleted on the way, so later calls on it answer 6004; none answers 7013.
      else assert.ok(c.code === 0 || c.code === 6004, `${fn}: ${c.code}`);
    }
    assert.equal(PREMIUM.size, 7);
  });

  it('standard edition still answers -4 synchronously for an empty group name', () => {
    const { bridge } = makeSim({ edition: 'standard' });
    assert.equal(bridge.call('TIMConvCreateConversationGroup', ['', '["c2c_a"]'], () => {}), -4);
  });

  it('setListener(null) clears a listener: events raised later are not delivered to it', async () => {
    const { bridge } = makeSim();
    let calls = 0;
    bridge.setListener('TIMSetConvEventCallback', () => { calls++; });
    bridge.addConversation('c2c_a');
    await bridge.settle();
    assert.equal(calls, 1);
    bridge.setListener('TIMSetConvEventCallback', null);
    bridge.addConversation('c2c_b');
    await bridge.settle();
    assert.equal(calls, 1);
  });

  it('a listener cleared after an event was raised but before delivery does not receive it', async () => {
    const { bridge } = makeSim();
    let calls = 0;
    bridge.setListener('TIMSetConvEventCallback', () => { calls++; });
    bridge.addConversation('c2c_a');
    bridge.setListener('TIMSetConvEventCallback', null);
    await bridge.settle();
    assert.equal(calls, 0);
  });

  it('replacing a listener routes later events to the new one only', async () => {
    const { bridge } = makeSim();
    const seen: string[] = [];
    bridge.setListener('TIMSetConvEventCallback', () => seen.push('first'));
    bridge.addConversation('c2c_a');
    await bridge.settle();
    bridge.setListener('TIMSetConvEventCallback', () => seen.push('second'));
    bridge.addConversation('c2c_b');
    await bridge.settle();
    assert.deepEqual(seen, ['first', 'second']);
  });

  it('a listener or callback that throws does not stop later deliveries; the error is reported', async () => {
    const errors: unknown[] = [];
    const { bridge } = makeSim({ onCallbackError: (e) => errors.push(e) });
    bridge.addConversation('c2c_a');
    bridge.setListener('TIMSetConvEventCallback', () => { throw new Error('listener broke'); });
    let done = 0;
    bridge.call('TIMConvPinConversation', ['a', 1, true], () => { done++; });
    await bridge.settle();
    assert.equal(done, 1);
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]), /listener broke/);
  });

  it('a callback may call the bridge again; its completion still comes later', async () => {
    const { bridge } = makeSim();
    const order: string[] = [];
    bridge.call('TIMConvGetConvList', [], () => {
      order.push('outer');
      bridge.call('TIMConvGetConvList', [], () => order.push('inner'));
      order.push('outer returned');
    });
    await bridge.settle();
    assert.deepEqual(order, ['outer', 'outer returned', 'inner']);
  });

  it('dispose drops pending deliveries and makes later calls throw', async () => {
    const { bridge } = makeSim();
    let called = false;
    bridge.call('TIMConvGetConvList', [], () => { called = true; });
    bridge.dispose();
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(called, false);
    assert.throws(() => bridge.call('TIMConvGetConvList', []), /disposed/);
  });

  it('listener arguments match the callback schemas (EventLog checks each one)', async () => {
    const { bridge } = makeSim();
    const log = new EventLog(bridge);
    bridge.addConversation('c2c_a', { unread: 2 });
    await ok(bridge, 'TIMConvGetTotalUnreadMessageCount', []);
    bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', ['{"conversation_list_filter_conv_type":1}']);
    await ok(bridge, 'TIMConvCreateConversationGroup', ['g', '["c2c_a"]']);
    await ok(bridge, 'TIMConvRenameConversationGroup', ['g', 'h']);
    await ok(bridge, 'TIMConvDeleteConversationsFromGroup', ['h', '["c2c_a"]']);
    await ok(bridge, 'TIMConvAddConversationsToGroup', ['h', '["c2c_a"]']);
    await ok(bridge, 'TIMConvDeleteConversationGroup', ['h']);
    bridge.deliverMessage('c2c_a');
    await bridge.settle();
    const kinds = new Set(log.events.map((e) => e.event));
    assert.deepEqual([...kinds].sort(), ['addedToGroup', 'convEvent', 'deletedFromGroup', 'groupCreated', 'groupDeleted', 'groupRenamed', 'totalUnread', 'unreadByFilter']);
  });
});
