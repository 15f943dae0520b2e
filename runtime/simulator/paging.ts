// Paging for TIMConvGetConversationListByFilter. A pass (opened by next_seq 0) lists the
// conversations that existed when it opened, in the order they had then, filtered by their state
// when each page is read. Conversations that move later (new message, pin) are remembered with
// their old key by every open pass, so they are neither skipped nor repeated; conversations created
// later belong to the next pass. A page costs O(page + skipped entries + moves during the pass).
import type { ConvRecord } from './conversation.ts';
import { matchesFilter, type ConvFilter } from './filter.ts';
import type { ConvIndexes, RecordIndex } from './indexes.ts';
import { compareKeys, type OrderKey } from './order-key.ts';
import type { IndexCursor } from './sorted-index.ts';

/** Passes kept open at once; opening one more closes the one used least recently. */
export const MAX_OPEN_PASSES = 64;

interface Pass {
  /** Store version when the pass opened. */
  readonly openedAt: number;
  /** Records that moved since the pass opened, with the key they had then. */
  readonly moved: Map<ConvRecord, OrderKey>;
  readonly tokens: number[];
  lastUsed: number;
}

interface Position {
  readonly pass: Pass;
  /** Key of the last conversation returned (null: nothing returned yet). */
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

  /** Called by the store before a record's order key changes. */
  noteMove(rec: ConvRecord, oldKey: OrderKey): void {
    for (const p of this.passes) if (rec.bornAt <= p.openedAt && !p.moved.has(rec)) p.moved.set(rec, oldKey);
  }

  /** Reads one page; undefined when next_seq is not a cursor this pager handed out (or it expired). */
  page(indexes: ConvIndexes, version: number, filter: ConvFilter, nextSeq: bigint, count: number): Page | undefined {
    let pos: Position | undefined;
    if (nextSeq === 0n) pos = this.open(version);
    else if (nextSeq <= BigInt(Number.MAX_SAFE_INTEGER)) pos = this.positions.get(Number(nextSeq));
    if (!pos) return undefined;
    pos.pass.lastUsed = ++this.useClock;

    const stream = new PassStream(pos.pass, indexes.candidates(filter), pos.after, filter);
    const convs: ConvRecord[] = [];
    let last = pos.after;
    let more = false;
    for (let e = stream.next(); e; e = stream.next()) {
      if (convs.length === count) { more = true; break; }
      convs.push(e.rec);
      last = e.key;
    }
    if (!more) {
      this.close(pos.pass);
      return { convs, finished: true, nextSeq: 0n };
    }
    const token = this.nextToken++;
    this.positions.set(token, { pass: pos.pass, after: last });
    pos.pass.tokens.push(token);
    return { convs, finished: false, nextSeq: BigInt(token) };
  }

  private open(version: number): Position {
    if (this.passes.length >= MAX_OPEN_PASSES) {
      let lru = this.passes[0];
      for (const p of this.passes) if (p.lastUsed < lru.lastUsed) lru = p;
      this.close(lru);
    }
    const pass: Pass = { openedAt: version, moved: new Map(), tokens: [], lastUsed: 0 };
    this.passes.push(pass);
    return { pass, after: null };
  }

  private close(pass: Pass): void {
    for (const t of pass.tokens) this.positions.delete(t);
    this.passes = this.passes.filter((p) => p !== pass);
  }
}

interface Entry {
  rec: ConvRecord;
  /** The record's key as of the pass's opening. */
  key: OrderKey;
}

/** The matching conversations of one pass after a position, merged in pass order. */
class PassStream {
  private readonly cursors: IndexCursor<ConvRecord>[];
  private readonly heads: (Entry | undefined)[];
  private readonly movedEntries: Entry[];
  private movedAt = 0;

  constructor(private readonly pass: Pass, indexes: readonly RecordIndex[], after: OrderKey | null, private readonly filter: ConvFilter) {
    this.cursors = indexes.map((ix) => ix.cursorAfter(after));
    this.heads = this.cursors.map((c) => this.advance(c));
    // Moved records are read at their old place: collected here, skipped in the index walks.
    this.movedEntries = [];
    for (const [rec, key] of pass.moved) {
      if (rec.alive && (after === null || compareKeys(key, after) > 0) && matchesFilter(filter, rec)) this.movedEntries.push({ rec, key });
    }
    this.movedEntries.sort((a, b) => compareKeys(a.key, b.key));
  }

  next(): Entry | undefined {
    let best = -1;
    let bestKey: OrderKey | undefined;
    for (let i = 0; i < this.heads.length; i++) {
      const h = this.heads[i];
      if (h && (bestKey === undefined || compareKeys(h.key, bestKey) < 0)) { best = i; bestKey = h.key; }
    }
    const moved = this.movedEntries[this.movedAt];
    if (moved && (bestKey === undefined || compareKeys(moved.key, bestKey) < 0)) {
      this.movedAt++;
      return moved;
    }
    if (best < 0) return undefined;
    const e = this.heads[best];
    this.heads[best] = this.advance(this.cursors[best]);
    return e;
  }

  /** Next entry of an index that belongs to the pass at its current key and matches the filter. */
  private advance(cursor: IndexCursor<ConvRecord>): Entry | undefined {
    const { openedAt, moved } = this.pass;
    const checkMoved = moved.size > 0;
    for (let rec = cursor.next(); rec; rec = cursor.next()) {
      if (rec.bornAt > openedAt || (checkMoved && moved.has(rec))) continue;
      if (matchesFilter(this.filter, rec)) return { rec, key: rec.ik };
    }
    return undefined;
  }
}
