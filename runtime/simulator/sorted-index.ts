// A sorted set of records kept in list order, stored as a list of short sorted chunks (the layout
// of Python's sortedcontainers). Insert and remove cost O(log n) comparisons plus moving at most
// one chunk, so they cost about the same at 10k and at 100k entries; reading from any position
// is a binary search followed by a plain walk.
import { compareKeys, type OrderKey } from './order-key.ts';

/** Anything indexed carries the key it was inserted with; it must not change while indexed. Keys
 *  may repeat (two move entries of one record can hold the same old key). */
export interface Indexed {
  ik: OrderKey;
}

const MAX_CHUNK = 512;

export class SortedIndex<T extends Indexed> {
  private chunks: T[][] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  insert(item: T): void {
    this.count++;
    if (this.chunks.length === 0) {
      this.chunks.push([item]);
      return;
    }
    let ci = this.chunkNotBefore(item.ik, false);
    if (ci === this.chunks.length) ci--;
    const chunk = this.chunks[ci];
    chunk.splice(lowerBound(chunk, item.ik, false), 0, item);
    if (chunk.length > MAX_CHUNK) this.chunks.splice(ci + 1, 0, chunk.splice(chunk.length >> 1));
  }

  /**
   * Removes the item, found by its `ik` (among items with an equal key, by identity); throws if it
   * is not there (the indexes went out of step).
   */
  remove(item: T): void {
    let ci = this.chunkNotBefore(item.ik, false);
    let i = ci < this.chunks.length ? lowerBound(this.chunks[ci], item.ik, false) : 0;
    for (;;) {
      const chunk = this.chunks[ci];
      if (!chunk) break;
      if (i === chunk.length) { ci++; i = 0; continue; }
      if (chunk[i] === item) {
        chunk.splice(i, 1);
        this.count--;
        if (chunk.length === 0) this.chunks.splice(ci, 1);
        return;
      }
      if (compareKeys(chunk[i].ik, item.ik) !== 0) break;
      i++;
    }
    throw new Error('simulator index out of step: record not found');
  }

  /** A cursor over the entries that come strictly after `key` (from the start when null). */
  cursorAfter(key: OrderKey | null): IndexCursor<T> {
    if (key === null) return new IndexCursor(this.chunks, 0, 0);
    const ci = this.chunkNotBefore(key, true);
    if (ci === this.chunks.length) return new IndexCursor(this.chunks, ci, 0);
    return new IndexCursor(this.chunks, ci, lowerBound(this.chunks[ci], key, true));
  }

  /** First chunk whose last entry is at or after `key` (strictly after when `strict`). */
  private chunkNotBefore(key: OrderKey, strict: boolean): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const last = this.chunks[mid][this.chunks[mid].length - 1];
      const c = compareKeys(last.ik, key);
      if (c < 0 || (strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function lowerBound<T extends Indexed>(chunk: T[], key: OrderKey, strict: boolean): number {
  let lo = 0;
  let hi = chunk.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKeys(chunk[mid].ik, key);
    if (c < 0 || (strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Walks an index forward. Valid only while the index is not modified. */
export class IndexCursor<T extends Indexed> {
  constructor(private readonly chunks: T[][], private ci: number, private i: number) {}

  next(): T | undefined {
    while (this.ci < this.chunks.length) {
      const chunk = this.chunks[this.ci];
      if (this.i < chunk.length) return chunk[this.i++];
      this.ci++;
      this.i = 0;
    }
    return undefined;
  }
}
