import { type ConvRecord, type JsonObject } from './conversation.ts';
/** Mark bits a conversation carries, one uint64 per bit, lowest bit first. */
export declare function markArray(marks: bigint): bigint[];
export declare function convInfo(rec: ConvRecord): JsonObject;
/** The same as stringify(convInfo(rec)), written field by field. */
export declare function convInfoJson(rec: ConvRecord): string;
/** A JSON array of ConvInfo. */
export declare function convInfoArrayJson(recs: readonly ConvRecord[]): string;
