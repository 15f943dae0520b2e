import type { BridgeArg } from '../bridge.ts';
import { type ValueKind } from '../crossing.ts';
import { type ConvType } from './conversation.ts';
export declare const codec: import("../json64.ts").Json64Codec;
/** A decoded argument, or the TIMResult that rejects the call. */
export type Decoded<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    code: number;
};
export declare const accept: <T>(value: T) => Decoded<T>;
export declare const reject: (code: number) => Decoded<never>;
export declare function parseJson(arg: CArg | undefined): Decoded<unknown>;
/** A C argument after its row's check: the JS value its row gives (a uint64 always a bigint). */
export type CArg = string | number | bigint | boolean;
/**
 * Checks each argument against the row of its parameter (runtime/crossing.ts), in C order, and
 * returns them in their rows' JS types; TIM_ERR_PARAM for one that does not fit (wrong type, out
 * of range, not whole, a NUL in a string).
 */
export declare function checkArgs(kinds: readonly ValueKind[], args: readonly BridgeArg[]): Decoded<CArg[]>;
export declare function nonEmptyStr(arg: CArg): Decoded<string>;
/** A conversation type the service keeps (C2C or group). */
export declare function convType(arg: CArg): Decoded<ConvType>;
/** A page size: 1 or more (the library returns -3 for 0). */
export declare function pageCount(arg: CArg): Decoded<number>;
/**
 * A JSON array of conversation IDs. Duplicates are dropped (first one kept); the 100-per-call limit
 * is checked by the operation, because it answers 51006 in the callback. An empty array is refused
 * with `emptyCode` (the library returns -3 for most list calls), or passed on when it is null.
 */
export declare function idArray(arg: CArg, emptyCode?: number | null): Decoded<string[]>;
/** Runs decoders in order and stops at the first rejection. */
export declare function decodeAll<T extends unknown[]>(...items: {
    [K in keyof T]: Decoded<T[K]>;
}): Decoded<T>;
