// What the simulator answers with: the completion reply and the descriptions it carries. The codes
// themselves are the generated enums (TIMResult for synchronous returns, TIMErrCode for completions
// and per-conversation results), named as the SDK's headers name them.
import { SDK_LIMITS } from '../generated/sdk-constants.ts';
import { TIMErrCode } from '../generated/types.ts';

/** What a completion callback receives: (code, desc, json). */
export interface Reply {
  code: number;
  desc: string;
  json: string;
}

export function ok(json = ''): Reply {
  return { code: TIMErrCode.ERR_SUCC, desc: '', json };
}

/** A failed completion: the json is always the empty string, as the real SDK sends. */
export function fail(code: number, desc: string): Reply {
  return { code, desc, json: '' };
}

export const NOT_LOGGED_IN = 'not logged in';
export const NOT_SUPPORTED = 'conversation groups and marks need the Premium edition';
export const NO_SUCH_CONVERSATION = 'conversation not found';

/** The reply to a list call naming more conversations than the SDK takes at once, or undefined. */
export function overPerCallLimit(ids: readonly unknown[]): Reply | undefined {
  const max = SDK_LIMITS.conversationsPerCall;
  return ids.length > max ? fail(TIMErrCode.ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT, `at most ${max} conversations per call`) : undefined;
}
