import { type Entry } from './entry.ts';
import type { SortedRuns } from '../sorted-runs.ts';
export interface KeyChange {
    readonly before: Entry;
    readonly now: Entry;
}
/**
 * The entries of `changes` that moved. `stable(e)` tells whether an entry of the current list kept
 * its key through the change (it was neither added nor re-keyed).
 */
export declare function movedEntries(changes: readonly KeyChange[], list: SortedRuns<Entry>, stable: (e: Entry) => boolean): Entry[];
