// A list kept sorted by a comparator, stored as short sorted runs. Insert, remove and position
// lookups cost a binary search over the runs plus one over a run and a move inside one run, so a
// change costs about the same at 1k and at 100k items. Items must not change their sort key while
// they are in the list: replace them (remove, then insert the new item) instead.

const RUN_MAX = 512;

export type Compare<T> = (a: T, b: T) => number;

export class SortedList<T> {
  private runs: T[][] = [];
  private count = 0;

  constructor(private readonly compare: Compare<T>) {}

  get size(): number {
    return this.count;
  }

  /** Replaces the contents with `items`, which must already be in order. */
  load(items: readonly T[]): void {
    this.runs = [];
    for (let i = 0; i < items.length; i += RUN_MAX >> 1) this.runs.push(items.slice(i, i + (RUN_MAX >> 1)));
    this.count = items.length;
  }

  insert(item: T): void {
    this.count++;
    if (this.runs.length === 0) {
      this.runs.push([item]);
      return;
    }
    let r = this.runAtOrAfter(item);
    if (r === this.runs.length) r--;
    const run = this.runs[r];
    run.splice(this.lowerBound(run, item), 0, item);
    if (run.length > RUN_MAX) this.runs.splice(r + 1, 0, run.splice(run.length >> 1));
  }

  /** Removes `item` (found through its sort key); false when it is not in the list. */
  remove(item: T): boolean {
    const at = this.locate(item);
    if (!at) return false;
    const run = this.runs[at.run];
    run.splice(at.offset, 1);
    this.count--;
    if (run.length === 0) this.runs.splice(at.run, 1);
    return true;
  }

  /** Puts `next` where `item` is; both must sort alike. False when `item` is not in the list. */
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

  /** How many items sort before `probe` (which need not be in the list). */
  rank(probe: T): number {
    const r = this.runAtOrAfter(probe);
    return r === this.runs.length ? this.count : this.before(r) + this.lowerBound(this.runs[r], probe);
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

  /** Calls `visit` for the items from `start` to `end` in order until it returns false. */
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

  toArray(): T[] {
    return this.slice();
  }

  private locate(item: T): { run: number; offset: number } | undefined {
    const r = this.runAtOrAfter(item);
    if (r === this.runs.length) return undefined;
    const run = this.runs[r];
    const offset = this.lowerBound(run, item);
    return run[offset] === item ? { run: r, offset } : undefined;
  }

  /** Items in the runs before run `r`. */
  private before(r: number): number {
    let n = 0;
    for (let i = 0; i < r; i++) n += this.runs[i].length;
    return n;
  }

  /** First run whose last item does not sort before `probe`. */
  private runAtOrAfter(probe: T): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const run = this.runs[mid];
      if (this.compare(run[run.length - 1], probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lowerBound(run: readonly T[], probe: T): number {
    let lo = 0;
    let hi = run.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(run[mid], probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
