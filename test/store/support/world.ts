// A simulator with many conversations, a manager and a store over it, and the checks the store
// tests share: the store equals a fresh getConvList, every badge equals the recount from the list.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ConversationManager } from '../../../runtime/generated/conversation-manager.ts';
import type { ConvInfo, TIMConversationListFilter } from '../../../runtime/generated/types.ts';
import { ManualClock, SimulatorBridge } from '../../../runtime/simulator/index.ts';
import { ConversationStore, type StoreChange, type StoreOptions } from '../../../runtime/store/index.ts';
import { sameValue } from '../../../runtime/store/same-value.ts';
import { stringify } from '../../../runtime/json64.ts';
import { RecordingBridge } from './recording-bridge.ts';

export const T0 = 1_700_000_000;

/** Filters the property tests watch: types, unread, marks (predefined and extension), no group, @ info. */
export const WATCHES: Record<string, TIMConversationListFilter> = {
  c2c: { conversation_list_filter_conv_type: 1 },
  groupsWithUnread: { conversation_list_filter_conv_type: 2, conversation_list_filter_has_unread_count: true },
  starred: { conversation_list_filter_mark_type: 1n },
  appMark: { conversation_list_filter_mark_type: 1n << 32n },
  ungrouped: { conversation_list_filter_conversation_group: '' },
  mentioned: { conversation_list_filter_has_group_at_info: true },
};

export interface World {
  sim: SimulatorBridge;
  clock: ManualClock;
  manager: ConversationManager;
  store: ConversationStore;
  changes: StoreChange[];
  errors: unknown[];
}

const seedShape = fc.record({
  advance: fc.integer({ min: 0, max: 4 }),
  group: fc.integer({ min: 0, max: 99 }),
  unread: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 19 })),
  recvOpt: fc.oneof({ weight: 17, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }),
  pinned: fc.integer({ min: 0, max: 99 }),
  at: fc.integer({ min: 0, max: 19 }),
  atType: fc.integer({ min: 1, max: 3 }),
});

/**
 * `count` conversations created while logged out (silently), several per second so that equal
 * active times are common, some pinned, muted in each way, with unread counts and @ info.
 */
export function seedConversations(sim: SimulatorBridge, clock: ManualClock, count: number, seed: number): void {
  const seeds = count ? fc.sample(seedShape, { seed, numRuns: count }) : [];
  seeds.forEach((s, i) => {
    if (s.advance === 0) clock.advance();
    const group = s.group < 35;
    sim.addConversation(group ? `group_g${i}` : `c2c_u${i}`, {
      unread: s.unread,
      recvOpt: s.recvOpt,
      pinned: s.pinned === 0,
      atInfo: group && s.at === 0 ? [{ seq: 1, atType: s.atType }] : [],
      lastMessage: { message_elem_array: [{ elem_type: 0, text_elem_content: `hello ${i}` }] },
    });
  });
}

export async function makeWorld(count: number, seed: number, options: StoreOptions & { watch?: boolean } = {}): Promise<World> {
  const clock = new ManualClock(T0);
  const sim = new SimulatorBridge({ clock: clock.now });
  seedConversations(sim, clock, count, seed);
  sim.login('me');
  const manager = new ConversationManager(sim);
  const errors: unknown[] = [];
  const store = new ConversationStore(manager, { onError: (e) => errors.push(e), ...options });
  const changes: StoreChange[] = [];
  store.onChange((c) => changes.push(c));
  if (options.watch !== false) for (const [name, f] of Object.entries(WATCHES)) store.watchUnread(name, f);
  await store.ready();
  await settle({ sim, store });
  return { sim, clock, manager, store, changes, errors };
}

/**
 * A few conversations (`ids`, created one second apart with `unread` each, logged in unless told
 * otherwise) and a store over them through a recording bridge; nothing is awaited yet. Errors the
 * store reports and every change it delivers are collected.
 */
export function storeOnSim<B extends RecordingBridge = RecordingBridge>(setup: {
  ids: readonly string[];
  unread: number;
  login?: boolean;
  options?: StoreOptions;
  bridge?: (sim: SimulatorBridge) => B;
}) {
  const clock = new ManualClock(T0);
  const sim = new SimulatorBridge({ clock: clock.now });
  for (const id of setup.ids) { clock.advance(); sim.addConversation(id, { unread: setup.unread }); }
  if (setup.login !== false) sim.login('me');
  const bridge = setup.bridge ? setup.bridge(sim) : new RecordingBridge(sim);
  const manager = new ConversationManager(bridge);
  const errors: { error: unknown; kind: string }[] = [];
  const store = new ConversationStore(manager, { onError: (error, c) => errors.push({ error, kind: c.kind }), ...setup.options });
  const changes: StoreChange[] = [];
  store.onChange((c) => changes.push(c));
  return { clock, sim, bridge: bridge as B, manager, store, changes, errors, settle: () => settle({ sim, store }) };
}

/** Lets the simulator deliver everything and the store finish what that started. */
export async function settle(w: Pick<World, 'sim' | 'store'>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await w.sim.settle();
    await w.store.settled();
  }
}

export function idOf(info: ConvInfo): string {
  return ConversationStore.idOf(info)!;
}

/** The store's list equals a fresh getConvList, item by item and in order. */
export async function assertStoreEqualsSdk(w: World, where: string): Promise<void> {
  const fresh = await w.manager.getConvList();
  const mine = w.store.conversations();
  if (mine.length === fresh.length && mine.every((c, i) => sameValue(c, fresh[i]))) return;
  const i = mine.findIndex((c, k) => !sameValue(c, fresh[k]));
  assert.fail(`${where}: store differs from getConvList (sizes ${mine.length} / ${fresh.length}) first at ${i}:\n`
    + `store: ${mine[i] ? stringify(mine[i]) : '-'}\nsdk:   ${fresh[i] ? stringify(fresh[i]) : '-'}`);
}

/** Every badge equals the recount from the list and the SDK's fresh answer. */
export async function assertBadgesReconcile(w: World, where: string): Promise<void> {
  const r = await w.store.reconcileUnread();
  assert.deepEqual(r.drift, [], `${where}: unread drift ${stringify(r.drift)}`);
  assert.deepEqual(r.filters.map((f) => f.name), Object.keys(WATCHES), `${where}: every watched filter reported`);
  assert.deepEqual(r.groups.map((g) => g.name), await w.manager.getConversationGroupList(), `${where}: one badge per group`);
}
