import { type ConvRecord, type GroupAtInfo, type JsonObject } from './conversation.ts';
import type { Simulation } from './simulation.ts';
/** A Message JSON object; any key left out gets a plausible value. */
export type MessageInput = JsonObject;
/** Put in message_group_at_user_array to @ everyone in the group. */
export declare const AT_ALL_TAG = "__kImSDK_MessageAtALL__";
export declare const AT_ME = 1;
export declare const AT_ALL = 2;
export declare const AT_ALL_AND_ME = 3;
/** Copies plain objects and arrays so later changes to the caller's object do not leak in. */
export declare function cloneJson<T>(v: T): T;
/** The message as stored: the input plus the conversation it belongs to, times, sequence and IDs. */
export declare function completeMessage(sim: Simulation, rec: ConvRecord, input: MessageInput, seq: bigint): JsonObject;
/** Refuses a message whose given sequence is no uint64, before anything is stored. */
export declare function checkMessageSeq(input: MessageInput): void;
/** A uint64 message field (a sequence) as an exact bigint; a number counts only when it is a safe
 *  integer (a larger one has lost digits already). */
export declare function exactUint(v: unknown, fallback: bigint): bigint;
/** Numeric value of a message field that may be a number or a bigint (times: seconds). */
export declare function numeric(v: unknown, fallback: number): number;
/** The @ info a group message creates for the logged-in user, if any. */
export declare function atInfoFor(sim: Simulation, rec: ConvRecord, m: JsonObject): GroupAtInfo | undefined;
/** Applies a delivered message to its record (call inside store.update). */
export declare function applyMessage(sim: Simulation, rec: ConvRecord, m: JsonObject): void;
