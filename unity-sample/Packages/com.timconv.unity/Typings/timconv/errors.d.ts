import { TIMResult } from './generated/types.ts';
/** TIMResult: the synchronous return of every TIMConv function (values from the generated enum). */
export declare const TIM_SUCC = TIMResult.TIM_SUCC;
export declare const TIM_ERR_SDKUNINIT = TIMResult.TIM_ERR_SDKUNINIT;
export declare const TIM_ERR_NOTLOGIN = TIMResult.TIM_ERR_NOTLOGIN;
export declare const TIM_ERR_JSON = TIMResult.TIM_ERR_JSON;
export declare const TIM_ERR_PARAM = TIMResult.TIM_ERR_PARAM;
export declare const TIM_ERR_CONV = TIMResult.TIM_ERR_CONV;
export declare const TIM_ERR_GROUP = TIMResult.TIM_ERR_GROUP;
/** No completion arrived within `timeoutMs`; a completion that comes later is ignored. */
export declare const TIMCONV_ERR_TIMEOUT = -901;
/** The manager was disposed while the call was pending, or used after dispose. */
export declare const TIMCONV_ERR_DISPOSED = -902;
/** The SDK answered success, but its payload is not JSON or breaks the result schema
 *  (strict output validation). Also the code of invalid listener payloads reported to `onError`. */
export declare const TIMCONV_ERR_INVALID_RESULT = -903;
/** The bridge threw instead of returning a code, or called back in a way its contract forbids. */
export declare const TIMCONV_ERR_BRIDGE = -904;
/**
 * A code as a bridge may pass it, as a number: an integer, or a bigint or decimal text that holds
 * one (some hosts hand codes over as strings). Anything else (undefined, NaN, 1.5, "ok") is
 * undefined: the bridge broke its contract.
 */
export declare function asCode(v: unknown): number | undefined;
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
    /** Further problems found but not listed (problems keeps the first 20). */
    omittedProblems?: number;
    /** The raw JSON the SDK sent with a failure, if any. */
    payload?: string;
    cause?: unknown;
}
export declare class TimError extends Error {
    readonly code: number;
    /** The SDK's description (from the callback), or the runtime's. */
    readonly desc: string;
    readonly fn?: string;
    /** The broken rules of a validation failure (at most the first 20). */
    readonly problems: readonly Problem[];
    /** How many more problems there were than `problems` lists. */
    readonly omittedProblems: number;
    readonly payload?: string;
    /** `code` is made a number whatever it is (see asCode): game code can always switch on it. */
    constructor(code: number, desc: string, init?: TimErrorInit);
}
