// The one error type the runtime throws or rejects with, and the codes it uses.
//
// `code` is always a number game code can switch on:
//   - an SDK error code from a TIMCommCallback (6014, 7013, 51009, ...);
//   - a TIMResult (-1 .. -6) from a synchronous return, or -4 (TIM_ERR_PARAM) when the runtime
//     refuses the arguments before calling the SDK;
//   - the SDK's own code for a documented limit, when the runtime catches that limit first
//     (51011 group name over 32 bytes, 51006 over 100 conversations): one code whichever layer
//     notices;
//   - one of the runtime codes below (-901 .. -904) for what only the runtime can see. No SDK header
//     gives any of them a meaning (test/runtime/core-codes.test.ts reads every enumerator of the
//     pinned SDK's headers to check).

import { TIMResult } from './generated/types.ts';

/** TIMResult: the synchronous return of every TIMConv function (values from the generated enum). */
export const TIM_SUCC = TIMResult.TIM_SUCC;
export const TIM_ERR_SDKUNINIT = TIMResult.TIM_ERR_SDKUNINIT;
export const TIM_ERR_NOTLOGIN = TIMResult.TIM_ERR_NOTLOGIN;
export const TIM_ERR_JSON = TIMResult.TIM_ERR_JSON;
export const TIM_ERR_PARAM = TIMResult.TIM_ERR_PARAM;
export const TIM_ERR_CONV = TIMResult.TIM_ERR_CONV;
export const TIM_ERR_GROUP = TIMResult.TIM_ERR_GROUP;

/** No completion arrived within `timeoutMs`; a completion that comes later is ignored. */
export const TIMCONV_ERR_TIMEOUT = -901;
/** The manager was disposed while the call was pending, or used after dispose. */
export const TIMCONV_ERR_DISPOSED = -902;
/** The SDK answered success, but its payload is not JSON or breaks the result schema
 *  (strict output validation). Also the code of invalid listener payloads reported to `onError`. */
export const TIMCONV_ERR_INVALID_RESULT = -903;
/** The bridge threw instead of returning a code, or called back in a way its contract forbids. */
export const TIMCONV_ERR_BRIDGE = -904;

const NAMES: Record<number, string> = {
  [TIM_ERR_SDKUNINIT]: 'TIM_ERR_SDKUNINIT: the SDK is not initialized',
  [TIM_ERR_NOTLOGIN]: 'TIM_ERR_NOTLOGIN: not logged in',
  [TIM_ERR_JSON]: 'TIM_ERR_JSON: malformed JSON or JSON key',
  [TIM_ERR_PARAM]: 'TIM_ERR_PARAM: invalid parameter',
  [TIM_ERR_CONV]: 'TIM_ERR_CONV: invalid conversation',
  [TIM_ERR_GROUP]: 'TIM_ERR_GROUP: invalid group',
  [TIMCONV_ERR_TIMEOUT]: 'TIMCONV_ERR_TIMEOUT: no answer in time',
  [TIMCONV_ERR_DISPOSED]: 'TIMCONV_ERR_DISPOSED: the manager was disposed',
  [TIMCONV_ERR_INVALID_RESULT]: 'TIMCONV_ERR_INVALID_RESULT: the SDK answered with a payload that breaks its schema',
  [TIMCONV_ERR_BRIDGE]: 'TIMCONV_ERR_BRIDGE: the bridge failed',
};

/**
 * A code as a bridge may pass it, as a number: an integer, or a bigint or decimal text that holds
 * one (some hosts hand codes over as strings). Anything else (undefined, NaN, 1.5, "ok") is
 * undefined: the bridge broke its contract.
 */
export function asCode(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : undefined;
  if (typeof v === 'string' && /^-?\d{1,15}$/.test(v)) return Number(v);
  return undefined;
}

/** A short explanation of a TIMResult or runtime code, or undefined for SDK codes. */
export function describeCode(code: number): string | undefined {
  return NAMES[code];
}

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

export class TimError extends Error {
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
  constructor(code: number, desc: string, init: TimErrorInit = {}) {
    const text = typeof desc === 'string' ? desc : String(desc);
    super(init.fn ? `${init.fn}: ${text}` : text);
    this.name = 'TimError';
    this.code = asCode(code) ?? TIMCONV_ERR_BRIDGE;
    this.desc = text;
    this.fn = init.fn;
    this.problems = init.problems ?? [];
    this.omittedProblems = init.omittedProblems ?? 0;
    if (init.payload !== undefined) this.payload = init.payload;
    if (init.cause !== undefined) (this as { cause?: unknown }).cause = init.cause;
  }
}
