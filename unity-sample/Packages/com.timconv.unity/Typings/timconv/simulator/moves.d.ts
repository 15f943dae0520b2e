import type { ConvRecord } from './conversation.ts';
import type { Indexed, OrderKey } from './order-key.ts';
export interface MoveEntry extends Indexed {
    /** The key the record left. */
    readonly ik: OrderKey;
    readonly rec: ConvRecord;
    /** Store version from which the record had this key. */
    readonly from: number;
    /** Store version of the move that ended it. */
    readonly until: number;
}
/** True when a pass opened at `version` saw the record at this entry's key. */
export declare function validAt(e: MoveEntry, version: number): boolean;
/** Move entries in the order they were made (so also in order of `until`). */
export declare class MoveLog {
    private entries;
    private head;
    get size(): number;
    add(e: MoveEntry): void;
    oldest(): MoveEntry | undefined;
    /** The entry `i` places from the oldest. */
    at(i: number): MoveEntry | undefined;
    /** Removes and returns the oldest entry. */
    shift(): MoveEntry | undefined;
}
