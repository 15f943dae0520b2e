import { type ConvFacet } from './conversation.ts';
import { type ConvFilter } from './filter.ts';
export interface Subscription {
    readonly filter: ConvFilter;
    /** The filter as JSON text, as its listener receives it. */
    readonly text: string;
    count: number;
}
/** What one conversation adds to a total (optionally restricted to a filter). */
export declare function unreadContribution(c: ConvFacet | null, f?: ConvFilter): number;
/** Counts cross the C API as int (the crossing table's range). */
export declare function clampInt32(n: number): number;
export declare class UnreadBook {
    total: number;
    /** Set by TIMConvGetTotalUnreadMessageCount: from then on changes of the total are announced. */
    totalAnnounced: boolean;
    private readonly subs;
    private totalBefore;
    private readonly subsBefore;
    /** Adds a subscription counting `initial`; false when the same filter is already subscribed. */
    subscribe(f: ConvFilter, initial: number): boolean;
    unsubscribe(f: ConvFilter): boolean;
    subscription(f: ConvFilter): Subscription | undefined;
    clearSubscriptions(): void;
    apply(before: ConvFacet | null, after: ConvFacet | null): void;
    /** The counters that differ from their value at the start of the operation; resets the marks. */
    takeChanges(): {
        total?: number;
        subs: Subscription[];
    };
}
