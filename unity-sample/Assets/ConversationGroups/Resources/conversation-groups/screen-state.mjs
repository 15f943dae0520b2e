// The screen as data: what the view draws and what a test reads. Built from the store's ConvInfo by
// the pure functions below; nothing here knows about Unity.
import { ConversationStore, TIMConversationMarkType } from 'timconv.mjs';
/** The star mark, as the mark-type bit the mark calls and filters take. */
export const STAR_MARK = BigInt(TIMConversationMarkType.kTIMConversationMarkTypeStar);
/** Tab IDs: "All", the starred conversations, and one per conversation group. */
export const ALL_TAB = 'all';
export const STARRED_TAB = 'starred';
const GROUP_PREFIX = 'group:';
/** The filter of the "Starred" tab; its badge is a watched filter of the store under STARRED_TAB. */
export const STARRED_FILTER = { conversation_list_filter_mark_type: STAR_MARK };
export const ALL_TITLE = 'All';
export const STARRED_TITLE = 'Starred';
export function groupTab(group) {
    return GROUP_PREFIX + group;
}
/** The conversation group a tab shows, or null for "All" and "Starred". */
export function groupOfTab(tab) {
    return tab.startsWith(GROUP_PREFIX) ? tab.slice(GROUP_PREFIX.length) : null;
}
/** The filter that selects a tab's conversations; null for "All". */
export function filterOfTab(tab) {
    if (tab === STARRED_TAB)
        return STARRED_FILTER;
    const group = groupOfTab(tab);
    return group === null ? null : { conversation_list_filter_conversation_group: group };
}
function previewOf(c) {
    for (const elem of c.conv_last_msg?.message_elem_array ?? []) {
        if ('text_elem_content' in elem && typeof elem.text_elem_content === 'string')
            return elem.text_elem_content.slice(0, 40);
    }
    return '';
}
/** Whether the conversation carries the star mark. */
export function isStarred(c) {
    return (c.conv_mark_array ?? []).some((m) => (m & STAR_MARK) !== 0n);
}
export function rowOf(c, picked) {
    const id = ConversationStore.idOf(c) ?? '';
    return {
        id,
        title: c.conv_show_name || c.conv_id || id,
        unread: c.conv_unread_num ?? 0,
        starred: isStarred(c),
        groups: [...(c.conv_conversation_group_array ?? [])],
        preview: previewOf(c),
        picked: picked.has(id),
    };
}
/** Tabs in the order: All, Starred, then the groups as the SDK lists them; badges from the store. */
export function tabsOf(store, selected) {
    const tabs = [
        { id: ALL_TAB, group: null, title: ALL_TITLE, unread: store.totalUnread ?? 0 },
        { id: STARRED_TAB, group: null, title: STARRED_TITLE, unread: store.unread(STARRED_TAB) ?? 0 },
        ...store.groups.map((group) => ({ id: groupTab(group), group, title: group, unread: store.groupUnread(group) ?? 0 })),
    ];
    return tabs.map((t) => ({ ...t, selected: t.id === selected }));
}
