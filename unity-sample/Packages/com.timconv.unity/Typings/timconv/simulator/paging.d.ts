import type { ConvRecord } from './conversation.ts';
import { type ConvFilter } from './filter.ts';
import type { ConvIndexes } from './indexes.ts';
import { type OrderKey } from './order-key.ts';
/** Passes kept open at once; opening one more closes the one used least recently. */
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
    /** Called by the store before a record's order key changes. */
    noteMove(rec: ConvRecord, oldKey: OrderKey): void;
    /** Reads one page; undefined when next_seq is not a cursor this pager handed out (or it expired). */
    page(indexes: ConvIndexes, version: number, filter: ConvFilter, nextSeq: bigint, count: number): Page | undefined;
    private open;
    private close;
}
