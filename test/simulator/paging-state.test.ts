// Paging state stays bounded: move entries are kept only while an open pass may need them, passes
// that would need more than the kept number expire, and reading a page again adds no cursor.
import { strict as assert } from 'node:assert';
import type { SimulatorBridge } from '../../runtime/simulator/index.ts';
import { convKey, expectCode, makeSim, ok, page } from './helpers.ts';

const kept = (bridge: SimulatorBridge) => ({ openPasses: bridge.pagingStats.openPasses, movesKept: bridge.pagingStats.movesKept });

describe('simulator: paging keeps bounded state', () => {
  it('keeps the old place of a moved conversation only while an open pass may need it', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 6; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`); }
    bridge.deliverMessage('c2c_u0');
    assert.deepEqual(kept(bridge), { openPasses: 0, movesKept: 0 }, 'no pass open: nothing kept');
    const p1 = await page(bridge, {}, 0n, 2);
    for (const id of ['c2c_u1', 'c2c_u2', 'c2c_u1']) { clock.advance(); bridge.deliverMessage(id); }
    assert.deepEqual(kept(bridge), { openPasses: 1, movesKept: 2 }, 'one entry per conversation that moved since the pass opened');
    assert.deepEqual(p1.conversation_list_result_conv_list.map(convKey), ['c2c_u0', 'c2c_u5']);
    const rest = await page(bridge, {}, p1.conversation_list_result_next_seq, 10);
    assert.deepEqual(rest.conversation_list_result_conv_list.map(convKey), ['c2c_u4', 'c2c_u3', 'c2c_u2', 'c2c_u1']);
    assert.deepEqual(kept(bridge), { openPasses: 1, movesKept: 2 }, 'the finished pass stays open for a retry of its last page');
    for (let i = 0; i < 64; i++) await page(bridge, {}, 0n, 1);
    assert.deepEqual(kept(bridge), { openPasses: 64, movesKept: 0 }, 'closed to make room, the finished pass took its entries with it');
  });

  it('reading the same cursor again gives the same page and the same next cursor, and keeps no more state', async () => {
    const { bridge } = makeSim();
    for (let i = 0; i < 6; i++) bridge.addConversation(`c2c_u${i}`);
    const p1 = await page(bridge, {}, 0n, 2);
    const a = await page(bridge, {}, p1.conversation_list_result_next_seq, 2);
    const cursors = bridge.pagingStats.cursors;
    for (let i = 0; i < 2000; i++) {
      const b = await page(bridge, {}, p1.conversation_list_result_next_seq, 2);
      assert.deepEqual(b.conversation_list_result_conv_list.map(convKey), a.conversation_list_result_conv_list.map(convKey));
      assert.equal(b.conversation_list_result_next_seq, a.conversation_list_result_next_seq);
    }
    assert.deepEqual([bridge.pagingStats.cursors, bridge.pagingStats.openPasses], [cursors, 1]);
  });

  it('the last page can be read again (a retry): its pass stays open until a new pass needs the room', async () => {
    const { bridge } = makeSim();
    for (let i = 0; i < 3; i++) bridge.addConversation(`c2c_u${i}`);
    const p1 = await page(bridge, {}, 0n, 2);
    const last = await page(bridge, {}, p1.conversation_list_result_next_seq, 2);
    assert.equal(last.conversation_list_result_is_finished, true);
    const again = await page(bridge, {}, p1.conversation_list_result_next_seq, 2);
    assert.deepEqual(again, last);
    // 63 more passes fit beside it; the 64th new one closes the finished pass first, though it was
    // used more recently than the others.
    const cursors: bigint[] = [];
    for (let i = 0; i < 63; i++) cursors.push((await page(bridge, {}, 0n, 1)).conversation_list_result_next_seq);
    assert.deepEqual(await page(bridge, {}, p1.conversation_list_result_next_seq, 2), last);
    await page(bridge, {}, 0n, 1);
    await expectCode(bridge, 'TIMConvGetConversationListByFilter', ['{}', p1.conversation_list_result_next_seq, 2], 6017);
    await page(bridge, {}, cursors[0], 1);
  });

  it('a pass whose first page is its last keeps nothing', async () => {
    const { bridge } = makeSim();
    for (let i = 0; i < 3; i++) bridge.addConversation(`c2c_u${i}`);
    assert.equal((await page(bridge, {}, 0n, 5)).conversation_list_result_is_finished, true);
    assert.deepEqual([bridge.pagingStats.openPasses, bridge.pagingStats.cursors], [0, 0]);
  });

  it('beyond max(10 000, conversations) kept moves, the passes needing the oldest expire (6017); newer ones page on', async function () {
    this.timeout(60_000);
    const { bridge, clock } = makeSim();
    const ids = Array.from({ length: 200 }, (_, i) => `c2c_u${i}`);
    for (const id of ids) bridge.addConversation(id);
    const cursors: bigint[] = [];
    for (let round = 0; round < 60; round++) {
      cursors.push((await page(bridge, {}, 0n, 1)).conversation_list_result_next_seq);
      clock.advance();
      for (const id of ids) bridge.deliverMessage(id);
      assert.ok(bridge.pagingStats.movesKept <= 10_000, `${bridge.pagingStats.movesKept} kept`);
    }
    await expectCode(bridge, 'TIMConvGetConversationListByFilter', ['{}', cursors[0], 5], 6017);
    const last = await page(bridge, {}, cursors[59], 500);
    assert.equal(last.conversation_list_result_conv_list.length, 199, 'the newest pass lists every other conversation once');
    assert.equal(new Set(last.conversation_list_result_conv_list.map(convKey)).size, 199);
  });

  it('a page looks at no more than twice the entries it returns, however many deliveries and abandoned passes came before', async function () {
    this.timeout(60_000);
    const { bridge, clock } = makeSim();
    const ids = Array.from({ length: 3000 }, (_, i) => (i % 3 ? `c2c_u${i}` : `group_g${i}`));
    for (const [i, id] of ids.entries()) { if (i % 7 === 0) clock.advance(); bridge.addConversation(id, { unread: i % 2 }); }
    const groupsWithUnread = { conversation_list_filter_conv_type: 2, conversation_list_filter_has_unread_count: true };
    for (let i = 0; i < 64; i++) await page(bridge, {}, 0n, 20); // abandoned
    let cursor = (await page(bridge, {}, 0n, 20)).conversation_list_result_next_seq;
    let filtered = (await page(bridge, groupsWithUnread, 0n, 20)).conversation_list_result_next_seq;
    let x = 7;
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 3000; i++) {
        if (i % 50 === 0) clock.advance();
        x = (x * 1103515245 + 12345) % 2 ** 31;
        bridge.deliverMessage(ids[x % ids.length]);
      }
      await page(bridge, {}, 0n, 20); // one more abandoned pass; it reads none of the entries kept for older ones
      assert.ok(bridge.pagingStats.lastPageWalked <= 2 * 21, `round ${round}, new pass: ${bridge.pagingStats.lastPageWalked} entries for a page of 20`);
      cursor = (await page(bridge, {}, cursor, 20)).conversation_list_result_next_seq;
      assert.ok(bridge.pagingStats.lastPageWalked <= 2 * 21, `round ${round}: ${bridge.pagingStats.lastPageWalked} entries for a page of 20`);
      filtered = (await page(bridge, groupsWithUnread, filtered, 20)).conversation_list_result_next_seq;
      assert.ok(bridge.pagingStats.lastPageWalked <= 2 * 21, `round ${round}, filtered: ${bridge.pagingStats.lastPageWalked} entries for a page of 20`);
    }
    assert.ok(bridge.pagingStats.movesKept > 1000, 'the deliveries did leave move entries to skip or read');
  });

  it('a conversation pinned, unpinned and pinned again while passes are open is listed once by each', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 5; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`); }
    const cursors: bigint[] = [];
    for (const on of [true, false, true, false]) {
      cursors.push((await page(bridge, {}, 0n, 1)).conversation_list_result_next_seq);
      await ok(bridge, 'TIMConvPinConversation', ['u2', 1, on]);
    }
    // Passes opened while u2 was pinned list it first (on their first page), the others in its place.
    for (const [i, c] of cursors.entries()) {
      const rest = await page(bridge, {}, c, 10);
      const expected = i % 2 ? ['c2c_u4', 'c2c_u3', 'c2c_u1', 'c2c_u0'] : ['c2c_u3', 'c2c_u2', 'c2c_u1', 'c2c_u0'];
      assert.deepEqual(rest.conversation_list_result_conv_list.map(convKey), expected, `pass ${i}`);
    }
  });
});
