/** The star mark (TIMConversationMarkType.kTIMConversationMarkTypeStar): bit 0 of the mark type. */
export const STAR_MARK = 1n;
/** TIMConvType of a one-to-one conversation; 2 is a group chat. */
const C2C = 1;
export const ALL_TITLE = 'All';
/** The conversation ID the group calls take, from a ConvInfo's bare ID and type. */
export function conversationId(c) {
    return `${c.conv_type === C2C ? 'c2c' : 'group'}_${c.conv_id ?? ''}`;
}
/** The filter that selects one conversation group (its unread badge and its list). */
export function groupFilter(group) {
    return { conversation_list_filter_conversation_group: group };
}
function previewOf(c) {
    for (const elem of c.conv_last_msg?.message_elem_array ?? []) {
        if ('text_elem_content' in elem && typeof elem.text_elem_content === 'string')
            return elem.text_elem_content.slice(0, 40);
    }
    return '';
}
export function rowOf(c, picked) {
    const id = conversationId(c);
    return {
        id,
        title: c.conv_show_name || c.conv_id || id,
        unread: c.conv_unread_num ?? 0,
        starred: (c.conv_mark_array ?? []).some((m) => (m & STAR_MARK) !== 0n),
        groups: [...(c.conv_conversation_group_array ?? [])],
        preview: previewOf(c),
        picked: picked.has(id),
    };
}
/** Tabs in the order: All, then the groups as the SDK lists them. */
export function tabsOf(groups, unread, selected) {
    return [null, ...groups].map((group) => ({
        group,
        title: group ?? ALL_TITLE,
        unread: unread.get(group) ?? 0,
        selected: group === selected,
    }));
}
