// Batch helpers: id lists over 100 split into chunks with per-conversation results merged in
// request order; the plain manager still refuses 101 IDs with 51006; a bad ID anywhere refuses the
// whole call before any chunk is sent; a chunk that fails later marks its IDs.
import { strict as assert } from 'node:assert';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import type { TIMConversationOperationResult } from '../../runtime/generated/types.ts';
import { ManualClock, SimulatorBridge } from '../../runtime/simulator/index.ts';
import { ConversationBatch } from '../../runtime/store/index.ts';
import { TimError } from '../../runtime/errors.ts';
import { RecordingBridge } from './support/recording-bridge.ts';
import { T0 } from './support/world.ts';

function setup(count: number) {
  const sim = new SimulatorBridge({ clock: new ManualClock(T0).now });
  const ids = Array.from({ length: count }, (_, i) => `c2c_u${i}`);
  for (const id of ids) sim.addConversation(id);
  sim.login('me');
  const bridge = new RecordingBridge(sim);
  const manager = new ConversationManager(bridge);
  return { sim, bridge, manager, ids, batch: new ConversationBatch(manager) };
}

const idsOf = (results: TIMConversationOperationResult[]) => results.map((r) => r.conversation_operation_result_conversation_id);
const codes = (results: TIMConversationOperationResult[]) => [...new Set(results.map((r) => r.conversation_operation_result_result_code))];

describe('store: batch helpers', () => {
  it('the plain call stays faithful: 101 IDs are refused with 51006', async () => {
    const { manager, ids, bridge } = setup(101);
    await assert.rejects(manager.markConversation(ids, 1n, true), (e: unknown) => e instanceof TimError && e.code === 51006);
    assert.equal(bridge.count('TIMConvMarkConversation'), 0);
  });

  it('marks 250 conversations in chunks of 100, results in request order', async () => {
    const { batch, ids, bridge, sim } = setup(250);
    const results = await batch.markConversation([...ids].reverse(), 1n << 40n, true);
    assert.deepEqual(idsOf(results), [...ids].reverse());
    assert.deepEqual(codes(results), [0]);
    assert.deepEqual(bridge.calls.filter((c) => c.fn === 'TIMConvMarkConversation').map((c) => JSON.parse(String(c.args[0])).length), [100, 100, 50]);
    assert.deepEqual(sim.peek('c2c_u7')?.conv_mark_array, [1n << 40n]);
  });

  it('sends a repeated ID once, like one call would answer it once', async () => {
    const { batch, ids } = setup(150);
    const results = await batch.setConversationCustomData([...ids, ...ids.slice(0, 30)], 'x');
    assert.deepEqual(idsOf(results), ids);
  });

  it('creates a group from 180 conversations: create with the first chunk, add the rest', async () => {
    const { batch, ids, bridge, manager } = setup(180);
    const results = await batch.createConversationGroup('guild', ids);
    assert.equal(results.length, 180);
    assert.deepEqual(bridge.calls.map((c) => c.fn).filter((f) => f.includes('Group')), ['TIMConvCreateConversationGroup', 'TIMConvAddConversationsToGroup']);
    const members = await manager.getConversationListByFilter({ conversation_list_filter_conversation_group: 'guild' }, 0n, 500);
    assert.equal(members.conversation_list_result_conv_list?.length, 180);
    const removed = await batch.deleteConversationsFromGroup('guild', ids.slice(0, 120));
    assert.equal(removed.length, 120);
    const added = await batch.addConversationsToGroup('guild', ids.slice(0, 120));
    assert.deepEqual(codes(added), [0]);
  });

  it('deletes 130 conversations with their per-conversation results', async () => {
    const { batch, ids, sim } = setup(130);
    const results = await batch.deleteConversationList([...ids, 'c2c_ghost'], false);
    assert.equal(results.length, 131);
    assert.equal(results[130].conversation_operation_result_result_code, 6004, 'unknown IDs keep their own result');
    assert.equal(sim.conversationCount, 0);
  });

  it('a bad ID in a later chunk refuses the whole call before anything is sent', async () => {
    const { batch, ids, bridge } = setup(150);
    const withBad = [...ids.slice(0, 120), 'bad\u0000id' as string, 42 as unknown as string];
    await assert.rejects(batch.markConversation(withBad, 1n, true), (e: unknown) => e instanceof TimError && e.code === -4
      && e.problems.some((p) => p.path === '/conversation_id_array/121' && p.message.includes('conversation_id_array[121]'))
      && e.message.includes('[121]'));
    await assert.rejects(batch.markConversation([], 1n, true), (e: unknown) => e instanceof TimError && e.code === -3);
    assert.equal(bridge.count('TIMConvMarkConversation'), 0);
    assert.throws(() => new ConversationBatch(setup(0).manager, { chunkSize: 101 }), (e: unknown) => e instanceof TimError && e.problems[0].path === '/chunkSize');
  });

  it('a first chunk that fails rejects like the plain call; a later one marks its IDs and those not sent', async () => {
    const { batch, ids, sim } = setup(250);
    sim.logout();
    await assert.rejects(batch.markConversation(ids, 1n, true), (e: unknown) => e instanceof TimError && e.code === 6014);
    sim.login('me');
    await sim.settle();
    let calls = 0;
    const manager = new ConversationManager({
      call: (fn, args, done) => (fn === 'TIMConvMarkConversation' && ++calls === 2 ? (Promise.resolve().then(() => done!(7008, 'too often', '')), 0) : sim.call(fn, args, done)),
      setListener: (s, l) => sim.setListener(s, l),
    });
    const results = await new ConversationBatch(manager).markConversation(ids, 2n, true);
    assert.deepEqual(idsOf(results), ids);
    assert.deepEqual(codes(results.slice(0, 100)), [0]);
    assert.deepEqual(codes(results.slice(100)), [7008]);
    assert.equal(results[150].conversation_operation_result_result_info, 'too often');
    assert.equal(calls, 2, 'nothing sent after the failing chunk');
  });
});
