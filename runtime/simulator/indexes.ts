// The sorted indexes a filtered page reads from. Every conversation sits in exactly one dense
// bucket (by type and by "has unread"); sparse indexes hold the marked ones (at most 1000), the
// ones with group @ info, and each conversation group's members. A filter is served by merging
// the fewest entries that can contain all its matches. Beside each index, `moved` holds the move
// entries (moves.ts) of its current members, so paging passes find moved conversations through
// the same indexes.
import { CONV_C2C, CONV_GROUP, type ConvFacet, type ConvRecord } from './conversation.ts';
import type { ConvFilter } from './filter.ts';
import type { MoveEntry } from './moves.ts';
import { BY_ORDER_KEY, sameKey, type OrderKey } from './order-key.ts';
import { SortedRuns } from '../sorted-runs.ts';

export class RecordIndex extends SortedRuns<ConvRecord, OrderKey> {
  /** Keys that members of this index left while an open paging pass could still need them. */
  readonly moved = new SortedRuns<MoveEntry, OrderKey>(BY_ORDER_KEY);

  constructor() {
    super(BY_ORDER_KEY);
  }
}

export class ConvIndexes {
  /** [c2c read, c2c unread, group read, group unread]. */
  readonly buckets: RecordIndex[] = [new RecordIndex(), new RecordIndex(), new RecordIndex(), new RecordIndex()];
  readonly marked = new RecordIndex();
  readonly withAtInfo = new RecordIndex();
  private readonly groupMembers = new Map<string, RecordIndex>();
  /** Conversations in at least one conversation group, in the order they last joined one. */
  private readonly grouped = new Set<ConvRecord>();

  get groupedCount(): number {
    return this.grouped.size;
  }

  /** The grouped conversation that joined a group longest ago. */
  oldestGrouped(): ConvRecord | undefined {
    return this.grouped.values().next().value;
  }

  /** Records that a grouped conversation just joined one more group: it becomes the newest. */
  noteGroupJoin(rec: ConvRecord): void {
    if (this.grouped.delete(rec)) this.grouped.add(rec);
  }

  addGroup(name: string): void {
    if (!this.groupMembers.has(name)) this.groupMembers.set(name, new RecordIndex());
  }

  /** Drops an index whose members have all been moved out. */
  dropGroup(name: string): void {
    const ix = this.groupMembers.get(name);
    if (ix && (ix.size !== 0 || ix.moved.size !== 0)) throw new Error(`simulator: group index "${name}" still has members`);
    this.groupMembers.delete(name);
  }

  hasGroup(name: string): boolean {
    return this.groupMembers.has(name);
  }

  /** The members of a conversation group in list order. */
  membersOf(name: string): ConvRecord[] {
    return this.groupMembers.get(name)?.slice() ?? [];
  }

  /**
   * Brings the indexes in step with a change of `rec`: `before` is its state at the last commit
   * (null when new), `rec` itself the state now (not alive when deleted), `key` its new order key,
   * `move` the entry for the key it leaves (already in `rec.moves`), if one is kept.
   */
  apply(rec: ConvRecord, before: ConvFacet | null, key: OrderKey, move: MoveEntry | null): void {
    const oldIn = before && before.alive ? this.membership(before) : EMPTY;
    const newIn = rec.alive ? this.membership(rec) : EMPTY;
    const keyChanged = !!before && before.alive && !sameKey(before.ik, key);
    for (const ix of oldIn) {
      const stays = newIn.indexOf(ix) >= 0;
      if (!stays || keyChanged) take(ix, rec);
      if (!stays) for (const e of rec.moves) if (e !== move) take(ix.moved, e);
    }
    rec.ik = key;
    for (const ix of newIn) {
      const joins = oldIn.indexOf(ix) < 0;
      if (joins || keyChanged) ix.insert(rec);
      if (joins) { for (const e of rec.moves) ix.moved.insert(e); } else if (move) ix.moved.insert(move);
    }
    const isGrouped = rec.alive && rec.groups.length > 0;
    if (!isGrouped) this.grouped.delete(rec);
    else if (!this.grouped.has(rec)) this.grouped.add(rec);
  }

  /** Forgets a move entry no open pass needs (the oldest of its record's). */
  dropMove(e: MoveEntry): void {
    const { rec } = e;
    if (rec.moves[0] !== e) throw new Error('simulator: move entries dropped out of order');
    rec.moves.shift();
    if (rec.alive) for (const ix of this.membership(rec)) take(ix.moved, e);
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

/** Removes an item the index must hold; a miss means the indexes went out of step with the records. */
function take<T>(ix: SortedRuns<T, OrderKey>, item: T): void {
  if (!ix.remove(item)) throw new Error('simulator index out of step: record not found');
}

function bucketOf(type: number, unread: boolean): number {
  return (type === CONV_C2C ? 0 : 2) + (unread ? 1 : 0);
}
