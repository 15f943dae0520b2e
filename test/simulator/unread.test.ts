// Unread accounting: totals, receive options, counts by filter, the two unread listeners, and
// cleaning unread counts.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EventLog, type ConvInfo, convByKey, convKey, convList, expectCode, makeSim, ok } from './helpers.ts';

interface UnreadResult { conv_get_total_unread_message_count_result_unread_count: number }

const total = async (bridge: Parameters<typeof ok>[0]) =>
  (await ok<UnreadResult>(bridge, 'TIMConvGetTotalUnreadMessageCount', [])).conv_get_total_unread_message_count_result_unread_count;
const byFilter = async (bridge: Parameters<typeof ok>[0], f: object) =>
  (await ok<UnreadResult>(bridge, 'TIMConvGetUnreadMessageCountByFilter', [JSON.stringify(f)])).conv_get_total_unread_message_count_result_unread_count;

describe('simulator: unread counts', () => {
  it('delivering a message counts it as unread; messages from self or excluded ones do not count', async () => {
    const { bridge } = makeSim();
    bridge.deliverMessage('c2c_a');
    bridge.deliverMessage('c2c_a');
    bridge.deliverMessage('c2c_a', { message_is_from_self: true });
    bridge.deliverMessage('c2c_a', { message_is_excluded_from_unread_count: true });
    const a = (await convByKey(bridge, 'c2c_a'))!;
    assert.equal(a.conv_unread_num, 2);
    assert.equal(await total(bridge), 2);
  });

  it('the total excludes conversations whose receive option is 1 (not receive), 2 (not notify) or 3 (not notify except @)', async () => {
    const { bridge } = makeSim();
    for (const [i, opt] of [0, 1, 2, 3].entries()) bridge.addConversation(`c2c_u${i}`, { unread: 10 ** i, recvOpt: opt });
    assert.equal(await total(bridge), 1);
    bridge.setReceiveOption('c2c_u2', 0);
    assert.equal(await total(bridge), 101);
    bridge.setReceiveOption('c2c_u0', 3);
    assert.equal(await total(bridge), 100);
  });

  it('counts by filter exclude the same receive options', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('group_a', { unread: 4 });
    bridge.addConversation('group_b', { unread: 5, recvOpt: 2 });
    bridge.addConversation('c2c_c', { unread: 6 });
    assert.equal(await byFilter(bridge, { conversation_list_filter_conv_type: 2 }), 4);
    assert.equal(await byFilter(bridge, { conversation_list_filter_has_group_at_info: false }), 10);
    assert.equal(await byFilter(bridge, { conversation_list_filter_has_unread_count: false }), 0);
  });

  it('after getTotalUnreadMessageCount, every change of the total fires totalUnreadMessageCountChanged', async () => {
    const { bridge } = makeSim();
    const log = new EventLog(bridge, ['totalUnread']);
    bridge.addConversation('c2c_a', { unread: 1 });
    bridge.deliverMessage('c2c_a');
    await bridge.settle();
    assert.equal(log.events.length, 0, 'announced before the total was asked for');
    assert.equal(await total(bridge), 2);
    bridge.deliverMessage('c2c_a');
    bridge.deliverMessage('c2c_b');
    bridge.setReceiveOption('c2c_b', 2);
    bridge.deliverMessage('c2c_b'); // muted: the total does not change, no call
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['', 0n, 0n]);
    await bridge.settle();
    assert.deepEqual(log.of('totalUnread').map((e) => e.args[0]), [3, 4, 3, 0]);
  });

  it('one operation that changes many conversations announces the total once', async () => {
    const { bridge } = makeSim();
    for (let i = 0; i < 5; i++) bridge.addConversation(`c2c_u${i}`, { unread: 1 });
    await total(bridge);
    const log = new EventLog(bridge, ['totalUnread', 'convEvent']);
    await ok(bridge, 'TIMConvDeleteConversationList', ['["c2c_u0","c2c_u1","c2c_u2"]', true]);
    assert.deepEqual(log.of('totalUnread').map((e) => e.args[0]), [2]);
    assert.deepEqual(log.convEvents(), [[1, ['c2c_u0', 'c2c_u1', 'c2c_u2']]]);
  });

  it('a subscribed filter fires unreadMessageCountChangedByFilter with its filter text when its own count changes, and stops after unsubscribe', async () => {
    const { bridge } = makeSim();
    const log = new EventLog(bridge, ['unreadByFilter']);
    bridge.addConversation('group_g', { unread: 1 });
    bridge.addConversation('c2c_a', { unread: 1 });
    const groups = '{"conversation_list_filter_conv_type":2}';
    const starred = '{"conversation_list_filter_mark_type":1}';
    assert.equal(bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', [groups]), 0);
    assert.equal(bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', [starred]), 0);
    bridge.deliverMessage('c2c_a'); // neither filter changes
    bridge.deliverMessage('group_g'); // groups: 2
    await ok(bridge, 'TIMConvMarkConversation', ['["c2c_a"]', 1n, true]); // starred: 2
    bridge.deliverMessage('c2c_a'); // starred: 3
    await bridge.settle();
    assert.deepEqual(log.events.map((e) => e.raw), [[groups, 2], [starred, 2], [starred, 3]]);
    log.clear();
    assert.equal(bridge.call('TIMConvUnsubscribeUnreadMessageCountByFilter', [groups]), 0);
    bridge.deliverMessage('group_g');
    bridge.deliverMessage('c2c_a');
    await bridge.settle();
    assert.deepEqual(log.events.map((e) => e.raw), [[starred, 4]]);
  });

  it('filters are told apart by their content; the same filter subscribed twice fires once', async () => {
    const { bridge } = makeSim();
    const log = new EventLog(bridge, ['unreadByFilter']);
    bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', ['{"conversation_list_filter_conv_type":1,"conversation_list_filter_has_unread_count":true}']);
    bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', ['{"conversation_list_filter_has_unread_count":true,"conversation_list_filter_conv_type":1}']);
    bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', ['{"conversation_list_filter_conv_type":1}']);
    bridge.deliverMessage('c2c_a');
    await bridge.settle();
    assert.equal(log.events.length, 2);
    // The listener gets the filter with its keys in schema order.
    assert.deepEqual(log.events.map((e) => e.raw[0]).sort(), [
      '{"conversation_list_filter_conv_type":1,"conversation_list_filter_has_unread_count":true}',
      '{"conversation_list_filter_conv_type":1}',
    ]);
  });

  it('a subscription follows group, mark and receive-option changes, not only new messages', async () => {
    const { bridge } = makeSim();
    const log = new EventLog(bridge, ['unreadByFilter']);
    bridge.addConversation('c2c_a', { unread: 5 });
    await ok(bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a"]']);
    await ok(bridge, 'TIMConvDeleteConversationsFromGroup', ['work', '["c2c_a"]']);
    bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', ['{"conversation_list_filter_conversation_group":"work"}']);
    await ok(bridge, 'TIMConvAddConversationsToGroup', ['work', '["c2c_a"]']);
    bridge.setReceiveOption('c2c_a', 1);
    bridge.setReceiveOption('c2c_a', 0);
    await ok(bridge, 'TIMConvRenameConversationGroup', ['work', 'job']);
    await bridge.settle();
    assert.deepEqual(log.events.map((e) => e.args[1]), [5, 0, 5, 0]);
  });

  it('getUnreadMessageCountByFilter agrees with a recount over the conversation list after random changes (property)', async function () {
    this.timeout(60_000);
    const filters = [{ conversation_list_filter_has_group_at_info: false }, { conversation_list_filter_conv_type: 1 }, { conversation_list_filter_conversation_group: 'G' },
      { conversation_list_filter_conversation_group: '' }, { conversation_list_filter_mark_type: 1 }, { conversation_list_filter_mark_type: 0 },
      { conversation_list_filter_has_group_at_info: true }];
    const op = fc.record({ k: fc.nat({ max: 7 }), who: fc.nat({ max: 5 }), n: fc.nat({ max: 3 }) });
    await fc.assert(fc.asyncProperty(fc.array(op, { maxLength: 40 }), fc.boolean(), async (ops, subscribed) => {
      const { bridge, clock } = makeSim();
      const keys = ['c2c_a', 'c2c_b', 'group_c', 'group_d', 'c2c_e', 'group_f'];
      bridge.addConversation('c2c_a');
      await ok(bridge, 'TIMConvCreateConversationGroup', ['G', '["c2c_a"]']);
      if (subscribed) for (const f of filters) bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', [JSON.stringify(f)]);
      for (const { k, who, n } of ops) {
        const key = keys[who];
        const exists = bridge.peek(key) !== undefined;
        if (k === 0 || !exists) bridge.deliverMessage(key, key.startsWith('group_') && n === 1 ? { message_group_at_user_array: ['me'] } : {});
        else if (k === 1) bridge.setReceiveOption(key, n);
        else if (k === 2) await ok(bridge, 'TIMConvMarkConversation', [JSON.stringify([key]), 1n, n % 2 === 0]);
        else if (k === 3) await ok(bridge, n % 2 ? 'TIMConvAddConversationsToGroup' : 'TIMConvDeleteConversationsFromGroup', ['G', JSON.stringify([key])]);
        else if (k === 4) {
          clock.advance(); // cleaning everything works once a second
          await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', [n === 0 ? '' : key, 0n, 0n]);
        }
        else if (k === 5) await ok(bridge, 'TIMConvDelete', [key.replace(/^(c2c|group)_/, ''), key.startsWith('c2c_') ? 1 : 2]);
        else bridge.deliverMessage(key);
      }
      const convs = await convList(bridge);
      for (const f of filters) {
        const expected = convs.filter((c) => c.conv_recv_opt === 0 && oracle(f, c)).reduce((s, c) => s + c.conv_unread_num, 0);
        assert.equal(await byFilter(bridge, f), expected, JSON.stringify(f));
      }
      assert.equal(await total(bridge), convs.filter((c) => c.conv_recv_opt === 0).reduce((s, c) => s + c.conv_unread_num, 0));
    }), { numRuns: 100, seed: 133 });
  });
});

function oracle(f: Record<string, unknown>, c: ConvInfo): boolean {
  if (f.conversation_list_filter_conv_type !== undefined && c.conv_type !== f.conversation_list_filter_conv_type) return false;
  const g = f.conversation_list_filter_conversation_group;
  if (g !== undefined && (g === '' ? c.conv_conversation_group_array.length > 0 : !c.conv_conversation_group_array.includes(g))) return false;
  const m = f.conversation_list_filter_mark_type;
  if (m !== undefined && (m === 0 ? c.conv_mark_array.length > 0 : !(c.conv_mark_array as bigint[]).some((x) => (x & BigInt(m as number)) !== 0n))) return false;
  if (f.conversation_list_filter_has_group_at_info !== undefined && (c.conv_group_at_info_array.length > 0) !== f.conversation_list_filter_has_group_at_info) return false;
  return true;
}

describe('simulator: cleaning unread counts', () => {
  it('cleans one conversation by its ID and fires convEvent update with the new count', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a', { unread: 3 });
    bridge.addConversation('c2c_b', { unread: 2 });
    const log = new EventLog(bridge, ['convEvent']);
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['c2c_a', 0n, 0n]);
    const ev = log.of('convEvent');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].args[0], 2);
    assert.deepEqual(ev[0].args[1].map((c: ConvInfo) => [convKey(c), c.conv_unread_num]), [['c2c_a', 0]]);
    assert.equal((await convByKey(bridge, 'c2c_b'))!.conv_unread_num, 2);
  });

  it('"c2c" cleans every C2C conversation, "group" every group one, "" all of them', async () => {
    const { bridge, clock } = makeSim();
    for (const id of ['c2c_a', 'c2c_b', 'group_x', 'group_y']) bridge.addConversation(id, { unread: 1 });
    const unread = async () => Object.fromEntries((await convList(bridge)).map((c) => [convKey(c), c.conv_unread_num]));
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['c2c', 0n, 0n]);
    assert.deepEqual(await unread(), { c2c_a: 0, c2c_b: 0, group_x: 1, group_y: 1 });
    bridge.deliverMessage('c2c_a');
    clock.advance();
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['group', 0n, 0n]);
    assert.deepEqual(await unread(), { c2c_a: 1, c2c_b: 0, group_x: 0, group_y: 0 });
    bridge.deliverMessage('group_x');
    clock.advance();
    const log = new EventLog(bridge, ['convEvent']);
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['', 0n, 0n]);
    assert.deepEqual(await unread(), { c2c_a: 0, c2c_b: 0, group_x: 0, group_y: 0 });
    assert.deepEqual(log.convEvents().map(([k, keys]) => [k, keys.sort()]), [[2, ['c2c_a', 'group_x']]]);
  });

  it('cleaning a conversation with nothing unread succeeds and fires nothing', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    const log = new EventLog(bridge, ['convEvent']);
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['c2c_a', 0n, 0n]);
    assert.equal(log.events.length, 0);
  });

  it('an unknown conversation ID answers 6004', async () => {
    const { bridge } = makeSim();
    await expectCode(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['c2c_ghost', 0n, 0n], 6004);
    await expectCode(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['nonsense', 0n, 0n], 6004);
  });

  it('a C2C timestamp cleans only messages up to that second and moves the read timestamp', async () => {
    const { bridge, clock } = makeSim();
    bridge.addConversation('c2c_a', { unread: 1 }); // seeded: older than any delivered message
    const t1 = clock.advance();
    bridge.deliverMessage('c2c_a');
    clock.advance();
    bridge.deliverMessage('c2c_a');
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['c2c_a', BigInt(t1), 0n]);
    const a = (await convByKey(bridge, 'c2c_a'))!;
    assert.equal(a.conv_unread_num, 1);
    assert.equal(a.conv_c2c_read_timestamp, t1);
  });

  it('a group sequence cleans only messages (and @ info) up to it and moves the read sequence', async () => {
    const { bridge } = makeSim();
    bridge.deliverMessage('group_g', { message_group_at_user_array: ['me'] }); // seq 1, @ me
    bridge.deliverMessage('group_g', { message_group_at_user_array: ['__kImSDK_MessageAtALL__'] }); // seq 2, @ all
    bridge.deliverMessage('group_g'); // seq 3
    let g = (await convByKey(bridge, 'group_g'))!;
    assert.deepEqual(g.conv_group_at_info_array, [
      { conv_group_at_info_seq: 1n, conv_group_at_info_at_type: 1 },
      { conv_group_at_info_seq: 2n, conv_group_at_info_at_type: 2 },
    ]);
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['group_g', 0n, 1n]);
    g = (await convByKey(bridge, 'group_g'))!;
    assert.equal(g.conv_unread_num, 2);
    assert.deepEqual(g.conv_group_at_info_array, [{ conv_group_at_info_seq: 2n, conv_group_at_info_at_type: 2 }]);
    assert.equal(g.conv_group_read_sequence, 1n);
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['group_g', 0n, 0n]);
    g = (await convByKey(bridge, 'group_g'))!;
    assert.equal(g.conv_unread_num, 0);
    assert.deepEqual(g.conv_group_at_info_array, []);
    assert.equal(g.conv_group_read_sequence, 3n);
  });

  it('a message that @s me and everyone gives @ type 3', async () => {
    const { bridge } = makeSim();
    bridge.deliverMessage('group_g', { message_group_at_user_array: ['me', '__kImSDK_MessageAtALL__'] });
    const g = (await convByKey(bridge, 'group_g'))!;
    assert.equal(g.conv_group_at_info_array[0].conv_group_at_info_at_type, 3);
  });

  it('setGroupAtInfo replaces the @ info and fires convEvent update', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('group_g');
    const log = new EventLog(bridge, ['convEvent']);
    bridge.setGroupAtInfo('group_g', [{ seq: 9n, atType: 2 }, { conv_group_at_info_seq: 10n, conv_group_at_info_at_type: 1 }]);
    await bridge.settle();
    assert.deepEqual(log.convEvents(), [[2, ['group_g']]]);
    assert.deepEqual((await convByKey(bridge, 'group_g'))!.conv_group_at_info_array.map((a: ConvInfo) => a.conv_group_at_info_seq), [9n, 10n]);
  });
});
