// The conversations and everything derived from them. Every change goes through `update`,
// `create` or `remove`, which keep the sorted indexes, the move entries paging passes read, the
// unread counters and the custom-data count in step with the records.
import { CONV_C2C, convKeyOf, type ConvFacet, type ConvRecord, type ConvType } from './conversation.ts';
import type { ConvFilter } from './filter.ts';
import { ConvIndexes } from './indexes.ts';
import { MoveLog, type MoveEntry } from './moves.ts';
import { sameKey, type OrderKey } from './order-key.ts';
import { Pager, type Page } from './paging.ts';
import { UnreadBook } from './unread.ts';

// Empty lists shared by new records (100k records, 100k fewer arrays). They are replaced, never
// changed in place: the record's collections are swapped, and lists that grow get a fresh array
// for their first element.
const NO_MOVES: MoveEntry[] = [];
const NO_STAMPS: number[] = [];
const NO_NAMES: readonly string[] = [];

/** Move entries kept at least; beyond max(this, conversation count) the oldest passes expire. */
export const MIN_MOVES_KEPT = 10_000;

export class RecordStore {
  private readonly records = new Map<string, ConvRecord>();
  readonly indexes = new ConvIndexes();
  readonly unread = new UnreadBook();
  readonly pager = new Pager();
  private readonly moveLog = new MoveLog();
  /** Conversation group names in creation order. */
  groupNames: string[] = [];
  /** Conversations whose custom data is not empty. */
  customDataCount = 0;
  /** Bumped by each creation and each move; paging passes remember it when they open. */
  version = 0;
  private activityCounter = 0;

  get size(): number {
    return this.records.size;
  }

  /** Move entries held for open paging passes. */
  get movesKept(): number {
    return this.moveLog.size;
  }

  /** One page of TIMConvGetConversationListByFilter; undefined for an unknown or expired next_seq. */
  readPage(filter: ConvFilter, nextSeq: bigint, count: number): Page | undefined {
    const page = this.pager.page(this.indexes, this.version, filter, nextSeq, count);
    this.compactMoves();
    return page;
  }

  get(convKey: string): ConvRecord | undefined {
    return this.records.get(convKey);
  }

  /** A new conversation, active at `time`. Throws if it exists. */
  create(type: ConvType, id: string, time: number, init?: (rec: ConvRecord) => void): ConvRecord {
    const convKey = convKeyOf(type, id);
    if (this.records.has(convKey)) throw new Error(`simulator: conversation ${convKey} exists`);
    const rec: ConvRecord = {
      convKey, id, type, alive: true, keyFrom: ++this.version, moves: NO_MOVES,
      ik: { pinned: 0, time, seq: 0 }, pinned: false, activeTime: time, activitySeq: ++this.activityCounter,
      unread: 0, unreadStamps: NO_STAMPS, recvOpt: 0, marks: 0n, groups: NO_NAMES, atInfo: [], customData: '',
      draft: null, lastMsgJson: null, lastSeq: 0n, showName: id, faceUrl: '', groupType: type === CONV_C2C ? 0 : 1,
      c2cReadTimestamp: 0, groupReadSequence: 0n,
    };
    init?.(rec);
    this.records.set(convKey, rec);
    this.commit(rec, null, false);
    return rec;
  }

  /** Applies `mutate` to a live record and updates everything derived from it. */
  update(rec: ConvRecord, mutate: (rec: ConvRecord) => void): void {
    const before = facetOf(rec);
    const hadCustomData = rec.customData !== '';
    mutate(rec);
    this.commit(rec, before, hadCustomData);
  }

  remove(rec: ConvRecord): void {
    const before = facetOf(rec);
    const hadCustomData = rec.customData !== '';
    rec.alive = false;
    this.records.delete(rec.convKey);
    this.commit(rec, before, hadCustomData);
  }

  /** Marks the record active now: it moves to the top of the unpinned (or pinned) conversations. */
  activate(rec: ConvRecord, time: number): void {
    rec.activeTime = time;
    rec.activitySeq = ++this.activityCounter;
  }

  private commit(rec: ConvRecord, before: ConvFacet | null, hadCustomData: boolean): void {
    let key: OrderKey = rec.ik;
    if (rec.alive) {
      const next = { pinned: rec.pinned ? 1 : 0, time: rec.activeTime, seq: rec.activitySeq };
      if (!before || !sameKey(next, rec.ik)) key = next;
    }
    let move: MoveEntry | null = null;
    if (before && before.alive && rec.alive && key !== rec.ik) {
      const at = ++this.version;
      // The key it leaves is kept only if an open pass saw the record there.
      if (this.pager.newestOpened >= rec.keyFrom) {
        move = { ik: rec.ik, rec, from: rec.keyFrom, until: at };
        // A fresh one-element array: pushing onto an empty one would reserve room for 17.
        if (rec.moves.length === 0) rec.moves = [move];
        else rec.moves.push(move);
        this.moveLog.add(move);
      }
      rec.keyFrom = at;
    }
    this.indexes.apply(rec, before, key, move);
    if (move) this.compactMoves();
    this.unread.apply(before, rec.alive ? rec : null);
    const hasCustomData = rec.alive && rec.customData !== '';
    if (hadCustomData !== hasCustomData) this.customDataCount += hasCustomData ? 1 : -1;
  }

  /**
   * Drops the move entries no open pass can need. Beyond max(MIN_MOVES_KEPT, conversation count)
   * entries, the passes that would need older ones expire first, so memory stays bounded and a
   * page never walks more old places than there are conversations.
   */
  private compactMoves(): void {
    const log = this.moveLog;
    const limit = Math.max(MIN_MOVES_KEPT, this.records.size);
    if (log.size > limit) this.pager.expireOpenedBefore(log.at(log.size - limit)!.until);
    const oldestPass = this.pager.oldestOpened;
    for (let e = log.oldest(); e && e.until <= oldestPass; e = log.oldest()) this.indexes.dropMove(log.shift()!);
  }
}

function facetOf(rec: ConvRecord): ConvFacet {
  return {
    alive: rec.alive, type: rec.type, unread: rec.unread, recvOpt: rec.recvOpt, marks: rec.marks,
    groups: rec.groups, atInfo: rec.atInfo, ik: rec.ik,
  };
}
