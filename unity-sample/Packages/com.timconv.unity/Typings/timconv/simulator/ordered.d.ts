import type { ConvRecord } from './conversation.ts';
import type { SortedIndex } from './sorted-index.ts';
/** Calls `visit` for each record in list order; stops when it returns false. */
export declare function forEachInOrder(indexes: readonly SortedIndex<ConvRecord>[], visit: (rec: ConvRecord) => boolean | void): void;
