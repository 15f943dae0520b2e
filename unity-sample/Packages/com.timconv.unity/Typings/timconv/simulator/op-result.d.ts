import { TIMErrCode } from '../generated/types.ts';
export interface OpResult {
    conversation_operation_result_conversation_id: string;
    conversation_operation_result_result_code: number;
    conversation_operation_result_result_info: string;
}
export declare function opResult(convKey: string, code?: TIMErrCode, info?: string): OpResult;
export declare function opResultsJson(results: readonly OpResult[]): string;
