// Paging for TIMConvGetConversationListByFilter. A pass (opened by next_seq 0) lists the
// conversations that existed when it opened, in the order they had then, filtered by their state
// when each page is read. A pass is only a store version and a position: a conversation that moved
// since (new message, pin) is read at its old place from the move entries (moves.ts) kept beside
// each index, so it is neither skipped nor repeated, and conversations created later belong to the
// next pass. A page costs O(log n + page + entries skipped inside the page's range), whatever the
// number of moves or of open passes.
import type { ConvRecord } from './conversation.ts';
import { matchesFilter, type ConvFilter } from './filter.ts';
import type { ConvIndexes, RecordIndex } from './indexes.ts';
import { validAt, type MoveEntry } from './moves.ts';
import { compareKeys, type OrderKey } from './order-key.ts';
import type { IndexCursor } from './sorted-index.ts';

/** Passes kept open at once; opening one more closes the one used least recently. */
export const MAX_OPEN_PASSES = 64;

interface Pass {
  /** Store version when the pass opened. */
  readonly openedAt: number;
  readonly tokens: number[];
  lastUsed: number;
}

interface Position {
  readonly pass: Pass;
  /** Key (in the pass's order) of the last conversation returned; null: nothing returned yet. */
  readonly after: OrderKey | null;
}

export interface Page {
  readonly convs: ConvRecord[];
  readonly finished: boolean;
  /** Cursor for the next page; 0 once finished. */
  readonly nextSeq: bigint;
}

export class Pager {
  private passes: Pass[] = [];
  private readonly positions = new Map<number, Position>();
  private nextToken = 1;
  private useClock = 0;
  /** Cached min / max of the open passes' versions (Infinity / -Infinity when none is open). */
  oldestOpened = Infinity;
  newestOpened = -Infinity;
  /** Index and move entries the last page looked at (returned or skipped): its cost. */
  lastPageWalked = 0;

  get openPasses(): number {
    return this.passes.length;
  }

  /** Reads one page; undefined when next_seq is not a cursor this pager handed out (or it expired). */
  page(indexes: ConvIndexes, version: number, filter: ConvFilter, nextSeq: bigint, count: number): Page | undefined {
    let pos: Position | undefined;
    if (nextSeq === 0n) pos = this.open(version);
    else if (nextSeq <= BigInt(Number.MAX_SAFE_INTEGER)) pos = this.positions.get(Number(nextSeq));
    if (!pos) return undefined;
    pos.pass.lastUsed = ++this.useClock;

    const stream = new PassStream(pos.pass.openedAt, indexes.candidates(filter), pos.after, filter);
    const convs: ConvRecord[] = [];
    let last = pos.after;
    let more = false;
    for (let e = stream.next(); e; e = stream.next()) {
      if (convs.length === count) { more = true; break; }
      convs.push(e.rec);
      last = e.key;
    }
    this.lastPageWalked = stream.walked;
    if (!more) {
      this.close([pos.pass]);
      return { convs, finished: true, nextSeq: 0n };
    }
    const token = this.nextToken++;
    this.positions.set(token, { pass: pos.pass, after: last });
    pos.pass.tokens.push(token);
    return { convs, finished: false, nextSeq: BigInt(token) };
  }

  /** Closes the passes opened before `version` (their move entries are about to be dropped). */
  expireOpenedBefore(version: number): void {
    if (this.oldestOpened < version) this.close(this.passes.filter((p) => p.openedAt < version));
  }

  private open(version: number): Position {
    if (this.passes.length >= MAX_OPEN_PASSES) {
      let lru = this.passes[0];
      for (const p of this.passes) if (p.lastUsed < lru.lastUsed) lru = p;
      this.close([lru]);
    }
    const pass: Pass = { openedAt: version, tokens: [], lastUsed: 0 };
    this.passes.push(pass);
    if (version < this.oldestOpened) this.oldestOpened = version;
    if (version > this.newestOpened) this.newestOpened = version;
    return { pass, after: null };
  }

  private close(gone: readonly Pass[]): void {
    if (gone.length === 0) return;
    for (const p of gone) for (const t of p.tokens) this.positions.delete(t);
    this.passes = this.passes.filter((p) => gone.indexOf(p) < 0);
    this.oldestOpened = Infinity;
    this.newestOpened = -Infinity;
    for (const p of this.passes) {
      if (p.openedAt < this.oldestOpened) this.oldestOpened = p.openedAt;
      if (p.openedAt > this.newestOpened) this.newestOpened = p.openedAt;
    }
  }
}

interface Entry {
  rec: ConvRecord;
  /** The record's key as of the pass's opening. */
  key: OrderKey;
}

/**
 * The matching conversations of one pass after a position, in pass order: each candidate index
 * gives the records whose key has not changed since the pass opened, and its `moved` index the
 * old keys of those that moved since; both walks are merged.
 */
class PassStream {
  private readonly live: IndexCursor<ConvRecord>[];
  private readonly moved: IndexCursor<MoveEntry>[];
  /** Next entry of each walk: live walks first, then moved walks. */
  private readonly heads: (Entry | undefined)[];
  /** Entries looked at so far. */
  walked = 0;

  constructor(private readonly version: number, indexes: readonly RecordIndex[], after: OrderKey | null, private readonly filter: ConvFilter) {
    this.live = indexes.map((ix) => ix.cursorAfter(after));
    this.moved = indexes.map((ix) => ix.moved.cursorAfter(after));
    this.heads = [...this.live.map((c) => this.nextLive(c)), ...this.moved.map((c) => this.nextMoved(c))];
  }

  next(): Entry | undefined {
    let best = -1;
    let bestKey: OrderKey | undefined;
    for (let i = 0; i < this.heads.length; i++) {
      const h = this.heads[i];
      if (h && (bestKey === undefined || compareKeys(h.key, bestKey) < 0)) { best = i; bestKey = h.key; }
    }
    if (best < 0) return undefined;
    const e = this.heads[best];
    const n = this.live.length;
    this.heads[best] = best < n ? this.nextLive(this.live[best]) : this.nextMoved(this.moved[best - n]);
    return e;
  }

  /** Next record of a live index that has had its key since the pass opened and matches. */
  private nextLive(cursor: IndexCursor<ConvRecord>): Entry | undefined {
    for (let rec = cursor.next(); rec; rec = cursor.next()) {
      this.walked++;
      if (rec.keyFrom <= this.version && matchesFilter(this.filter, rec)) return { rec, key: rec.ik };
    }
    return undefined;
  }

  /** Next old key of a moved record that the pass saw and whose record matches now. */
  private nextMoved(cursor: IndexCursor<MoveEntry>): Entry | undefined {
    for (let e = cursor.next(); e; e = cursor.next()) {
      this.walked++;
      if (validAt(e, this.version) && matchesFilter(this.filter, e.rec)) return { rec: e.rec, key: e.ik };
    }
    return undefined;
  }
}
