// Conversation groups: limits and their codes, the five group listeners, and
// conv_conversation_group_array staying in step.
import { strict as assert } from 'node:assert';
import { EventLog, type ConvInfo, type OpResult, codesOf, convByKey, convKey, convList, expectCode, makeSim, ok, type Sim } from './helpers.ts';

function sim3(): Sim {
  const sim = makeSim();
  for (const id of ['c2c_a', 'c2c_b', 'group_x']) { sim.clock.advance(); sim.bridge.addConversation(id); }
  return sim;
}

const groupsOf = async (s: Sim, key: string) => (await convByKey(s.bridge, key))!.conv_conversation_group_array as string[];

describe('simulator: conversation groups', () => {
  it('creates a group with conversations: per-conversation results, listener and conv_conversation_group_array', async () => {
    const s = sim3();
    const log = new EventLog(s.bridge);
    const results = await ok<OpResult[]>(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a","group_x","c2c_ghost"]']);
    assert.deepEqual(codesOf(results), { c2c_a: 0, group_x: 0, c2c_ghost: 6004 });
    assert.deepEqual(await ok(s.bridge, 'TIMConvGetConversationGroupList', []), ['work']);
    const created = log.of('groupCreated');
    assert.equal(created.length, 1);
    assert.equal(created[0].args[0], 'work');
    assert.deepEqual(created[0].args[1].map(convKey), ['c2c_a', 'group_x']); // in request order
    assert.ok(created[0].args[1].every((c: ConvInfo) => c.conv_conversation_group_array.includes('work')));
    assert.deepEqual(log.convEvents(), [[2, ['c2c_a', 'group_x']]]);
    assert.deepEqual(await groupsOf(s, 'c2c_a'), ['work']);
    assert.deepEqual(await groupsOf(s, 'c2c_b'), []);
  });

  it('a conversation can be in several groups; its array lists them in the order it joined', async () => {
    const s = sim3();
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a"]']);
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['play', '["c2c_b"]']);
    await ok(s.bridge, 'TIMConvAddConversationsToGroup', ['play', '["c2c_a"]']);
    assert.deepEqual(await groupsOf(s, 'c2c_a'), ['work', 'play']);
  });

  it('creating a group that exists answers 6017', async () => {
    const s = sim3();
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a"]']);
    await expectCode(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_b"]'], 6017);
  });

  it('at most 20 groups: the 21st answers 51010', async () => {
    const s = sim3();
    for (let i = 0; i < 20; i++) await ok(s.bridge, 'TIMConvCreateConversationGroup', [`g${i}`, '["c2c_a"]']);
    await expectCode(s.bridge, 'TIMConvCreateConversationGroup', ['g20', '["c2c_a"]'], 51010);
    await ok(s.bridge, 'TIMConvDeleteConversationGroup', ['g3']);
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['g20', '["c2c_a"]']);
    assert.equal((await groupsOf(s, 'c2c_a')).length, 20);
  });

  describe('group names are 1..32 UTF-8 bytes (51011 beyond, -4 when empty)', () => {
    const fits: [string, string][] = [
      ['32 ASCII letters', 'a'.repeat(32)],
      ['10 Chinese characters (30 bytes)', '一二三四五六七八九十'],
      ['8 emoji (32 bytes)', '😀'.repeat(8)],
      ['10 Chinese characters and 2 ASCII letters (32 bytes)', '会话分组名称测试一下ab'],
      ['1 byte', 'x'],
    ];
    const tooLong: [string, string][] = [
      ['33 ASCII letters', 'a'.repeat(33)],
      ['11 Chinese characters (33 bytes)', '一二三四五六七八九十一'],
      ['8 emoji and 1 letter (33 bytes)', '😀'.repeat(8) + 'a'],
      ['10 Chinese characters and 3 letters (33 bytes)', '会话分组名称测试一下abc'],
    ];
    for (const [label, name] of fits) {
      it(`accepts ${label}`, async () => {
        const s = sim3();
        await ok(s.bridge, 'TIMConvCreateConversationGroup', [name, '["c2c_a"]']);
        assert.deepEqual(await groupsOf(s, 'c2c_a'), [name]);
      });
    }
    for (const [label, name] of tooLong) {
      it(`rejects ${label} with 51011 in create, rename, add, remove and delete`, async () => {
        const s = sim3();
        await ok(s.bridge, 'TIMConvCreateConversationGroup', ['ok', '["c2c_a"]']);
        await expectCode(s.bridge, 'TIMConvCreateConversationGroup', [name, '["c2c_a"]'], 51011);
        await expectCode(s.bridge, 'TIMConvRenameConversationGroup', ['ok', name], 51011);
        await expectCode(s.bridge, 'TIMConvAddConversationsToGroup', [name, '["c2c_a"]'], 51011);
        await expectCode(s.bridge, 'TIMConvDeleteConversationsFromGroup', [name, '["c2c_a"]'], 51011);
        await expectCode(s.bridge, 'TIMConvDeleteConversationGroup', [name], 51011);
        assert.deepEqual(await ok(s.bridge, 'TIMConvGetConversationGroupList', []), ['ok']);
      });
    }
    it('returns -4 synchronously for an empty name', () => {
      const s = sim3();
      for (const [fn, args] of [
        ['TIMConvCreateConversationGroup', ['', '["c2c_a"]']],
        ['TIMConvRenameConversationGroup', ['', 'x']],
        ['TIMConvRenameConversationGroup', ['x', '']],
        ['TIMConvAddConversationsToGroup', ['', '["c2c_a"]']],
        ['TIMConvDeleteConversationsFromGroup', ['', '["c2c_a"]']],
        ['TIMConvDeleteConversationGroup', ['']],
      ] as const) assert.equal(s.bridge.call(fn, [...args], () => assert.fail('completed')), -4, fn);
    });
  });

  it('an unknown group answers 51009 for rename, add, remove and delete', async () => {
    const s = sim3();
    await expectCode(s.bridge, 'TIMConvRenameConversationGroup', ['nope', 'x'], 51009);
    await expectCode(s.bridge, 'TIMConvAddConversationsToGroup', ['nope', '["c2c_a"]'], 51009);
    await expectCode(s.bridge, 'TIMConvDeleteConversationsFromGroup', ['nope', '["c2c_a"]'], 51009);
    await expectCode(s.bridge, 'TIMConvDeleteConversationGroup', ['nope'], 51009);
  });

  it('more than 100 conversation IDs in one call answer 51006', async () => {
    const s = sim3();
    const ids = JSON.stringify(Array.from({ length: 101 }, (_, i) => `c2c_u${i}`));
    await expectCode(s.bridge, 'TIMConvCreateConversationGroup', ['work', ids], 51006);
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a"]']);
    await expectCode(s.bridge, 'TIMConvAddConversationsToGroup', ['work', ids], 51006);
    await expectCode(s.bridge, 'TIMConvDeleteConversationsFromGroup', ['work', ids], 51006);
    await ok(s.bridge, 'TIMConvAddConversationsToGroup', ['work', JSON.stringify(Array.from({ length: 100 }, (_, i) => `c2c_u${i}`))]);
  });

  it('at most 1000 conversations in groups: the 1001st makes the one grouped longest ago leave its groups (reason 1)', async () => {
    const s = makeSim();
    for (let i = 0; i < 1002; i++) s.bridge.addConversation(`c2c_u${i}`);
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['g0', '["c2c_u0"]']);
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['g1', '["c2c_u0","c2c_u1"]']);
    for (let i = 2; i < 1000; i += 100) {
      const ids = Array.from({ length: Math.min(100, 1000 - i) }, (_, k) => `c2c_u${i + k}`);
      await ok<OpResult[]>(s.bridge, 'TIMConvAddConversationsToGroup', ['g0', JSON.stringify(ids)]);
    }
    await ok(s.bridge, 'TIMConvAddConversationsToGroup', ['g0', '["c2c_u1"]']); // already grouped: still 1000
    const log = new EventLog(s.bridge);
    const r = await ok<OpResult[]>(s.bridge, 'TIMConvAddConversationsToGroup', ['g1', '["c2c_u1000","c2c_u1001"]']);
    assert.deepEqual(codesOf(r), { c2c_u1000: 0, c2c_u1001: 0 });
    // c2c_u0 joined its last group (g1) before anyone else: it leaves g0 and g1; then c2c_u2 (the
    // oldest of the rest, c2c_u1 having just joined g0) leaves g0.
    const removed = log.of('deletedFromGroup').map((e) => [e.args[0], e.args[1].map(convKey), e.args[2]]);
    assert.deepEqual(removed, [['g0', ['c2c_u0', 'c2c_u2'], 1], ['g1', ['c2c_u0'], 1]]);
    assert.ok(log.of('deletedFromGroup').every((e) => e.args[1].every((c: ConvInfo) => c.conv_conversation_group_array.length === 0)));
    assert.deepEqual(log.of('addedToGroup').map((e) => [e.args[0], e.args[1].map(convKey)]), [['g1', ['c2c_u1000', 'c2c_u1001']]]);
    assert.deepEqual(log.convEvents(), [[2, ['c2c_u0', 'c2c_u2', 'c2c_u1000', 'c2c_u1001']]]);
    assert.deepEqual(await groupsOf(s, 'c2c_u0'), []);
    assert.deepEqual(await groupsOf(s, 'c2c_u1'), ['g1', 'g0']);
    assert.deepEqual(await groupsOf(s, 'c2c_u1001'), ['g1']);
    const grouped = (await convList(s.bridge)).filter((c) => c.conv_conversation_group_array.length > 0);
    assert.equal(grouped.length, 1000);
  });

  it('a conversation leaving its last group frees a place without evicting anyone', async () => {
    const s = makeSim();
    for (let i = 0; i < 1001; i++) s.bridge.addConversation(`c2c_u${i}`);
    for (let i = 0; i < 1000; i += 100) {
      const ids = Array.from({ length: 100 }, (_, k) => `c2c_u${i + k}`);
      await ok(s.bridge, i === 0 ? 'TIMConvCreateConversationGroup' : 'TIMConvAddConversationsToGroup', ['g', JSON.stringify(ids)]);
    }
    await ok(s.bridge, 'TIMConvDeleteConversationsFromGroup', ['g', '["c2c_u500"]']);
    const log = new EventLog(s.bridge, ['deletedFromGroup']);
    await ok(s.bridge, 'TIMConvAddConversationsToGroup', ['g', '["c2c_u1000"]']);
    assert.equal(log.events.length, 0);
    assert.deepEqual(await groupsOf(s, 'c2c_u0'), ['g']);
  });

  it('adds conversations: listener with the ones actually added, results for all', async () => {
    const s = sim3();
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a"]']);
    const log = new EventLog(s.bridge);
    const r = await ok<OpResult[]>(s.bridge, 'TIMConvAddConversationsToGroup', ['work', '["c2c_a","c2c_b","c2c_zz"]']);
    assert.deepEqual(codesOf(r), { c2c_a: 0, c2c_b: 0, c2c_zz: 6004 });
    const added = log.of('addedToGroup');
    assert.equal(added.length, 1);
    assert.equal(added[0].args[0], 'work');
    assert.deepEqual(added[0].args[1].map(convKey), ['c2c_b']);
    assert.deepEqual(added[0].args[1][0].conv_conversation_group_array, ['work']);
    assert.deepEqual(log.convEvents(), [[2, ['c2c_b']]]);
  });

  it('removes conversations: listener with name, ConvInfo array and reason 0', async () => {
    const s = sim3();
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a","c2c_b"]']);
    const log = new EventLog(s.bridge);
    const r = await ok<OpResult[]>(s.bridge, 'TIMConvDeleteConversationsFromGroup', ['work', '["c2c_a","group_x"]']);
    assert.deepEqual(codesOf(r), { c2c_a: 0, group_x: 0 });
    const removed = log.of('deletedFromGroup');
    assert.equal(removed.length, 1);
    assert.equal(removed[0].raw.length, 3);
    assert.equal(removed[0].args[0], 'work');
    assert.deepEqual(removed[0].args[1].map(convKey), ['c2c_a']);
    assert.deepEqual(removed[0].args[1][0].conv_conversation_group_array, []);
    assert.equal(removed[0].args[2], 0);
    assert.deepEqual(await groupsOf(s, 'c2c_b'), ['work']);
  });

  it('renames a group: listener (old, new), members follow, filters by the new name', async () => {
    const s = sim3();
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a","c2c_b"]']);
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['play', '["c2c_a"]']);
    const log = new EventLog(s.bridge);
    await ok(s.bridge, 'TIMConvRenameConversationGroup', ['work', '工作']);
    assert.deepEqual(log.of('groupRenamed').map((e) => e.raw), [['work', '工作']]);
    assert.deepEqual(await ok(s.bridge, 'TIMConvGetConversationGroupList', []), ['工作', 'play']);
    assert.deepEqual(await groupsOf(s, 'c2c_a'), ['工作', 'play']);
    assert.deepEqual(log.convEvents(), [[2, ['c2c_b', 'c2c_a']]]);
    const r = await ok<{ conversation_list_result_conv_list: ConvInfo[] }>(s.bridge, 'TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conversation_group":"工作"}', 0n, 10]);
    assert.deepEqual(r.conversation_list_result_conv_list.map(convKey), ['c2c_b', 'c2c_a']);
  });

  it('renaming to a name in use answers 6017; to the same name succeeds silently', async () => {
    const s = sim3();
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a"]']);
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['play', '["c2c_a"]']);
    await expectCode(s.bridge, 'TIMConvRenameConversationGroup', ['work', 'play'], 6017);
    const log = new EventLog(s.bridge);
    await ok(s.bridge, 'TIMConvRenameConversationGroup', ['work', 'work']);
    assert.equal(log.events.length, 0);
  });

  it('deletes a group: listener with the name, members leave it', async () => {
    const s = sim3();
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a","group_x"]']);
    const log = new EventLog(s.bridge);
    await ok(s.bridge, 'TIMConvDeleteConversationGroup', ['work']);
    assert.deepEqual(log.of('groupDeleted').map((e) => e.raw), [['work']]);
    assert.deepEqual(await ok(s.bridge, 'TIMConvGetConversationGroupList', []), []);
    assert.deepEqual(await groupsOf(s, 'c2c_a'), []);
    assert.deepEqual(log.convEvents(), [[2, ['group_x', 'c2c_a']]]);
    const r = await ok<{ conversation_list_result_conv_list: ConvInfo[] }>(s.bridge, 'TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conversation_group":"work"}', 0n, 10]);
    assert.deepEqual(r.conversation_list_result_conv_list, []);
  });

  it('a deleted conversation leaves its groups; created again it is in none', async () => {
    const s = sim3();
    await ok(s.bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a","c2c_b"]']);
    await ok(s.bridge, 'TIMConvDelete', ['a', 1]);
    s.bridge.deliverMessage('c2c_a');
    assert.deepEqual(await groupsOf(s, 'c2c_a'), []);
    const r = await ok<{ conversation_list_result_conv_list: ConvInfo[] }>(s.bridge, 'TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conversation_group":"work"}', 0n, 10]);
    assert.deepEqual(r.conversation_list_result_conv_list.map(convKey), ['c2c_b']);
  });
});
