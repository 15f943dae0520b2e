import { type ConvFacet, type ConvRecord } from './conversation.ts';
import type { ConvFilter } from './filter.ts';
import { type OrderKey } from './order-key.ts';
import { SortedIndex } from './sorted-index.ts';
export type RecordIndex = SortedIndex<ConvRecord>;
export declare class ConvIndexes {
    /** [c2c read, c2c unread, group read, group unread]. */
    readonly buckets: RecordIndex[];
    readonly marked: RecordIndex;
    readonly withAtInfo: RecordIndex;
    private readonly groupMembers;
    /** Conversations that are in at least one conversation group. */
    groupedCount: number;
    addGroup(name: string): void;
    /** Drops an index whose members have all been moved out. */
    dropGroup(name: string): void;
    hasGroup(name: string): boolean;
    /** The members of a conversation group in list order. */
    membersOf(name: string): ConvRecord[];
    /**
     * Brings the indexes in step with a change of `rec`: `before` is its state at the last commit
     * (null when new), `rec` itself the state now (not alive when deleted), `key` its new order key.
     */
    apply(rec: ConvRecord, before: ConvFacet | null, key: OrderKey): void;
    /**
     * The indexes whose merged entries include every conversation `f` can match, choosing the
     * smaller of the sparse candidates (group members, marked, with @ info) and the dense buckets.
     */
    candidates(f: ConvFilter): RecordIndex[];
    /** Every index the state `c` belongs to. */
    private membership;
}
