import type { GetTotalUnreadNumberResult, TIMConversationListFilter } from '../generated/types.ts';
/** What happened to the badges since the previous change. */
export interface BadgeChange {
    /** The unread total changed. */
    readonly totalUnread: boolean;
    /** Names of watched filters whose count changed, in the order they were watched. */
    readonly unreadFilters: readonly string[];
    /** Conversation groups whose count changed, in group order. */
    readonly unreadGroups: readonly string[];
    /** Groups were created, deleted or renamed. */
    readonly groups: boolean;
}
export interface Subscription {
    readonly id: string;
    readonly filter: TIMConversationListFilter;
    users: number;
}
/** The count in an answer of the total or by-filter unread call. */
export declare function unreadCountOf(r: GetTotalUnreadNumberResult): number;
export declare function groupFilter(name: string): TIMConversationListFilter;
export declare class BadgeBook {
    total: number | undefined;
    private groupNames;
    private readonly named;
    private readonly subs;
    private readonly values;
    private totalChanged;
    private groupsChanged;
    /** Subscriptions whose count changed. */
    private readonly changedIds;
    /** Names and groups that took up a subscription whose count was already known. */
    private readonly joined;
    get groups(): readonly string[];
    get subscriptions(): readonly Subscription[];
    /** Watched filters: name and filter, in the order they were watched. */
    get watches(): {
        name: string;
        filter: TIMConversationListFilter;
    }[];
    valueOf(name: string): number | undefined;
    groupValue(group: string): number | undefined;
    setTotal(n: number): void;
    /** Records the SDK's count for a subscription; ignored when nobody uses that filter any more. */
    setValue(id: string, n: number): void;
    /** The subscription an echoed filter belongs to: the exact identity, else the only loose match. */
    match(echo: TIMConversationListFilter): string | undefined;
    /** Watches `filter` under `name` (replacing a watch of that name). Returns a subscription the SDK does not have yet. */
    watch(name: string, filter: TIMConversationListFilter): {
        added?: Subscription;
        dropped?: Subscription;
    };
    /** Stops watching `name`; returns the subscription when it has no user left. */
    unwatch(name: string): Subscription | undefined;
    /** Makes the group list equal to `names`; returns the subscriptions added and those left unused. */
    setGroups(names: readonly string[]): {
        added: Subscription[];
        dropped: Subscription[];
    };
    takeChange(): BadgeChange | undefined;
    get pending(): boolean;
    private use;
    private release;
}
