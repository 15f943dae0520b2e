// One clear sentence per failure the screen can meet, by the SDK's (or the runtime's) code. Codes and
// limits are the generated ones the bundle exports (TIMErrCode, SDK_LIMITS), never restated here.
import { SDK_LIMITS, TIMErrCode } from 'timconv.mjs';

const SENTENCES: Partial<Record<number, string>> = {
  [TIMErrCode.ERR_SDK_INTERFACE_NOT_SUPPORT]: 'Conversation groups and marks need the Premium edition of Tencent IM; this app is on another edition',
  [TIMErrCode.ERR_SVR_CONV_CONV_GROUP_NOT_EXIST]: 'That conversation group does not exist (any more)',
  [TIMErrCode.ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT]: `An account can have at most ${SDK_LIMITS.conversationGroups} conversation groups; delete one first`,
  [TIMErrCode.ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH]: `A group name takes 1 to ${SDK_LIMITS.groupNameBytes} bytes in UTF-8; a Chinese character counts 3, most emoji 4`,
  [TIMErrCode.ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT]: `At most ${SDK_LIMITS.conversationsPerCall} conversations fit in one call`,
  [TIMErrCode.ERR_SVR_CONV_CONV_MARK_TOTAL_COUNT_EXCEED_LIMIT]: `At most ${SDK_LIMITS.groupedConversations} conversations can be in groups, and ${SDK_LIMITS.markedConversations} marked, in total`,
  [TIMErrCode.ERR_INVALID_CONVERSATION]: 'The conversation does not exist',
  [TIMErrCode.ERR_SDK_NOT_LOGGED_IN]: 'Not logged in',
  [TIMErrCode.ERR_INVALID_PARAMETERS]: 'The SDK refused that name or parameter, for example a group name already in use',
  [TIMErrCode.ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT]: 'Too many calls in a short time; wait a moment and try again',
  [TIMErrCode.ERR_SDK_INTERNAL_ERROR]: 'The SDK could not complete that (it also answers so for pins and custom data while it has no connection); try again later',
};

/** IDs named in full when several conversations failed the same way; the rest are counted. */
const IDS_NAMED = 3;

interface CodedError { code: number; desc?: string; message?: string }

function isCoded(err: unknown): err is CodedError {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'number';
}

/** The sentence for a code with the code after it, or null when there is none. */
function sentenceOf(code: number): string | null {
  const sentence = SENTENCES[code];
  return sentence === undefined ? null : `${sentence} (${code}).`;
}

/** The code of an error from the runtime (a TimError) or the SDK, or null for anything else. */
export function codeOf(err: unknown): number | null {
  return isCoded(err) ? err.code : null;
}

/** What to tell the user about a failed call. */
export function explain(err: unknown): string {
  if (!isCoded(err)) return `Unexpected failure: ${String(err)}`;
  return sentenceOf(err.code) ?? `The call failed with code ${err.code}: ${err.desc || err.message || 'no description'}.`;
}

/**
 * What to tell the user about the conversations a group or mark call could not handle: one sentence
 * per code, naming the first few conversations and counting the rest (a failed chunk of a batch
 * fails every conversation in it the same way).
 */
export function explainEntries(failed: { id: string; code: number }[]): string | null {
  if (failed.length === 0) return null;
  const byCode = new Map<number, string[]>();
  for (const f of failed) {
    const ids = byCode.get(f.code);
    if (ids) ids.push(f.id);
    else byCode.set(f.code, [f.id]);
  }
  return [...byCode].map(([code, ids]) => {
    const named = ids.slice(0, IDS_NAMED).join(', ');
    const who = ids.length === 1 ? named : `${ids.length} conversations (${named}${ids.length > IDS_NAMED ? ` and ${ids.length - IDS_NAMED} more` : ''})`;
    return `${who}: ${sentenceOf(code) ?? `code ${code}.`}`;
  }).join(' ');
}
