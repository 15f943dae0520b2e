/** Synchronous return values (TIMResult). */
export declare const TIM_SUCC = 0;
export declare const TIM_ERR_NOTLOGIN = -2;
export declare const TIM_ERR_JSON = -3;
export declare const TIM_ERR_PARAM = -4;
export declare const TIM_ERR_CONV = -5;
/** Completion and per-conversation codes (TIMErrCode). */
export declare const ERR_SUCC = 0;
export declare const ERR_INVALID_CONVERSATION = 6004;
export declare const ERR_SDK_NOT_LOGGED_IN = 6014;
export declare const ERR_INVALID_PARAMETERS = 6017;
export declare const ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT = 7008;
export declare const ERR_SDK_INTERFACE_NOT_SUPPORT = 7013;
export declare const ERR_CONV_REQ_COUNT_EXCEED_LIMIT = 51006;
export declare const ERR_CONV_TOTAL_COUNT_EXCEED_LIMIT = 51008;
export declare const ERR_CONV_GROUP_NOT_EXIST = 51009;
export declare const ERR_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT = 51010;
export declare const ERR_CONV_GROUP_NAME_EXCEED_LENGTH = 51011;
/** What a completion callback receives: (code, desc, json). */
export interface Reply {
    code: number;
    desc: string;
    json: string;
}
export declare function ok(json?: string): Reply;
/** A failed completion: the json is always the empty string, as the real SDK sends. */
export declare function fail(code: number, desc: string): Reply;
export declare const NOT_LOGGED_IN = "not logged in";
export declare const NOT_SUPPORTED = "conversation groups and marks need the Premium edition";
export declare const NO_SUCH_CONVERSATION = "conversation not found";
