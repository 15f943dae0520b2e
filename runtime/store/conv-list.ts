// The conversation list as a model: entries by ID, kept in list order, changed by SDK events and by
// list loads, and the record of what changed since the last coalesced change. No SDK calls here.
import type { ConvInfo } from '../generated/types.ts';
import { compareEntries, isActivity, keyOf, makeEntry, type Entry } from './entry.ts';
import { movedEntries, type KeyChange } from './moves.ts';
import { sameValue } from './same-value.ts';
import { orderBy, SortedRuns } from '../sorted-runs.ts';

/** What happened to the list since the previous change; IDs are "c2c_<userID>" / "group_<groupID>". */
export interface ListChange {
  /** Conversations that appeared, in list order. */
  readonly added: readonly string[];
  /** Conversations whose ConvInfo differs (added ones not included), in list order. */
  readonly changed: readonly string[];
  /** Conversations whose place relative to the others changed, in their new list order. */
  readonly moved: readonly string[];
  /** Conversations that left the list, in the order they had. */
  readonly removed: readonly string[];
}

/** One conversation update: `fresh` when it is new activity (or a new conversation). */
interface Step {
  readonly key: string;
  readonly info: ConvInfo;
  readonly fresh: boolean;
}

type JournalItem = { readonly steps: readonly Step[] } | { readonly removed: readonly string[] };

export class ConvList {
  private readonly entries = new Map<string, Entry>();
  private readonly sorted = new SortedRuns<Entry>(orderBy(compareEntries));
  private counter = 0;
  /** Each entry as it was at its first change since the last takeChange() (null: it was absent). */
  private readonly touched = new Map<string, Entry | null>();
  /** Counts every add, change and removal; `stamps` holds the count at each entry's last add or
   *  change, `lastRemoval` the count at the last removal. A paging pass compares them with the count
   *  it started at, so it registers nothing and an abandoned pass leaves nothing behind. */
  private clock = 0;
  private readonly stamps = new Map<string, number>();
  private lastRemoval = 0;
  /** Set when a conversation was pinned or unpinned next to one with the same active time. */
  private doubt = false;
  /** What upsert() and remove() did while a list load is in flight. */
  private journal: JournalItem[] | null = null;

  get size(): number {
    return this.entries.size;
  }

  get(key: string): ConvInfo | undefined {
    return this.entries.get(key)?.info;
  }

