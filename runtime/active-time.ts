// The SDK's convention for `conv_active_time` (a uint64): a pinned conversation reports 2^62 plus
// its own active time, so pinned conversations sort first. The simulator produces it and the store
// reads it; this is its one home.

/** Added to a pinned conversation's own active time. */
export const PINNED_ACTIVE_TIME_BASE = 1n << 62n;
