// The conversations and everything derived from them. Every change goes through `update`,
// `create` or `remove`, which keep the sorted indexes, the unread counters, the paging passes and
// the custom-data count in step with the records.
import { CONV_C2C, convKeyOf, type ConvFacet, type ConvRecord, type ConvType } from './conversation.ts';
import { ConvIndexes } from './indexes.ts';
import { sameKey, type OrderKey } from './order-key.ts';
import { Pager } from './paging.ts';
import { UnreadBook } from './unread.ts';

export class ConversationStore {
  private readonly records = new Map<string, ConvRecord>();
  readonly indexes = new ConvIndexes();
  readonly unread = new UnreadBook();
  readonly pager = new Pager();
  /** Conversation group names in creation order. */
  groupNames: string[] = [];
  /** Conversations whose custom data is not empty. */
  customDataCount = 0;
  /** Bumped for each created record; paging passes compare against it. */
  version = 0;
  private activityCounter = 0;

  get size(): number {
    return this.records.size;
  }

  get(convKey: string): ConvRecord | undefined {
    return this.records.get(convKey);
  }

  /** A new conversation, active at `time`. Throws if it exists. */
  create(type: ConvType, id: string, time: number, init?: (rec: ConvRecord) => void): ConvRecord {
    const convKey = convKeyOf(type, id);
    if (this.records.has(convKey)) throw new Error(`simulator: conversation ${convKey} exists`);
    const rec: ConvRecord = {
      convKey, id, type, bornAt: ++this.version, alive: true,
      ik: { pinned: 0, time, seq: 0 }, pinned: false, activeTime: time, activitySeq: ++this.activityCounter,
      unread: 0, unreadStamps: [], recvOpt: 0, marks: 0n, groups: [], atInfo: [], customData: '',
      draft: null, lastMsgJson: null, lastSeq: 0, showName: id, faceUrl: '', groupType: type === CONV_C2C ? 0 : 1,
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
    if (before && before.alive && rec.alive && key !== rec.ik) this.pager.noteMove(rec, before.ik);
    this.indexes.apply(rec, before, key);
    this.unread.apply(before, rec.alive ? rec : null);
    const hasCustomData = rec.alive && rec.customData !== '';
    if (hadCustomData !== hasCustomData) this.customDataCount += hasCustomData ? 1 : -1;
  }
}

function facetOf(rec: ConvRecord): ConvFacet {
  return {
    alive: rec.alive, type: rec.type, unread: rec.unread, recvOpt: rec.recvOpt, marks: rec.marks,
    groups: rec.groups, atInfo: rec.atInfo, ik: rec.ik,
  };
}
