import type { RunOrder } from '../sorted-runs.ts';
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
/** Anything kept in a sorted index carries the key it was inserted with; it must not change while
 *  indexed. Keys may repeat (two move entries of one record can hold the same old key). */
export interface Indexed {
    ik: OrderKey;
}
/** The order of every sorted index: list order of the items' keys. */
export declare const BY_ORDER_KEY: RunOrder<Indexed, OrderKey>;
export declare function activeTimeOf(key: OrderKey): bigint;
/** activeTimeOf as JSON number text; no bigint arithmetic for the usual unpinned case. */
export declare function activeTimeText(key: OrderKey): string;
