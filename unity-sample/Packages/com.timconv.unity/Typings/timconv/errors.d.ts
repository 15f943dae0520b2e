/** TIMResult: the synchronous return of every TIMConv function. */
export declare const TIM_SUCC = 0;
export declare const TIM_ERR_SDKUNINIT = -1;
export declare const TIM_ERR_NOTLOGIN = -2;
export declare const TIM_ERR_JSON = -3;
export declare const TIM_ERR_PARAM = -4;
export declare const TIM_ERR_CONV = -5;
export declare const TIM_ERR_GROUP = -6;
/** No completion arrived within `timeoutMs`; a completion that comes later is ignored. */
export declare const TIMCONV_ERR_TIMEOUT = -901;
/** The manager was disposed while the call was pending, or used after dispose. */
export declare const TIMCONV_ERR_DISPOSED = -902;
/** The SDK answered success, but its payload is not JSON or breaks the result schema
 *  (strict output validation). Also the code of invalid listener payloads reported to `onError`. */
export declare const TIMCONV_ERR_INVALID_RESULT = -903;
/** The bridge threw instead of returning a code, or called back in a way its contract forbids. */
export declare const TIMCONV_ERR_BRIDGE = -904;
/** A short explanation of a TIMResult or runtime code, or undefined for SDK codes. */
export declare function describeCode(code: number): string | undefined;
/** One broken rule of a payload. */
export interface Problem {
    /** JSON pointer into the checked object (keyed by C parameter name), e.g. "/group_name". */
    path: string;
    /** The schema keyword that failed, e.g. "x-maxUtf8Bytes", "required", "type". */
    rule: string;
    /** The rule's bound when it has one (maxItems 100, x-maxUtf8Bytes 32, ...). */
    limit?: unknown;
    /** The offending value (absent for a missing property). */
    value?: unknown;
    /** The rule's other parameters as the validator reported them. */
    params?: Record<string, unknown>;
    /** The SDK's own code for this limit, when the SDK documents one. */
    sdkCode?: number;
    /** Readable sentence, e.g. "group_name must be at most 32 bytes in UTF-8". */
    message: string;
}
export interface TimErrorInit {
    /** The C function or callback concerned, e.g. "TIMConvGetConvList". */
    fn?: string;
    problems?: Problem[];
    /** The raw JSON the SDK sent with a failure, if any. */
    payload?: string;
    cause?: unknown;
}
export declare class TimError extends Error {
    readonly code: number;
    /** The SDK's description (from the callback), or the runtime's. */
    readonly desc: string;
    readonly fn?: string;
    /** Every broken rule, for validation failures. */
    readonly problems: readonly Problem[];
    readonly payload?: string;
    constructor(code: number, desc: string, init?: TimErrorInit);
}
