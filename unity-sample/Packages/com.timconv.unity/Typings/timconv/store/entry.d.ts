import type { ConvInfo } from '../generated/types.ts';
export interface Entry {
    /** "c2c_<userID>", "group_<groupID>": the ID the API's per-conversation calls take. */
    readonly key: string;
    readonly info: ConvInfo;
    readonly pinned: boolean;
    readonly active: bigint;
    /** `active` as two exact uint32 halves: comparing numbers is much cheaper than comparing bigints. */
    readonly high: number;
    readonly low: number;
    readonly seq: number;
}
/** The conversation ID of a ConvInfo, as the per-conversation calls take it; undefined without conv_id. */
export declare function keyOf(info: ConvInfo): string | undefined;
export declare function makeEntry(key: string, info: ConvInfo, seq: number): Entry;
/** Negative when `a` comes first in the list: pinned, then the uint64 active time (newest first), then activity. */
export declare function compareEntries(a: Entry, b: Entry): number;
/**
 * True when the update from `before` to `after` is activity (a message arrived or was sent): the
 * own active time moved, another message became the last one, or the unread count grew. Pinning,
 * drafts, marks, groups, custom data, receive options and reading do not reorder.
 */
export declare function isActivity(before: Entry, after: ConvInfo): boolean;
