// The store when something around it fails or is left half done: a bridge that refuses a listener
// at a sync's finish or while the store starts, a host scheduler that throws, paging passes nobody
// finishes, and the reload an ordering doubt causes (the list only, not the badges).
import { strict as assert } from 'node:assert';
import type { ListenerCallback } from '../../runtime/bridge.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { ManualClock, SimulatorBridge } from '../../runtime/simulator/index.ts';
import { ConversationStore, type StoreOptions } from '../../runtime/store/index.ts';
import { TimError, TIMCONV_ERR_BRIDGE } from '../../runtime/errors.ts';
import { RecordingBridge } from './support/recording-bridge.ts';
import { idOf, storeOnSim, T0 } from './support/world.ts';

/** Refuses setListener while `refuse` says so. */
class RefusingBridge extends RecordingBridge {
  refuse: (setter: string) => boolean = () => false;

  override setListener(setter: string, listener: ListenerCallback | null): void {
    if (listener && this.refuse(setter)) throw new Error(`refused ${setter}`);
    super.setListener(setter, listener);
  }
}

async function setup(options: StoreOptions = {}, ids = ['c2c_a', 'c2c_b', 'group_g']) {
  const w = storeOnSim({ ids, unread: 1, options, bridge: (sim) => new RefusingBridge(sim) });
  await w.settle();
  w.changes.length = 0;
  return w;
}

/** Counts the Map, Set and array items held by an object's own fields, and by what those hold. */
function heldItems(root: object): number {
  const seen = new Set<unknown>();
  const count = (v: unknown): number => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return 0;
    seen.add(v);
    if (v instanceof Map) return v.size + [...v.values()].reduce<number>((n, x) => n + (x instanceof Set || x instanceof Map ? count(x) : 0), 0);
    if (v instanceof Set) return v.size + [...v].reduce<number>((n, x) => n + (x instanceof Set || x instanceof Map ? count(x) : 0), 0);
    return Array.isArray(v) ? v.length : 0;
  };
  return Object.values(root).reduce<number>((n, v) => n + count(v), 0);
}

describe('store: failures around it', () => {
  it('a sync whose finish cannot set the listeners again still reloads and delivers its change', async () => {
    const w = await setup();
    w.sim.logout();
    w.clock.advance();
    w.sim.addConversation('c2c_new', { unread: 1 });
    w.bridge.refuse = (setter) => setter === 'TIMSetConvTotalUnreadMessageCountChangedCallback';
    w.sim.login('me');
    await w.settle();
    assert.deepEqual(w.errors.map((e) => e.kind), ['listen-failed']);
    assert.ok(w.errors[0].error instanceof TimError && w.errors[0].error.code === TIMCONV_ERR_BRIDGE);
    assert.ok(w.store.get('c2c_new'), 'the reload ran');
    assert.deepEqual(w.changes.map((c) => c.added), [['c2c_new']], 'the change was not held back');
    // Changes after the sync are no longer held either.
    w.clock.advance();
    w.sim.deliverMessage('c2c_a');
    await w.settle();
    assert.equal(w.changes.length, 2);
    assert.deepEqual(w.changes[1].moved, ['c2c_a']);
  });

  it('a store whose listeners cannot all be added throws and leaves none behind', () => {
    const sim = new SimulatorBridge();
    const bridge = new RefusingBridge(sim);
    bridge.refuse = (setter) => setter === 'TIMSetConvConversationGroupCreatedCallback';
    const manager = new ConversationManager(bridge);
    assert.throws(() => new ConversationStore(manager, { onError: () => {} }), (e: unknown) => e instanceof TimError && e.code === TIMCONV_ERR_BRIDGE);
    assert.deepEqual([...bridge.set.keys()], [], 'every native listener set before the failure was cleared');
    for (const event of ['convEvent', 'totalUnreadMessageCountChanged', 'unreadMessageCountChangedByFilter']) assert.equal(manager.listenerCount(event), 0, event);
    assert.equal(bridge.calls.length, 0, 'no load was started');
  });

  it('a flush scheduler that throws is reported, and the next change is scheduled again', async () => {
    let fail = false;
    const scheduled: (() => void)[] = [];
    const w = await setup({
      flush: (run) => {
        if (fail) throw new Error('scheduler down');
        scheduled.push(run);
      },
    });
    for (const run of scheduled.splice(0)) run();
    w.changes.length = 0;
    fail = true;
    w.clock.advance();
    w.sim.deliverMessage('c2c_a');
    await w.settle();
    assert.ok(w.errors.length > 0 && w.errors.every((e) => e.kind === 'schedule-failed'), 'reported');
    assert.equal(w.changes.length, 0);
    fail = false;
    w.clock.advance();
    w.sim.deliverMessage('c2c_b');
    await w.settle();
    assert.equal(scheduled.length, 1, 'scheduled again');
    scheduled[0]();
    assert.equal(w.changes.length, 1);
    assert.deepEqual(w.changes[0].changed, ['c2c_b', 'c2c_a'], 'both messages in the one change');
  });

  it('paging passes left unfinished hold nothing while the list keeps changing', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `c2c_u${i}`);
    const run = async (abandoned: number) => {
      const w = await setup({}, ids);
      for (let i = 0; i < abandoned; i++) {
        const it = w.store.pages({}, 2);
        assert.equal((await it.next()).done, false); // one page read, then left alone
      }
      for (let round = 0; round < 5; round++) {
        for (const id of ids) { w.clock.advance(); w.sim.deliverMessage(id); }
        await w.settle();
      }
      return heldItems((w.store as unknown as { list: object }).list);
    };
    assert.equal(await run(20), await run(0));
  });

  it('a reload for an ordering doubt reloads the list only, not the badge subscriptions', async () => {
    // Two conversations active in the same second: pinning one of them puts the store in doubt.
    const clock = new ManualClock(T0);
    const sim = new SimulatorBridge({ clock: clock.now });
    sim.addConversation('c2c_a');
    sim.addConversation('c2c_b');
    sim.addConversation('c2c_p', { pinned: true });
    sim.login('me');
    const bridge = new RecordingBridge(sim);
    const manager = new ConversationManager(bridge);
    const store = new ConversationStore(manager, { onError: (e) => { throw e; } });
    store.watchUnread('c2c', { conversation_list_filter_conv_type: 1 });
    const settle = async () => { for (let i = 0; i < 3; i++) { await sim.settle(); await store.settled(); } };
    await settle();
    const fns = ['TIMConvGetConvList', 'TIMConvSubscribeUnreadMessageCountByFilter', 'TIMConvGetTotalUnreadMessageCount', 'TIMConvGetConversationGroupList'];
    const counts = fns.map((fn) => bridge.count(fn));
    await manager.pinConversation('b', 1, true);
    await settle();
    const after = fns.map((fn) => bridge.count(fn));
    assert.equal(after[0], counts[0] + 1, 'the list was reloaded once');
    assert.deepEqual(after.slice(1), counts.slice(1), 'no subscription or badge read was made again');
    assert.deepEqual(store.conversations().map(idOf), (await manager.getConvList()).map(idOf));
    assert.equal(store.unread('c2c'), 0);
  });
});
