// Paging state stays bounded: move entries are kept only while an open pass may need them, and
// passes that would need more than the kept number expire.
import { strict as assert } from 'node:assert';
import { convKey, expectCode, makeSim, ok, page } from './helpers.ts';

describe('simulator: paging keeps bounded state', () => {
  it('keeps the old place of a moved conversation only while an open pass may need it', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 6; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`); }
    bridge.deliverMessage('c2c_u0');
    assert.deepEqual(bridge.pagingStats, { openPasses: 0, movesKept: 0 }, 'no pass open: nothing kept');
    const p1 = await page(bridge, {}, 0n, 2);
    for (const id of ['c2c_u1', 'c2c_u2', 'c2c_u1']) { clock.advance(); bridge.deliverMessage(id); }
    assert.deepEqual(bridge.pagingStats, { openPasses: 1, movesKept: 2 }, 'one entry per conversation that moved since the pass opened');
    assert.deepEqual(p1.conversation_list_result_conv_list.map(convKey), ['c2c_u0', 'c2c_u5']);
    const rest = await page(bridge, {}, p1.conversation_list_result_next_seq, 10);
    assert.deepEqual(rest.conversation_list_result_conv_list.map(convKey), ['c2c_u4', 'c2c_u3', 'c2c_u2', 'c2c_u1']);
    assert.deepEqual(bridge.pagingStats, { openPasses: 0, movesKept: 0 }, 'the finished pass took its entries with it');
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
