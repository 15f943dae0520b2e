import { type OrderKey } from './order-key.ts';
/** Anything indexed carries the key it was inserted with; it must not change while indexed. Keys
 *  may repeat (two move entries of one record can hold the same old key). */
export interface Indexed {
    ik: OrderKey;
}
export declare class SortedIndex<T extends Indexed> {
    private chunks;
    private count;
    get size(): number;
    insert(item: T): void;
    /**
     * Removes the item, found by its `ik` (among items with an equal key, by identity); throws if it
     * is not there (the indexes went out of step).
     */
    remove(item: T): void;
    /** A cursor over the entries that come strictly after `key` (from the start when null). */
    cursorAfter(key: OrderKey | null): IndexCursor<T>;
    /** First chunk whose last entry is at or after `key` (strictly after when `strict`). */
    private chunkNotBefore;
}
/** Walks an index forward. Valid only while the index is not modified. */
export declare class IndexCursor<T extends Indexed> {
    private readonly chunks;
    private ci;
    private i;
    constructor(chunks: T[][], ci: number, i: number);
    next(): T | undefined;
}
