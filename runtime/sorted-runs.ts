// A list kept in sorted order, stored as a list of short sorted runs (the layout of Python's
// sortedcontainers). Finding a place costs a binary search over the runs' last items and one inside
// a run; a change then moves items inside that one run only, so insert and remove cost about the
// same at 1k and at 100k items. Keys may repeat: among equal keys an item is found by identity.
// Both the store's conversation list and the simulator's indexes are kept in one of these.

/** Runs grow to this many items, then split in halves. */
const RUN_MAX = 512;

/** How a SortedRuns orders its items: by a key each item carries, which must not change while the
 *  item is held (to change it, remove the item and insert it again). */
export interface RunOrder<T, K> {
  keyOf(item: T): K;
  /** Negative when `item` sorts before `key`, zero when its key equals `key`. */
  compare(item: T, key: K): number;
}

/** The order of items that are their own key, given a comparator of two items. */
export function orderBy<T>(compare: (a: T, b: T) => number): RunOrder<T, T> {
  return { keyOf: (item) => item, compare };
}

/** Where an item sits: run number and offset inside that run. */
interface Place {
  run: number;
  offset: number;
}

export class SortedRuns<T, K = T> {
  private runs: T[][] = [];
  private count = 0;
  // Kept as fields, not read through the order object on every comparison.
  private readonly keyOf: (item: T) => K;
  private readonly compare: (item: T, key: K) => number;

  constructor(order: RunOrder<T, K>) {
    this.keyOf = order.keyOf;
    this.compare = order.compare;
  }

  get size(): number {
    return this.count;
  }

  /** Replaces the contents with `items`, which must already be in order. */
  load(items: readonly T[]): void {
    const half = RUN_MAX >> 1;
    this.runs = [];
    for (let i = 0; i < items.length; i += half) this.runs.push(items.slice(i, i + half));
    this.count = items.length;
  }

  /** Adds `item` before any items with an equal key. */
  insert(item: T): void {
    this.count++;
    if (this.runs.length === 0) {
      this.runs.push([item]);
      return;
    }
    const key = this.keyOf(item);
    let r = this.firstRun(key, false);
    if (r === this.runs.length) r--;
    const run = this.runs[r];
    run.splice(this.bound(run, key, false), 0, item);
    if (run.length > RUN_MAX) this.runs.splice(r + 1, 0, run.splice(run.length >> 1));
  }

  /** Removes `item` (found by its key, then by identity); false when it is not held. */
  remove(item: T): boolean {
    const at = this.locate(item);
    if (!at) return false;
    const run = this.runs[at.run];
    run.splice(at.offset, 1);
    this.count--;
    if (run.length === 0) this.runs.splice(at.run, 1);
    return true;
  }

  /** Puts `next` where `item` is; both must have equal keys. False when `item` is not held. */
  replace(item: T, next: T): boolean {
    const at = this.locate(item);
    if (!at) return false;
    this.runs[at.run][at.offset] = next;
    return true;
  }

  /** Position of `item`, or -1. */
  indexOf(item: T): number {
    const at = this.locate(item);
    return at ? this.before(at.run) + at.offset : -1;
  }

  /** How many items sort before `key` (which no item need have). */
  rank(key: K): number {
    const r = this.firstRun(key, false);
    return r === this.runs.length ? this.count : this.before(r) + this.bound(this.runs[r], key, false);
  }

  at(index: number): T | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    for (const run of this.runs) {
      if (index < run.length) return run[index];
      index -= run.length;
    }
    return undefined;
  }

  /** Items from position `start` up to (not including) `end`. */
  slice(start = 0, end = this.count): T[] {
    const out: T[] = [];
    this.walk(start, end, (item) => { out.push(item); return true; });
    return out;
  }

  /** Calls `visit` for the items from position `start` to `end` in order until it returns false. */
  walk(start: number, end: number, visit: (item: T) => boolean): void {
    let skip = Math.max(0, start);
    let left = Math.min(end, this.count) - skip;
    for (const run of this.runs) {
      if (left <= 0) return;
      if (skip >= run.length) { skip -= run.length; continue; }
      for (let i = skip; i < run.length && left > 0; i++, left--) if (!visit(run[i])) return;
      skip = 0;
    }
  }

  /** A cursor over the items whose key comes strictly after `key` (all of them when null): it
   *  skips every item with an equal key. */
  cursorAfter(key: K | null): RunCursor<T> {
    if (key === null) return new RunCursor(this.runs, 0, 0);
    const r = this.firstRun(key, true);
    return new RunCursor(this.runs, r, r === this.runs.length ? 0 : this.bound(this.runs[r], key, true));
  }

  /** The place of `item` itself: the first with its key, then on through equal keys by identity. */
  private locate(item: T): Place | undefined {
    const key = this.keyOf(item);
    let r = this.firstRun(key, false);
    if (r === this.runs.length) return undefined;
    let i = this.bound(this.runs[r], key, false);
    for (;;) {
      const run = this.runs[r];
      if (!run) return undefined;
      if (i === run.length) { r++; i = 0; continue; }
      if (run[i] === item) return { run: r, offset: i };
      if (this.compare(run[i], key) !== 0) return undefined;
      i++;
    }
  }

  /** Items in the runs before run `r`. */
  private before(r: number): number {
    let n = 0;
    for (let i = 0; i < r; i++) n += this.runs[i].length;
    return n;
  }

  /** First run whose last item does not sort before `key` (sorts after it, when `strict`). */
  private firstRun(key: K, strict: boolean): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const run = this.runs[mid];
      const c = this.compare(run[run.length - 1], key);
      if (c < 0 || (strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First offset in `run` whose item does not sort before `key` (sorts after it, when `strict`). */
  private bound(run: readonly T[], key: K, strict: boolean): number {
    let lo = 0;
    let hi = run.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(run[mid], key);
      if (c < 0 || (strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Walks a SortedRuns forward. Valid only while the list is not changed. */
export class RunCursor<T> {
  constructor(private readonly runs: readonly T[][], private run: number, private offset: number) {}

  next(): T | undefined {
    while (this.run < this.runs.length) {
      const items = this.runs[this.run];
      if (this.offset < items.length) return items[this.offset++];
      this.run++;
      this.offset = 0;
    }
    return undefined;
  }
}
