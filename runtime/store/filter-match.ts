// TIMConversationListFilter on the store's side: which conversations a filter selects, whether a
// conversation counts toward unread totals, and one identity per filter. The rules are the ones
// the simulator documents (runtime/simulator/README.md, "Filters" and "Unread counts"):
//   - an absent key does not filter; conv_type 0 does not filter either;
//   - group "" selects conversations in no group, another name the conversations filed under it;
//   - mark 0 selects unmarked conversations, other bits the conversations carrying any of them;
//   - has_unread_count / has_group_at_info select by unread > 0 and by pending @ info.
// Unread totals leave out every conversation whose receive option is 1, 2 or 3 (not receive, not
// notify, not notify except @), as the 8.0.5906 header says.
import type { ConvInfo, TIMConversationListFilter } from '../generated/types.ts';

/** The filter's keys; the names are the SDK's. */
export const FILTER_KEYS = [
  'conversation_list_filter_conv_type',
  'conversation_list_filter_conversation_group',
  'conversation_list_filter_mark_type',
  'conversation_list_filter_has_unread_count',
  'conversation_list_filter_has_group_at_info',
] as const;

function markBits(info: ConvInfo): bigint {
  let bits = 0n;
  for (const m of info.conv_mark_array ?? []) bits |= BigInt(m);
  return bits;
}

export function matchesFilter(f: TIMConversationListFilter, info: ConvInfo): boolean {
  const type = f.conversation_list_filter_conv_type;
  if (type !== undefined && type !== 0 && info.conv_type !== type) return false;
  const group = f.conversation_list_filter_conversation_group;
  if (group !== undefined) {
    const groups = info.conv_conversation_group_array ?? [];
    if (group === '' ? groups.length !== 0 : groups.indexOf(group) < 0) return false;
  }
  const mark = f.conversation_list_filter_mark_type;
  if (mark !== undefined) {
    const bits = markBits(info);
    if (BigInt(mark) === 0n ? bits !== 0n : (bits & BigInt(mark)) === 0n) return false;
  }
  const hasUnread = f.conversation_list_filter_has_unread_count;
  if (hasUnread !== undefined && ((info.conv_unread_num ?? 0) > 0) !== hasUnread) return false;
  const hasAt = f.conversation_list_filter_has_group_at_info;
  if (hasAt !== undefined && ((info.conv_group_at_info_array ?? []).length > 0) !== hasAt) return false;
  return true;
}

/** What a conversation adds to an unread total: nothing when its receive option mutes it. */
export function unreadContribution(info: ConvInfo): number {
  const opt = info.conv_recv_opt ?? 0;
  return opt === 0 ? info.conv_unread_num ?? 0 : 0;
}

/**
 * A text equal for two filters exactly when they select the same conversations by the rules above
 * (conv_type 0 and an absent conv_type are the same filter).
 */
export function filterIdentity(f: TIMConversationListFilter): string {
  const type = f.conversation_list_filter_conv_type;
  const parts = [
    type === undefined || type === 0 ? '-' : String(type),
    f.conversation_list_filter_conversation_group === undefined ? '-' : JSON.stringify(f.conversation_list_filter_conversation_group),
    f.conversation_list_filter_mark_type === undefined ? '-' : String(BigInt(f.conversation_list_filter_mark_type)),
    f.conversation_list_filter_has_unread_count === undefined ? '-' : String(f.conversation_list_filter_has_unread_count),
    f.conversation_list_filter_has_group_at_info === undefined ? '-' : String(f.conversation_list_filter_has_group_at_info),
  ];
  return parts.join('|');
}

/**
 * The identity of a filter as the SDK echoes it in the by-filter event, read through the three keys
 * the header says tell subscriptions apart (type, group, mark), with absent keys as 0 / "" / 0.
 * Used only when no subscription has the echo's exact identity.
 */
export function looseIdentity(f: TIMConversationListFilter): string {
  return [
    f.conversation_list_filter_conv_type ?? 0,
    JSON.stringify(f.conversation_list_filter_conversation_group ?? ''),
    String(BigInt(f.conversation_list_filter_mark_type ?? 0n)),
  ].join('|');
}

/** A copy holding only the filter keys the caller set, so later changes to the caller's object do not leak in. */
export function copyFilter(f: TIMConversationListFilter): TIMConversationListFilter {
  const out: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) if (f[k] !== undefined) out[k] = f[k];
  return out as TIMConversationListFilter;
}
