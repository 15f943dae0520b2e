// TIMConversationOperationResult: the per-conversation outcome list that list operations return.
import { TIMErrCode } from '../generated/types.ts';
import { stringify } from '../json64.ts';

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

export function opResultsJson(results: readonly OpResult[]): string {
  return stringify(results);
}
