/** How a SortedRuns orders its items: by a key each item carries, which must not change while the
 *  item is held (to change it, remove the item and insert it again). */
export interface RunOrder<T, K> {
    keyOf(item: T): K;
    /** Negative when `item` sorts before `key`, zero when its key equals `key`. */
    compare(item: T, key: K): number;
}
/** The order of items that are their own key, given a comparator of two items. */
export declare function orderBy<T>(compare: (a: T, b: T) => number): RunOrder<T, T>;
export declare class SortedRuns<T, K = T> {
    private runs;
    private count;
    private readonly keyOf;
    private readonly compare;
    constructor(order: RunOrder<T, K>);
    get size(): number;
    /** Replaces the contents with `items`, which must already be in order. */
    load(items: readonly T[]): void;
    /** Adds `item` before any items with an equal key. */
    insert(item: T): void;
    /** Removes `item` (found by its key, then by identity); false when it is not held. */
    remove(item: T): boolean;
    /** Puts `next` where `item` is; both must have equal keys. False when `item` is not held. */
    replace(item: T, next: T): boolean;
    /** Position of `item`, or -1. */
    indexOf(item: T): number;
    /** How many items sort before `key` (which no item need have). */
    rank(key: K): number;
    at(index: number): T | undefined;
    /** Items from position `start` up to (not including) `end`. */
    slice(start?: number, end?: number): T[];
    /** Calls `visit` for the items from position `start` to `end` in order until it returns false. */
    walk(start: number, end: number, visit: (item: T) => boolean): void;
    /** A cursor over the items whose key comes strictly after `key` (all of them when null): it
     *  skips every item with an equal key. */
    cursorAfter(key: K | null): RunCursor<T>;
    /** The place of `item` itself: the first with its key, then on through equal keys by identity. */
    private locate;
    /** Items in the runs before run `r`. */
    private before;
    /** First run whose last item does not sort before `key` (sorts after it, when `strict`). */
    private firstRun;
    /** First offset in `run` whose item does not sort before `key` (sorts after it, when `strict`). */
    private bound;
}
/** Walks a SortedRuns forward. Valid only while the list is not changed. */
export declare class RunCursor<T> {
    private readonly runs;
    private run;
    private offset;
    constructor(runs: readonly T[][], run: number, offset: number);
    next(): T | undefined;
}
