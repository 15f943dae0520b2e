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
import type { RunCursor } from '../sorted-runs.ts';

/** Passes kept open at once; opening one more closes a finished one, else the one used least recently. */
export const MAX_OPEN_PASSES = 64;

/** Cursors are handed out as safe integers; a larger next_seq cannot be one. */
const MAX_TOKEN = BigInt(Number.MAX_SAFE_INTEGER);

interface Pass {
  /** Store version when the pass opened. */
  readonly openedAt: number;
  /** The cursor handed out for each position (the key of the last conversation before it), so
   *  reading a page again hands out the same cursor, and a pass holds at most one per conversation. */
  readonly tokens: Map<string, number>;
  lastUsed: number;
  /** Its last page was read. It stays open so that page can be read again (a retry), and is the
   *  first to close when a new pass needs room. */
  finished: boolean;
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

  /** How many cursors the open passes hold. */
  get cursors(): number {
    return this.positions.size;
  }

  /** Reads one page; undefined when next_seq is not a cursor this pager handed out (or it expired). */
  page(indexes: ConvIndexes, version: number, filter: ConvFilter, nextSeq: bigint, count: number): Page | undefined {
    let pos: Position | undefined;
    if (nextSeq === 0n) pos = this.open(version);
    else if (nextSeq <= MAX_TOKEN) pos = this.positions.get(Number(nextSeq));
    if (!pos) return undefined;
    pos.pass.lastUsed = ++this.useClock;

    const stream = new PassStream(pos.pass.openedAt, indexes.candidates(filter), pos.after, filter);
    const convs: ConvRecord[] = [];
    let last = pos.after;
    let more = false;
    for (let item = stream.next(); item; item = stream.next()) {
      if (convs.length === count) { more = true; break; }
      convs.push(recordOf(item));
      last = item.ik;
    }
    this.lastPageWalked = stream.walked;
    const { pass } = pos;
    if (!more) {
      // A pass no cursor points into cannot be read again: it closes at once.
      if (pass.tokens.size === 0) this.close([pass]);
      else pass.finished = true;
      return { convs, finished: true, nextSeq: 0n };
    }
    const at = positionId(last!);
    let token = pass.tokens.get(at);
    if (token === undefined) {
      token = this.nextToken++;
      this.positions.set(token, { pass, after: last });
      pass.tokens.set(at, token);
    }
    return { convs, finished: false, nextSeq: BigInt(token) };
  }

  /** Closes the passes opened before `version` (their move entries are about to be dropped). */
  expireOpenedBefore(version: number): void {
    if (this.oldestOpened < version) this.close(this.passes.filter((p) => p.openedAt < version));
  }

  private open(version: number): Position {
    if (this.passes.length >= MAX_OPEN_PASSES) {
      let lru = this.passes[0];
      const before = (a: Pass, b: Pass) => (a.finished !== b.finished ? a.finished : a.lastUsed < b.lastUsed);
      for (const p of this.passes) if (before(p, lru)) lru = p;
      this.close([lru]);
    }
    const pass: Pass = { openedAt: version, tokens: new Map(), lastUsed: 0, finished: false };
    this.passes.push(pass);
    if (version < this.oldestOpened) this.oldestOpened = version;
    if (version > this.newestOpened) this.newestOpened = version;
    return { pass, after: null };
  }

  private close(gone: readonly Pass[]): void {
    if (gone.length === 0) return;
    for (const p of gone) for (const t of p.tokens.values()) this.positions.delete(t);
    this.passes = this.passes.filter((p) => gone.indexOf(p) < 0);
    this.oldestOpened = Infinity;
    this.newestOpened = -Infinity;
    for (const p of this.passes) {
      if (p.openedAt < this.oldestOpened) this.oldestOpened = p.openedAt;
      if (p.openedAt > this.newestOpened) this.newestOpened = p.openedAt;
    }
  }
}

/** A position's identity inside its pass: the activity sequence makes every key unique. */
const positionId = (k: OrderKey) => `${k.pinned}:${k.time}:${k.seq}`;

/** What a pass reads: a record at its current key, or a move entry holding a record at a key it left.
 *  Either way `ik` is the record's key as of the pass's opening. */
type Item = ConvRecord | MoveEntry;

function recordOf(item: Item): ConvRecord {
  return 'rec' in item ? item.rec : item;
}

/** One sorted walk: its next item not looked at yet, and whether the pass reads an item of it. */
interface Walk {
  readonly cursor: RunCursor<Item>;
  raw: Item | undefined;
  readonly reads: (item: Item) => boolean;
}

/**
 * The matching conversations of one pass after a position, in pass order: each candidate index
 * gives the records whose key has not changed since the pass opened, and its `moved` index the
 * old keys of those that moved since. All walks advance together in key order, an item being
 * looked at only when no walk has a smaller one left, so a page looks at the items inside its
 * own range and nothing past it, however many entries other passes keep.
 */
class PassStream {
  private readonly walks: Walk[] = [];
  /** Items looked at so far (returned or skipped). */
  walked = 0;

  constructor(version: number, indexes: readonly RecordIndex[], after: OrderKey | null, filter: ConvFilter) {
    const live = (rec: ConvRecord) => rec.keyFrom <= version && matchesFilter(filter, rec);
    const moved = (e: MoveEntry) => validAt(e, version) && matchesFilter(filter, e.rec);
    for (const ix of indexes) {
      this.add(ix.cursorAfter(after), live);
      this.add(ix.moved.cursorAfter(after), moved);
    }
  }

  /** The next item the pass reads, in pass order. */
  next(): Item | undefined {
    for (;;) {
      let best: Walk | undefined;
      for (const w of this.walks) if (w.raw && (!best || compareKeys(w.raw.ik, best.raw!.ik) < 0)) best = w;
      if (!best) return undefined;
      const item = best.raw!;
      best.raw = best.cursor.next();
      this.walked++;
      if (best.reads(item)) return item;
    }
  }

  private add<T extends Item>(cursor: RunCursor<T>, reads: (item: T) => boolean): void {
    const raw = cursor.next();
    if (raw) this.walks.push({ cursor, raw, reads } as unknown as Walk);
  }
}
