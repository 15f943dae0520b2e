import type { ConvRecord } from './conversation.ts';
import { type ConvFilter } from './filter.ts';
import type { ConvIndexes } from './indexes.ts';
/** Passes kept open at once; opening one more closes a finished one, else the one used least recently. */
export declare const MAX_OPEN_PASSES = 64;
export interface Page {
    readonly convs: ConvRecord[];
    readonly finished: boolean;
    /** Cursor for the next page; 0 once finished. */
    readonly nextSeq: bigint;
}
export declare class Pager {
    private passes;
    private readonly positions;
    private nextToken;
    private useClock;
    /** Cached min / max of the open passes' versions (Infinity / -Infinity when none is open). */
    oldestOpened: number;
    newestOpened: number;
    /** Index and move entries the last page looked at (returned or skipped): its cost. */
    lastPageWalked: number;
    get openPasses(): number;
    /** How many cursors the open passes hold. */
    get cursors(): number;
    /** Reads one page; undefined when next_seq is not a cursor this pager handed out (or it expired). */
    page(indexes: ConvIndexes, version: number, filter: ConvFilter, nextSeq: bigint, count: number): Page | undefined;
    /** Closes the passes opened before `version` (their move entries are about to be dropped). */
    expireOpenedBefore(version: number): void;
    private open;
    private close;
}
