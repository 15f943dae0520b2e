export type Compare<T> = (a: T, b: T) => number;
export declare class SortedList<T> {
    private readonly compare;
    private runs;
    private count;
    constructor(compare: Compare<T>);
    get size(): number;
    /** Replaces the contents with `items`, which must already be in order. */
    load(items: readonly T[]): void;
    insert(item: T): void;
    /** Removes `item` (found through its sort key); false when it is not in the list. */
    remove(item: T): boolean;
    /** Puts `next` where `item` is; both must sort alike. False when `item` is not in the list. */
    replace(item: T, next: T): boolean;
    /** Position of `item`, or -1. */
    indexOf(item: T): number;
    /** How many items sort before `probe` (which need not be in the list). */
    rank(probe: T): number;
    at(index: number): T | undefined;
    /** Items from position `start` up to (not including) `end`. */
    slice(start?: number, end?: number): T[];
    /** Calls `visit` for the items from `start` to `end` in order until it returns false. */
    walk(start: number, end: number, visit: (item: T) => boolean): void;
    toArray(): T[];
    private locate;
    /** Items in the runs before run `r`. */
    private before;
    /** First run whose last item does not sort before `probe`. */
    private runAtOrAfter;
    private lowerBound;
}