  entry(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  indexOf(key: string): number {
    const e = this.entries.get(key);
    return e ? this.sorted.indexOf(e) : -1;
  }

  at(index: number): ConvInfo | undefined {
    return this.sorted.at(index)?.info;
  }

  slice(start?: number, end?: number): ConvInfo[] {
    return this.sorted.slice(start, end).map((e) => e.info);
  }

  /** Every entry in list order. */
  forEach(visit: (e: Entry) => void): void {
    this.sorted.walk(0, this.sorted.size, (e) => { visit(e); return true; });
  }

  get pending(): boolean {
    return this.touched.size > 0;
  }

  /** A point in the list's history, for changedSince() and removedSince(). */
  mark(): number {
    return this.clock;
  }

  /** Entries added or changed since `mark` that the list still holds. */
  changedSince(mark: number): Entry[] {
    const out: Entry[] = [];
    for (const [key, stamp] of this.stamps) if (stamp > mark) out.push(this.entries.get(key)!);
    return out;
  }

  /** Whether a conversation left the list since `mark`. */
  removedSince(mark: number): boolean {
    return this.lastRemoval > mark;
  }

  /**
   * Adds or updates conversations, given in the order the SDK listed them. Among those with new
   * activity the first listed sorts first. Returns the ConvInfo that carry no conv_id.
   */
  upsert(infos: readonly ConvInfo[]): ConvInfo[] {
    const invalid: ConvInfo[] = [];
    const steps: Step[] = [];
    for (const info of infos) {
      const key = keyOf(info);
      if (key === undefined) { invalid.push(info); continue; }
      const old = this.entries.get(key);
      if (old && sameValue(old.info, info)) continue;
      steps.push({ key, info, fresh: !old || isActivity(old, info) });
    }
    this.journal?.push({ steps });
    this.apply(steps);
    return invalid;
  }

  /** Removes conversations; IDs not in the list are ignored. */
  remove(keys: readonly string[]): void {
    this.journal?.push({ removed: keys });
    this.drop(keys);
  }

  /**
   * Starts recording what upsert() and remove() do, until the next replaceAll() (or dropJournal()).
   * A list load answers with the list as it was at some point among the events that arrive while
   * it is in flight; replaying them all on top of the loaded list gives the list as of the last one,
   * whichever point that was, because each event carries the whole state of its conversations.
   */
  startJournal(): void {
    this.journal ??= [];
  }

  dropJournal(): void {
    this.journal = null;
  }

  /**
   * True once since a pin or unpin put a conversation among others with the same active time. The
   * SDK orders those by their last activity, which ConvInfo does not show when the store never saw
   * both: only a list load can tell, so the store reloads then.
   */
  takeOrderDoubt(): boolean {
    const d = this.doubt;
    this.doubt = false;
    return d;
  }

  /**
   * Makes the list equal to `infos`, a complete list in the SDK's order: conversations missing from
   * it are removed, the others added or updated. Equal active times keep the SDK's order. Returns
   * the ConvInfo that carry no conv_id.
   */
  replaceAll(infos: readonly ConvInfo[]): ConvInfo[] {
    const invalid: ConvInfo[] = [];
    const next = new Map<string, ConvInfo>();
    for (const info of infos) {
      const key = keyOf(info);
      if (key === undefined) invalid.push(info);
      else next.set(key, info);
    }
    this.drop([...this.entries.keys()].filter((k) => !next.has(k)));
    const ordered = this.numberInListOrder([...next]);
    for (const e of ordered) {
      const old = this.entries.get(e.key);
      if (old && old.seq === e.seq && sameValue(old.info, e.info)) continue;
      this.touch(e.key, old ?? null);
      this.entries.set(e.key, e);
    }
    const all = [...this.entries.values()].sort(compareEntries);
    this.sorted.load(all);
    this.doubt = false;
    const journal = this.journal ?? [];
    this.journal = null;
    for (const item of journal) {
      if ('removed' in item) this.drop(item.removed);
      // The load may already show an update: replay only the ones that still change something.
      else this.apply(item.steps.filter((s) => this.differs(s)));
    }
    return invalid;
  }

  /** What changed since the previous call, or undefined when nothing did. */
  takeChange(): ListChange | undefined {
    if (this.touched.size === 0) return undefined;
    const added: Entry[] = [];
    const changed: Entry[] = [];
    const removed: Entry[] = [];
    const rekeyed: KeyChange[] = [];
    const unstable = new Set<string>();
    for (const [key, before] of this.touched) {
      const now = this.entries.get(key);
      if (!before) {
        if (now) { added.push(now); unstable.add(key); }
        continue;
      }
      if (!now) { removed.push(before); continue; }
      if (!sameValue(before.info, now.info)) changed.push(now);
      if (compareEntries(before, now) !== 0) { rekeyed.push({ before, now }); unstable.add(key); }
    }
    this.touched.clear();
    const moved = movedEntries(rekeyed, this.sorted, (e) => !unstable.has(e.key));
    if (!added.length && !changed.length && !moved.length && !removed.length) return undefined;
    const keys = (list: Entry[]) => list.sort(compareEntries).map((e) => e.key);
    return { added: keys(added), changed: keys(changed), moved: keys(moved), removed: keys(removed) };
  }

  /**
   * Puts updates in place; those with activity get new numbers, the first listed the highest. Each
   * step must differ from the entry the list holds for it (upsert() and the replay check that).
   */
  private apply(steps: readonly Step[]): void {
    const olds = steps.map((s) => this.entries.get(s.key));
    let next = this.counter;
    for (let i = 0; i < steps.length; i++) if (steps[i].fresh || !olds[i]) next++;
    this.counter = next;
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i];
      const old = olds[i];
      const e = makeEntry(s.key, s.info, s.fresh || !old ? next-- : old.seq);
      this.put(s.key, e);
      if (old && old.pinned !== e.pinned && this.tiesWithNeighbour(e)) this.doubt = true;
    }
  }

  private differs(s: Step): boolean {
    const old = this.entries.get(s.key);
    return !old || !sameValue(old.info, s.info);
  }

  private drop(keys: readonly string[]): void {
    for (const key of keys) {
      const old = this.entries.get(key);
      if (!old) continue;
      this.touch(key, old);
      this.entries.delete(key);
      this.stamps.delete(key);
      this.lastRemoval = this.clock;
      this.sorted.remove(old);
    }
  }

  private put(key: string, e: Entry): void {
    const old = this.entries.get(key);
    this.touch(key, old ?? null);
    this.entries.set(key, e);
    if (old && compareEntries(old, e) === 0) {
      this.sorted.replace(old, e);
      return;
    }
    if (old) this.sorted.remove(old);
    this.sorted.insert(e);
  }

  private tiesWithNeighbour(e: Entry): boolean {
    const i = this.sorted.indexOf(e);
    const same = (n: Entry | undefined) => n !== undefined && n.pinned === e.pinned && n.active === e.active;
    return same(this.sorted.at(i - 1)) || same(this.sorted.at(i + 1));
  }

  private touch(key: string, before: Entry | null): void {
    if (!this.touched.has(key)) this.touched.set(key, before);
    this.stamps.set(key, ++this.clock);
  }

  /**
   * Entries for a complete list in SDK order. A conversation active at a time no other shares keeps
   * its number; in a run of equal (pinned, active time) the old numbers stay when they already give
   * the SDK's order, and the run is numbered afresh otherwise.
   */
  private numberInListOrder(list: [string, ConvInfo][]): Entry[] {
    const out: Entry[] = [];
    for (let i = 0; i < list.length;) {
      let j = i + 1;
      const head = makeEntry(list[i][0], list[i][1], 0);
      while (j < list.length) {
        const e = makeEntry(list[j][0], list[j][1], 0);
        if (e.pinned !== head.pinned || e.active !== head.active) break;
        j++;
      }
      const run = list.slice(i, j);
      const olds = run.map(([key]) => this.entries.get(key));
      const keep = olds.every((o, k) => o !== undefined && (k === 0 || o.seq < olds[k - 1]!.seq));
      let next = this.counter + run.length;
      if (!keep) this.counter = next;
      run.forEach(([key, info], k) => out.push(makeEntry(key, info, keep ? olds[k]!.seq : next--)));
      i = j;
    }
    return out;
  }
}
