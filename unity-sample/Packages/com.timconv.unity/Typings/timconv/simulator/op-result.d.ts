import { TIMErrCode } from '../generated/types.ts';
import type { ConvRecord } from './conversation.ts';
import type { Simulation } from './simulation.ts';
export interface OpResult {
    conversation_operation_result_conversation_id: string;
    conversation_operation_result_result_code: number;
    conversation_operation_result_result_info: string;
}
export declare function opResult(convKey: string, code?: TIMErrCode, info?: string): OpResult;
/**
 * One result per ID, in request order: 6004 for an ID that names no conversation, what `each`
 * returns (after doing its part) for the others. `ids` holds each ID once (the decoder saw to it).
 */
export declare function resultsFor(sim: Simulation, ids: readonly string[], each: (rec: ConvRecord, key: string) => OpResult): OpResult[];
export declare function opResultsJson(results: readonly OpResult[]): string;
