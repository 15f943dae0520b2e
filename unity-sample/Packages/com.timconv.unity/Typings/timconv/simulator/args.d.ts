import type { BridgeArg } from '../bridge.ts';
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
export declare function parseJson(arg: BridgeArg | undefined): Decoded<unknown>;
export declare const str: (arg: BridgeArg | undefined) => Decoded<string>;
export declare const bool: (arg: BridgeArg | undefined) => Decoded<boolean>;
export declare const uint32: (arg: BridgeArg | undefined) => Decoded<number>;
/** uint64_t arrives as bigint; a safe integer number is taken too. */
export declare const uint64: (arg: BridgeArg | undefined) => Decoded<bigint>;
export declare function nonEmptyStr(arg: BridgeArg | undefined): Decoded<string>;
export declare function convType(arg: BridgeArg | undefined): Decoded<ConvType>;
/** A page size: a uint32 of 1 or more (the library returns -3 for 0). */
export declare function pageCount(arg: BridgeArg | undefined): Decoded<number>;
/**
 * A JSON array of conversation IDs. Duplicates are dropped (first one kept); the 100-per-call limit
 * is checked by the operation, because it answers 51006 in the callback. An empty array is refused
 * with `emptyCode` (the library returns -3 for most list calls), or passed on when it is null.
 */
export declare function idArray(arg: BridgeArg | undefined, emptyCode?: number | null): Decoded<string[]>;
/** Runs decoders in order and stops at the first rejection. */
export declare function decodeAll<T extends unknown[]>(...items: {
    [K in keyof T]: Decoded<T[K]>;
}): Decoded<T>;
