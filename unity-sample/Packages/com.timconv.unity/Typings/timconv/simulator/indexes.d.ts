import { type ConvFacet, type ConvRecord } from './conversation.ts';
import type { ConvFilter } from './filter.ts';
import type { MoveEntry } from './moves.ts';
import { type OrderKey } from './order-key.ts';
import { SortedRuns } from '../sorted-runs.ts';
export declare class RecordIndex extends SortedRuns<ConvRecord, OrderKey> {
    /** Keys that members of this index left while an open paging pass could still need them. */
    readonly moved: SortedRuns<MoveEntry, OrderKey>;
    constructor();
}
export declare class ConvIndexes {
    /** [c2c read, c2c unread, group read, group unread]. */
    readonly buckets: RecordIndex[];
    readonly marked: RecordIndex;
    readonly withAtInfo: RecordIndex;
    private readonly groupMembers;
    /** Conversations in at least one conversation group, in the order they last joined one. */
    private readonly grouped;
    get groupedCount(): number;
    /** The grouped conversation that joined a group longest ago. */
    oldestGrouped(): ConvRecord | undefined;
    /** Records that a grouped conversation just joined one more group: it becomes the newest. */
    noteGroupJoin(rec: ConvRecord): void;
    addGroup(name: string): void;
    /** Drops an index whose members have all been moved out. */
    dropGroup(name: string): void;
    hasGroup(name: string): boolean;
    /** The members of a conversation group in list order. */
    membersOf(name: string): ConvRecord[];
    /**
     * Brings the indexes in step with a change of `rec`: `before` is its state at the last commit
     * (null when new), `rec` itself the state now (not alive when deleted), `key` its new order key,
     * `move` the entry for the key it leaves (already in `rec.moves`), if one is kept.
     */
    apply(rec: ConvRecord, before: ConvFacet | null, key: OrderKey, move: MoveEntry | null): void;
    /** Forgets a move entry no open pass needs (the oldest of its record's). */
    dropMove(e: MoveEntry): void;
    /**
     * The indexes whose merged entries include every conversation `f` can match, choosing the
     * smaller of the sparse candidates (group members, marked, with @ info) and the dense buckets.
     */
    candidates(f: ConvFilter): RecordIndex[];
    /** Every index the state `c` belongs to. */
    private membership;
}
