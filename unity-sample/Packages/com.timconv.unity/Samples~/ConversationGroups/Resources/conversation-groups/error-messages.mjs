// One clear sentence per failure the screen can meet, by the SDK's (or the runtime's) code.
import { TIMErrCode } from 'timconv.mjs';
const MESSAGES = {
    [TIMErrCode.ERR_SDK_INTERFACE_NOT_SUPPORT]: 'Conversation groups and marks need the Premium edition of Tencent IM; this app is on another edition (7013).',
    [TIMErrCode.ERR_SVR_CONV_CONV_GROUP_NOT_EXIST]: 'That conversation group does not exist (any more) (51009).',
    [TIMErrCode.ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT]: 'An account can have at most 20 conversation groups; delete one first (51010).',
    [TIMErrCode.ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH]: 'A group name takes 1 to 32 bytes in UTF-8; a Chinese character counts 3, most emoji 4 (51011).',
    [TIMErrCode.ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT]: 'At most 100 conversations fit in one call (51006).',
    [TIMErrCode.ERR_SVR_CONV_CONV_MARK_TOTAL_COUNT_EXCEED_LIMIT]: 'At most 1000 conversations can be grouped or marked in total (51008).',
    [TIMErrCode.ERR_INVALID_CONVERSATION]: 'The conversation does not exist (6004).',
    [TIMErrCode.ERR_SDK_NOT_LOGGED_IN]: 'Not logged in (6014).',
    [TIMErrCode.ERR_INVALID_PARAMETERS]: 'The SDK refused that name or parameter, for example a group name already in use (6017).',
};
function isCoded(err) {
    return typeof err === 'object' && err !== null && typeof err.code === 'number';
}
/** The code of an error from the runtime (a TimError) or the SDK, or null for anything else. */
export function codeOf(err) {
    return isCoded(err) ? err.code : null;
}
/** What to tell the user about a failed call. */
export function explain(err) {
    if (!isCoded(err))
        return `Unexpected failure: ${String(err)}`;
    const known = MESSAGES[err.code];
    if (known)
        return known;
    return `The call failed with code ${err.code}: ${err.desc || err.message || 'no description'}.`;
}
/** What to tell the user about the conversations a group or mark call could not handle. */
export function explainEntries(failed) {
    if (failed.length === 0)
        return null;
    return failed.map((f) => `${f.id}: ${MESSAGES[f.code] ?? `code ${f.code}`}`).join(' ');
}
