// The store against the simulator under random server events, with a logout and a login halfway:
// after every tick the store equals a fresh getConvList, every badge equals reconcileUnread()'s
// recount, and every coalesced change says exactly what happened. pages() runs alongside and must
// list each matching conversation once.
//
// Size: TIMCONV_STORE_PROPERTY=full runs the full size (10,000 conversations, 1,000 events); the
// default is a smaller run for CI. TIMCONV_STORE_SEED picks another seed.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ConvInfo, TIMConversationListFilter } from '../../runtime/generated/types.ts';
import { matchesFilter } from '../../runtime/store/index.ts';
import { assertChangeExplains, type Snapshot } from './support/change-check.ts';
import { apply, isServerSide, storeEvent, type StoreEvent } from './support/random-events.ts';
import { assertBadgesReconcile, assertStoreEqualsSdk, idOf, makeWorld, settle, type World } from './support/world.ts';

const FULL = process.env.TIMCONV_STORE_PROPERTY === 'full';
const CONVERSATIONS = FULL ? 10_000 : 2_000;
const EVENTS = FULL ? 1_000 : 300;
const SEED = Number(process.env.TIMCONV_STORE_SEED ?? 20240513);
/** A pages() pass takes about 20 ticks, so the list changes many times under each one. */
const PAGE_SIZE = Math.ceil(CONVERSATIONS / 20);

const PAGE_FILTERS: TIMConversationListFilter[] = [
  {},
  { conversation_list_filter_conv_type: 2 },
  { conversation_list_filter_has_unread_count: true },
  { conversation_list_filter_mark_type: 1n },
];

/** One pages() pass in progress: what it yielded, and the conversations that matched at every tick so far. */
interface Paging {
  filter: TIMConversationListFilter;
  it: AsyncIterator<ConvInfo[]>;
  yielded: string[];
  alwaysMatched: Set<string>;
  everMatched: Set<string>;
}

function matching(w: World, filter: TIMConversationListFilter): Set<string> {
  return new Set(w.store.conversations().filter((c) => matchesFilter(filter, c)).map(idOf));
}

function startPaging(w: World, round: number): Paging {
  const filter = PAGE_FILTERS[round % PAGE_FILTERS.length];
  const now = matching(w, filter);
  return { filter, it: w.store.pages(filter, PAGE_SIZE)[Symbol.asyncIterator](), yielded: [], alwaysMatched: now, everMatched: new Set(now) };
}

/** Reads one page; true when the pass has ended (and was checked). */
async function stepPaging(w: World, p: Paging, where: string): Promise<boolean> {
  const r = await p.it.next();
  if (!r.done) {
    p.yielded.push(...r.value.map(idOf));
    return false;
  }
  const yielded = new Set(p.yielded);
  assert.equal(yielded.size, p.yielded.length, `${where}: pages() yielded a conversation twice`);
  for (const k of p.alwaysMatched) assert.ok(yielded.has(k), `${where}: pages() skipped ${k}, which matched throughout`);
  for (const k of yielded) assert.ok(p.everMatched.has(k), `${where}: pages() yielded ${k}, which never matched`);
  return true;
}

function notePaging(w: World, p: Paging): void {
  const now = matching(w, p.filter);
  for (const k of [...p.alwaysMatched]) if (!now.has(k)) p.alwaysMatched.delete(k);
  for (const k of now) p.everMatched.add(k);
}

async function run(events: StoreEvent[], sizes: number[]): Promise<void> {
  const w = await makeWorld(CONVERSATIONS, SEED);
  await assertStoreEqualsSdk(w, 'after ready');
  await assertBadgesReconcile(w, 'after ready');
  let snapshot: Snapshot = w.store.conversations();
  let checked = 0;
  w.store.onChange((change) => {
    const next = w.store.conversations();
    assertChangeExplains(snapshot, next, change, `change ${++checked}`);
    assert.ok(change.added.length + change.changed.length + change.moved.length + change.removed.length > 0
      || change.totalUnread || change.unreadFilters.length > 0 || change.unreadGroups.length > 0 || change.groups, 'an empty change');
    snapshot = next;
  });
  const logoutAt = Math.floor(events.length / 2);
  let paging = startPaging(w, 0);
  let rounds = 0;
  let at = 0;
  for (let t = 0; at < events.length; t++) {
    const where = `tick ${t} (events ${at}..)`;
    const size = sizes[t % sizes.length];
    if (at <= logoutAt && at + size > logoutAt) {
      // Logged out: only the server changes things, silently; the login's sync must bring it all in.
      w.sim.logout();
      for (const e of events.slice(at, at + size).filter(isServerSide)) await apply(w, e);
      w.sim.login('me');
    } else {
      for (const e of events.slice(at, at + size)) await apply(w, e);
    }
    at += size;
    await settle(w);
    await assertStoreEqualsSdk(w, where);
    await assertBadgesReconcile(w, where);
    assert.deepEqual(w.errors, [], `${where}: nothing reported to onError (a failed change check lands there)`);
    notePaging(w, paging);
    if (await stepPaging(w, paging, `${where}, pages round ${rounds}`)) paging = startPaging(w, ++rounds);
  }
  while (!(await stepPaging(w, paging, 'final pages'))) notePaging(w, paging);
  assert.deepEqual(w.errors, []);
  assert.ok(checked > events.length / 10, `changes were checked (${checked})`);
  assert.ok(rounds >= 2, `pages() completed ${rounds} passes`);
  w.store.dispose();
  w.manager.dispose();
}

describe('conversation store: property test on the simulator', function () {
  this.timeout(FULL ? 600_000 : 120_000);

  it(`${CONVERSATIONS} conversations, ${EVENTS} random events (seed ${SEED}), a logout and login: store = getConvList and badges = recount after every tick`, async () => {
    // One fixed run from the seed (no shrinking: a failure names its tick, and the seed replays it).
    const [events] = fc.sample(fc.array(storeEvent, { minLength: EVENTS, maxLength: EVENTS }), { seed: SEED, numRuns: 1 });
    const [sizes] = fc.sample(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 8, maxLength: 8 }), { seed: SEED + 1, numRuns: 1 });
    await run(events, sizes);
  });
});
