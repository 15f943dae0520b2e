// Which conversations moved during one coalesced change. A conversation whose sort key changed has
// moved when its place relative to some other conversation that stayed in the list is different
// now: either a conversation whose key did not change lies between its old and its new key, or
// another conversation whose key changed too swapped order with it. A conversation that gets a new
// message while already first has a new key but has not moved. Cost: O(k log k) for k conversations
// whose key changed, plus a short walk per conversation in the list.
import { compareEntries, type Entry } from './entry.ts';
import type { SortedRuns } from '../sorted-runs.ts';

export interface KeyChange {
  readonly before: Entry;
  readonly now: Entry;
}

/**
 * The entries of `changes` that moved. `stable(e)` tells whether an entry of the current list kept
 * its key through the change (it was neither added nor re-keyed).
 */
export function movedEntries(changes: readonly KeyChange[], list: SortedRuns<Entry>, stable: (e: Entry) => boolean): Entry[] {
  const moved = new Set<KeyChange>();
  for (const c of changes) if (stableBetween(c, list, stable)) moved.add(c);
  for (const c of swapped(changes)) moved.add(c);
  return changes.filter((c) => moved.has(c)).map((c) => c.now);
}

/** True when an entry that kept its key sits between the old and the new key of `c`. */
function stableBetween(c: KeyChange, list: SortedRuns<Entry>, stable: (e: Entry) => boolean): boolean {
  const at = list.indexOf(c.now);
  const oldRank = list.rank(c.before); // counts `c.now` too when it now sorts before its old key
  const up = compareEntries(c.now, c.before) < 0;
  const start = up ? at + 1 : oldRank;
  const end = up ? oldRank : at;
  let found = false;
  list.walk(start, end, (e) => {
    if (e !== c.now && stable(e)) found = true;
    return !found;
  });
  return found;
}

/** The changes whose order relative to another change flipped. */
function swapped(changes: readonly KeyChange[]): KeyChange[] {
  if (changes.length < 2) return [];
  const byOld = [...changes].sort((a, b) => compareEntries(a.before, b.before));
  const out = new Set<KeyChange>();
  // Walking in old order, an entry whose new key comes before the latest new key seen so far has
  // been overtaken by (or has overtaken) an entry that came before it.
  let latest: Entry | undefined;
  for (const c of byOld) {
    if (latest && compareEntries(c.now, latest) < 0) out.add(c);
    if (!latest || compareEntries(c.now, latest) > 0) latest = c.now;
  }
  let earliest: Entry | undefined;
  for (let i = byOld.length - 1; i >= 0; i--) {
    const c = byOld[i];
    if (earliest && compareEntries(c.now, earliest) > 0) out.add(c);
    if (!earliest || compareEntries(c.now, earliest) < 0) earliest = c.now;
  }
  return [...out];
}
