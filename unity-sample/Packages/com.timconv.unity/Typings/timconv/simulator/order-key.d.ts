export interface OrderKey {
    /** 1 when pinned. */
    readonly pinned: number;
    /** Unix seconds of the last activity (message, creation). */
    readonly time: number;
    /** Global counter bumped on every activity; breaks ties inside one second. */
    readonly seq: number;
}
/** Negative when `a` comes before `b` in a conversation list. */
export declare function compareKeys(a: OrderKey, b: OrderKey): number;
export declare function sameKey(a: OrderKey, b: OrderKey): boolean;
export declare function activeTimeOf(key: OrderKey): bigint;
/** activeTimeOf as JSON number text; no bigint arithmetic for the usual unpinned case. */
export declare function activeTimeText(key: OrderKey): string;
