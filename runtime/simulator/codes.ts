// The numbers the simulator answers with: TIMResult values for the synchronous return, TIMErrCode
// values for the completion callback and the per-conversation operation results.

/** Synchronous return values (TIMResult). */
export const TIM_SUCC = 0;
export const TIM_ERR_NOTLOGIN = -2;
export const TIM_ERR_JSON = -3;
export const TIM_ERR_PARAM = -4;
export const TIM_ERR_CONV = -5;

/** Completion and per-conversation codes (TIMErrCode). */
export const ERR_SUCC = 0;
export const ERR_INVALID_CONVERSATION = 6004;
export const ERR_SDK_NOT_LOGGED_IN = 6014;
export const ERR_INVALID_PARAMETERS = 6017;
export const ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT = 7008;
export const ERR_SDK_INTERFACE_NOT_SUPPORT = 7013;
export const ERR_CONV_REQ_COUNT_EXCEED_LIMIT = 51006;
export const ERR_CONV_TOTAL_COUNT_EXCEED_LIMIT = 51008;
export const ERR_CONV_GROUP_NOT_EXIST = 51009;
export const ERR_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT = 51010;
export const ERR_CONV_GROUP_NAME_EXCEED_LENGTH = 51011;

/** What a completion callback receives: (code, desc, json). */
export interface Reply {
  code: number;
  desc: string;
  json: string;
}

export function ok(json = ''): Reply {
  return { code: ERR_SUCC, desc: '', json };
}

/** A failed completion: the json is always the empty string, as the real SDK sends. */
export function fail(code: number, desc: string): Reply {
  return { code, desc, json: '' };
}

export const NOT_LOGGED_IN = 'not logged in';
export const NOT_SUPPORTED = 'conversation groups and marks need the Premium edition';
export const NO_SUCH_CONVERSATION = 'conversation not found';
