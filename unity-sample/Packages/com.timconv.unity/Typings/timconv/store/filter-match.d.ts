import type { ConvInfo, TIMConversationListFilter } from '../generated/types.ts';
/** The filter's keys; the names are the SDK's. */
export declare const FILTER_KEYS: readonly ['conversation_list_filter_conv_type', 'conversation_list_filter_conversation_group', 'conversation_list_filter_mark_type', 'conversation_list_filter_has_unread_count', 'conversation_list_filter_has_group_at_info'];
export declare function matchesFilter(f: TIMConversationListFilter, info: ConvInfo): boolean;
/** What a conversation adds to an unread total: nothing when its receive option mutes it. */
export declare function unreadContribution(info: ConvInfo): number;
/**
 * A text equal for two filters exactly when they select the same conversations by the rules above
 * (conv_type 0 and an absent conv_type are the same filter).
 */
export declare function filterIdentity(f: TIMConversationListFilter): string;
/**
 * The identity of a filter as the SDK echoes it in the by-filter event, read through the three keys
 * the header says tell subscriptions apart (type, group, mark), with absent keys as 0 / "" / 0.
 * Used only when no subscription has the echo's exact identity.
 */
export declare function looseIdentity(f: TIMConversationListFilter): string;
/** A copy holding only the filter keys the caller set, so later changes to the caller's object do not leak in. */
export declare function copyFilter(f: TIMConversationListFilter): TIMConversationListFilter;
