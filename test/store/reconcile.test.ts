// reconcileUnread(): recount from the list under the SDK's rule (receive options 1, 2 and 3 do not
// count), beside the SDK's fresh answer and the badge, with drift reported figure by figure.
import { strict as assert } from 'node:assert';
import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../../runtime/bridge.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { ManualClock, SimulatorBridge } from '../../runtime/simulator/index.ts';
import { ConversationStore } from '../../runtime/store/index.ts';
import { T0 } from './support/world.ts';

/** The simulator behind knobs: the total read can be off by some amount, and by-filter events can be lost. */
class FaultyBridge implements Bridge {
  totalOffset = 0;
  dropFilterEvents = false;
  constructor(private readonly sim: SimulatorBridge) {}

  call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number {
    if (fn !== 'TIMConvGetTotalUnreadMessageCount' || !this.totalOffset) return this.sim.call(fn, args, done);
    return this.sim.call(fn, args, (code, desc, json) => {
      const n = JSON.parse(json).conv_get_total_unread_message_count_result_unread_count + this.totalOffset;
      done!(code, desc, `{"conv_get_total_unread_message_count_result_unread_count":${n}}`);
    });
  }

  setListener(setter: string, listener: ListenerCallback | null): void {
    const filtered = listener && setter === 'TIMSetConvUnreadMessageCountChangedByFilterCallback'
      ? (...a: BridgeArg[]) => { if (!this.dropFilterEvents) listener(...a); }
      : listener;
    this.sim.setListener(setter, filtered);
  }
}

async function setup() {
  const sim = new SimulatorBridge({ clock: new ManualClock(T0).now });
  [0, 1, 2, 3].forEach((opt) => sim.addConversation(`c2c_r${opt}`, { unread: 5, recvOpt: opt }));
  sim.addConversation('group_g', { unread: 7 });
  sim.login('me');
  const bridge = new FaultyBridge(sim);
  const store = new ConversationStore(new ConversationManager(bridge), { onError: (e) => { throw e; } });
  store.watchUnread('c2c', { conversation_list_filter_conv_type: 1 });
  await store.ready();
  const settle = async () => { for (let i = 0; i < 3; i++) { await sim.settle(); await store.settled(); } };
  await settle();
  return { sim, bridge, store, settle };
}

describe('store: reconcileUnread()', () => {
  it('counts only conversations that receive normally, and agrees with the SDK and the badges', async () => {
    const { store } = await setup();
    const r = await store.reconcileUnread();
    assert.deepEqual(r.total, { kind: 'total', name: 'total', fromList: 12, fromSdk: 12, badge: 12 });
    assert.deepEqual(r.filters.map((f) => [f.name, f.fromList, f.fromSdk, f.badge]), [['c2c', 5, 5, 5]]);
    assert.deepEqual(r.drift, []);
  });

  it('reports the SDK disagreeing with the list', async () => {
    const { store, bridge } = await setup();
    bridge.totalOffset = 3;
    const r = await store.reconcileUnread();
    assert.deepEqual(r.drift.map((f) => [f.name, f.fromList, f.fromSdk, f.badge]), [['total', 12, 15, 12]]);
  });

  it('reports a badge that missed an event', async () => {
    const { sim, store, bridge, settle } = await setup();
    bridge.dropFilterEvents = true;
    sim.deliverMessage('c2c_r0');
    await settle();
    assert.equal(store.unread('c2c'), 5, 'the event was lost');
    const r = await store.reconcileUnread();
    assert.deepEqual(r.drift.map((f) => [f.name, f.fromList, f.fromSdk, f.badge]), [['c2c', 6, 6, 5]]);
    assert.equal(r.total.badge, 13, 'the total event did arrive');
  });

  it('includes one figure per conversation group', async () => {
    const { sim, store, settle } = await setup();
    sim.deliverMessage('group_g');
    await new ConversationManager(sim).createConversationGroup('raid', ['group_g', 'c2c_r2']);
    await settle();
    const r = await store.reconcileUnread();
    assert.deepEqual(r.groups.map((f) => [f.name, f.fromList, f.fromSdk, f.badge]), [['raid', 8, 8, 8]]);
    assert.deepEqual(r.drift, []);
  });
});
