// One clear sentence per failure the screen can meet, by the SDK's (or the runtime's) code.
const MESSAGES = {
    7013: 'Conversation groups and marks need the Premium edition of Tencent IM; this app is on another edition (7013).',
    51009: 'That conversation group does not exist (any more) (51009).',
    51010: 'An account can have at most 20 conversation groups; delete one first (51010).',
    51011: 'A group name takes 1 to 32 bytes in UTF-8; a Chinese character counts 3, most emoji 4 (51011).',
    51006: 'At most 100 conversations fit in one call (51006).',
    51008: 'At most 1000 conversations can be grouped or marked in total (51008).',
    6004: 'The conversation does not exist (6004).',
    6014: 'Not logged in (6014).',
    6017: 'The SDK refused that name or parameter, for example a group name already in use (6017).',
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
