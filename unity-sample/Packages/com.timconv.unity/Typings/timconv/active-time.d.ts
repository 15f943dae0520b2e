/** Added to a pinned conversation's own active time. */
export declare const PINNED_ACTIVE_TIME_BASE: bigint;
