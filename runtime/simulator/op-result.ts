// TIMConversationOperationResult: the per-conversation outcome list that list operations return.
import { TIMErrCode } from '../generated/types.ts';
import { stringify } from '../json64.ts';
import { NO_SUCH_CONVERSATION } from './codes.ts';
import type { ConvRecord } from './conversation.ts';
import type { Simulation } from './simulation.ts';

export interface OpResult {
  conversation_operation_result_conversation_id: string;
  conversation_operation_result_result_code: number;
  conversation_operation_result_result_info: string;
}

export function opResult(convKey: string, code = TIMErrCode.ERR_SUCC, info = ''): OpResult {
  return {
    conversation_operation_result_conversation_id: convKey,
    conversation_operation_result_result_code: code,
    conversation_operation_result_result_info: info,
  };
}

/**
 * One result per ID, in request order: 6004 for an ID that names no conversation, what `each`
 * returns (after doing its part) for the others. `ids` holds each ID once (the decoder saw to it).
 */
export function resultsFor(sim: Simulation, ids: readonly string[], each: (rec: ConvRecord, key: string) => OpResult): OpResult[] {
  return ids.map((key) => {
    const rec = sim.store.get(key);
    return rec ? each(rec, key) : opResult(key, TIMErrCode.ERR_INVALID_CONVERSATION, NO_SUCH_CONVERSATION);
  });
}

export function opResultsJson(results: readonly OpResult[]): string {
  return stringify(results);
}
