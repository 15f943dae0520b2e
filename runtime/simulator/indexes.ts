// The sorted indexes a filtered page reads from. Every conversation sits in exactly one dense
// bucket (by type and by "has unread"); sparse indexes hold the marked ones (at most 1000), the
// ones with group @ info, and each conversation group's members. A filter is served by merging
// the fewest entries that can contain all its matches.
import { CONV_C2C, CONV_GROUP, type ConvFacet, type ConvRecord } from './conversation.ts';
import type { ConvFilter } from './filter.ts';
import { sameKey, type OrderKey } from './order-key.ts';
import { SortedIndex } from './sorted-index.ts';

export type RecordIndex = SortedIndex<ConvRecord>;

export class ConvIndexes {
  /** [c2c read, c2c unread, group read, group unread]. */
  readonly buckets: RecordIndex[] = [new SortedIndex(), new SortedIndex(), new SortedIndex(), new SortedIndex()];
  readonly marked: RecordIndex = new SortedIndex();
  readonly withAtInfo: RecordIndex = new SortedIndex();
  private readonly groupMembers = new Map<string, RecordIndex>();
  /** Conversations that are in at least one conversation group. */
  groupedCount = 0;

  addGroup(name: string): void {
    if (!this.groupMembers.has(name)) this.groupMembers.set(name, new SortedIndex());
  }

  /** Drops an index whose members have all been moved out. */
  dropGroup(name: string): void {
    const ix = this.groupMembers.get(name);
    if (ix && ix.size !== 0) throw new Error(`simulator: group index "${name}" still has members`);
    this.groupMembers.delete(name);
  }

  hasGroup(name: string): boolean {
    return this.groupMembers.has(name);
  }

  /** The members of a conversation group in list order. */
  membersOf(name: string): ConvRecord[] {
    const out: ConvRecord[] = [];
    const ix = this.groupMembers.get(name);
    if (!ix) return out;
    const cursor = ix.cursorAfter(null);
    for (let rec = cursor.next(); rec; rec = cursor.next()) out.push(rec);
    return out;
  }

  /**
   * Brings the indexes in step with a change of `rec`: `before` is its state at the last commit
   * (null when new), `rec` itself the state now (not alive when deleted), `key` its new order key.
   */
  apply(rec: ConvRecord, before: ConvFacet | null, key: OrderKey): void {
    const oldIn = before && before.alive ? this.membership(before) : EMPTY;
    const newIn = rec.alive ? this.membership(rec) : EMPTY;
    if (before && before.alive && !sameKey(before.ik, key)) {
      for (const ix of oldIn) ix.remove(rec);
      rec.ik = key;
      for (const ix of newIn) ix.insert(rec);
    } else {
      rec.ik = key;
      for (const ix of oldIn) if (newIn.indexOf(ix) < 0) ix.remove(rec);
      for (const ix of newIn) if (oldIn.indexOf(ix) < 0) ix.insert(rec);
    }
    const wasGrouped = !!before && before.alive && before.groups.length > 0;
    const isGrouped = rec.alive && rec.groups.length > 0;
    if (wasGrouped !== isGrouped) this.groupedCount += isGrouped ? 1 : -1;
  }

  /**
   * The indexes whose merged entries include every conversation `f` can match, choosing the
   * smaller of the sparse candidates (group members, marked, with @ info) and the dense buckets.
   */
  candidates(f: ConvFilter): RecordIndex[] {
    let best: RecordIndex[] | null = null;
    let bestSize = Infinity;
    const consider = (ixs: RecordIndex[]) => {
      let n = 0;
      for (const ix of ixs) n += ix.size;
      if (n < bestSize) { best = ixs; bestSize = n; }
    };
    if (f.group !== undefined && f.group !== '') {
      const members = this.groupMembers.get(f.group);
      consider(members ? [members] : []);
    }
    if (f.mark !== undefined && f.mark !== 0n) consider([this.marked]);
    if (f.hasAt === true) consider([this.withAtInfo]);
    const dense: RecordIndex[] = [];
    for (const type of [CONV_C2C, CONV_GROUP]) {
      if (f.type !== undefined && f.type !== type) continue;
      for (const unread of [false, true]) {
        if (f.hasUnread !== undefined && f.hasUnread !== unread) continue;
        dense.push(this.buckets[bucketOf(type, unread)]);
      }
    }
    consider(dense);
    return best ?? dense;
  }

  /** Every index the state `c` belongs to. */
  private membership(c: ConvFacet): RecordIndex[] {
    const out = [this.buckets[bucketOf(c.type, c.unread > 0)]];
    if (c.marks !== 0n) out.push(this.marked);
    if (c.atInfo.length > 0) out.push(this.withAtInfo);
    for (const g of c.groups) {
      const ix = this.groupMembers.get(g);
      if (!ix) throw new Error(`simulator: no index for conversation group "${g}"`);
      out.push(ix);
    }
    return out;
  }
}

const EMPTY: RecordIndex[] = [];

function bucketOf(type: number, unread: boolean): number {
  return (type === CONV_C2C ? 0 : 2) + (unread ? 1 : 0);
}
