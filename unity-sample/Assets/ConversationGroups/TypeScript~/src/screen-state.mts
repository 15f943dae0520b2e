// The screen as data: what the view draws and what a test reads. Built from the SDK's ConvInfo by
// the pure functions below; nothing here knows about Unity.
import type { ConvInfo, TIMConversationListFilter } from 'timconv.mjs';

/** The star mark (TIMConversationMarkType.kTIMConversationMarkTypeStar): bit 0 of the mark type. */
export const STAR_MARK = 1n;
/** TIMConvType of a one-to-one conversation; 2 is a group chat. */
const C2C = 1;

export interface GroupTab {
  /** The conversation group, or null for the "All" tab. */
  group: string | null;
  title: string;
  /** Unread messages in the tab's conversations, kept current by the SDK's listeners. */
  unread: number;
  selected: boolean;
}

export interface ConversationRow {
  /** The ID the group and mark calls take: "c2c_<userID>" or "group_<groupID>". */
  id: string;
  title: string;
  unread: number;
  starred: boolean;
  /** The conversation groups it is in. */
  groups: string[];
  /** The start of the last message's text, if it has any. */
  preview: string;
  /** Picked for the next create or move. */
  picked: boolean;
}

export interface ScreenState {
  /** loading until the first list arrived; offline when the SDK could not log in. */
  status: 'loading' | 'ready' | 'offline';
  /** Where the data comes from, for the header. */
  source: string;
  tabs: GroupTab[];
  selected: string | null;
  conversations: ConversationRow[];
  /** A sentence for the user about the last thing that failed, or null. */
  error: string | null;
  /** The SDK's (or the runtime's) code of that failure. */
  errorCode: number | null;
  /** A call is in flight. */
  busy: boolean;
}

export const ALL_TITLE = 'All';

/** The conversation ID the group calls take, from a ConvInfo's bare ID and type. */
export function conversationId(c: ConvInfo): string {
  return `${c.conv_type === C2C ? 'c2c' : 'group'}_${c.conv_id ?? ''}`;
}

/** The filter that selects one conversation group (its unread badge and its list). */
export function groupFilter(group: string): TIMConversationListFilter {
  return { conversation_list_filter_conversation_group: group };
}

function previewOf(c: ConvInfo): string {
  for (const elem of c.conv_last_msg?.message_elem_array ?? []) {
    if ('text_elem_content' in elem && typeof elem.text_elem_content === 'string') return elem.text_elem_content.slice(0, 40);
  }
  return '';
}

export function rowOf(c: ConvInfo, picked: ReadonlySet<string>): ConversationRow {
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
export function tabsOf(groups: readonly string[], unread: ReadonlyMap<string | null, number>, selected: string | null): GroupTab[] {
  return [null, ...groups].map((group) => ({
    group,
    title: group ?? ALL_TITLE,
    unread: unread.get(group) ?? 0,
    selected: group === selected,
  }));
}
