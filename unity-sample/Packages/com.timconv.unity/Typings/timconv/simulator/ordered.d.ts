import type { ConvRecord } from './conversation.ts';
import { type OrderKey } from './order-key.ts';
import type { SortedRuns } from '../sorted-runs.ts';
/** Calls `visit` for each record in list order; stops when it returns false. */
export declare function forEachInOrder(indexes: readonly SortedRuns<ConvRecord, OrderKey>[], visit: (rec: ConvRecord) => boolean | void): void;
