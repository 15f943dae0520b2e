// pages(filter, pageSize): exactly once while the list changes, also over a bridge whose paging
// repeats and skips conversations the way a plain position cursor does; arguments checked at once.
import { strict as assert } from 'node:assert';
import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../../runtime/bridge.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import type { ConvInfo } from '../../runtime/generated/types.ts';
import { ManualClock, SimulatorBridge } from '../../runtime/simulator/index.ts';
import { ConversationStore } from '../../runtime/store/index.ts';
import { TimError } from '../../runtime/errors.ts';
import { stringify } from '../../runtime/json64.ts';
import { idOf, T0 } from './support/world.ts';

/**
 * The simulator, except that paging uses the position in the current list as its cursor, as a naive
 * SDK would: a conversation that moves behind the cursor is listed twice, one that moves ahead of
 * it is skipped.
 */
class PositionPagingBridge implements Bridge {
  constructor(private readonly sim: SimulatorBridge) {}

  call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number {
    if (fn !== 'TIMConvGetConversationListByFilter') return this.sim.call(fn, args, done);
    const [, cursor, count] = args as [string, bigint, number];
    return this.sim.call('TIMConvGetConvList', [], (code, desc, json) => {
      const all = JSON.parse(json) as { conv_active_time: unknown }[];
      const start = Number(cursor);
      const page = all.slice(start, start + count);
      const finished = start + count >= all.length;
      // Active times beyond 2^53 went through JSON.parse; the test only reads conv_id and conv_type.
      const list = page.map((c) => ({ ...c, conv_active_time: 1 }));
      done!(code, desc, stringify({
        conversation_list_result_conv_list: list,
        conversation_list_result_next_seq: finished ? 0n : BigInt(start + count),
        conversation_list_result_is_finished: finished,
      }));
    });
  }

  setListener(setter: string, listener: ListenerCallback | null): void {
    this.sim.setListener(setter, listener);
  }
}

async function setup(positionPaging: boolean) {
  const clock = new ManualClock(T0);
  const sim = new SimulatorBridge({ clock: clock.now });
  for (let i = 0; i < 20; i++) { clock.advance(); sim.addConversation(i % 2 ? `c2c_u${i}` : `group_g${i}`); }
  sim.login('me');
  const manager = new ConversationManager(positionPaging ? new PositionPagingBridge(sim) : sim);
  const store = new ConversationStore(manager, { onError: (e) => { throw e; } });
  await store.ready();
  const settle = async () => { await sim.settle(); await store.settled(); };
  return { clock, sim, manager, store, settle };
}

async function drain(it: AsyncIterator<ConvInfo[]>, between: (page: number) => Promise<void>): Promise<string[]> {
  const out: string[] = [];
  for (let page = 0; ; page++) {
    const r = await it.next();
    if (r.done) return out;
    out.push(...r.value.map(idOf));
    await between(page);
  }
}

describe('store: pages()', () => {
  for (const positionPaging of [false, true]) {
    it(`lists each conversation once while others move${positionPaging ? ', over a position cursor' : ''}`, async () => {
      const w = await setup(positionPaging);
      const seen = await drain(w.store.pages({}, 4)[Symbol.asyncIterator](), async (page) => {
        if (page === 0) w.sim.deliverMessage('c2c_u1'); // from the end to the top: ahead of the cursor
        if (page === 1) w.sim.deliverMessage('group_g18'); // already listed: would come again
        if (page === 2) w.sim.addConversation('c2c_late');
        if (page === 3) await w.manager.deleteConversationList(['c2c_u3', 'group_g16'], false); // one listed, one not yet
        await w.settle();
      });
      assert.equal(new Set(seen).size, seen.length, `no repeats: ${seen}`);
      const now = w.store.conversations().map(idOf);
      assert.deepEqual(now.filter((k) => !seen.includes(k)), [], 'everything there now, including what appeared meanwhile');
      assert.deepEqual(seen.filter((k) => !now.includes(k)), ['group_g16'], 'a deleted conversation only if it was listed before');
    });
  }

  it('applies the filter, also to conversations that come to match while paging', async () => {
    const w = await setup(false);
    w.sim.deliverMessage('c2c_u3');
    await w.settle();
    const filter = { conversation_list_filter_conv_type: 1, conversation_list_filter_has_unread_count: true };
    const seen = await drain(w.store.pages(filter, 3)[Symbol.asyncIterator](), async (page) => {
      // The SDK's only page (c2c_u3) has been read; these come to match afterwards.
      if (page === 0) { w.sim.deliverMessage('c2c_u1'); w.sim.deliverMessage('c2c_u19'); w.sim.deliverMessage('group_g2'); }
      await w.settle();
    });
    assert.deepEqual(seen, ['c2c_u3', 'c2c_u19', 'c2c_u1']);
  });

  it('checks the page size and the filter when called, before any SDK call', async () => {
    const w = await setup(false);
    const bad = (path: string) => (e: unknown) => e instanceof TimError && e.code === -4 && e.problems.some((p) => p.path.endsWith(path));
    assert.throws(() => w.store.pages({}, 0), bad('/pageSize'));
    assert.throws(() => w.store.pages({}, 1.5), bad('/pageSize'));
    assert.throws(() => w.store.pages({}, 5000), bad('/pageSize'));
    assert.throws(() => w.store.pages({}, 5000), { message: 'ConversationStore.pages: pageSize must be from 1 to 1000 (rule range, value 5000)' });
    assert.throws(() => w.store.pages({}, '7' as never), { message: 'ConversationStore.pages: pageSize must be an integer (rule integer, value "7")' });
    assert.throws(() => w.store.pages({ conversation_list_filter_conv_type: 'c2c' } as never, 10), bad('/conversation_list_filter_conv_type'));
  });

  it('passes an SDK failure on to the loop', async () => {
    const w = await setup(false);
    w.sim.logout();
    await assert.rejects(w.store.pages({}, 5).next(), (e: unknown) => e instanceof TimError && e.code === 6014);
  });
});
