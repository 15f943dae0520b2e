// Unread badges as the SDK reports them: the total, one count per watched filter (by the name the
// game gave it) and one per conversation group. Filters that select the same conversations share
// one SDK subscription and one value; the book counts who uses each so the subscription ends with
// its last user. It also records which badges changed since the previous coalesced change.
import type { GetTotalUnreadNumberResult, TIMConversationListFilter } from '../generated/types.ts';
import { copyFilter, filterIdentity, looseIdentity } from './filter-match.ts';

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
export function unreadCountOf(r: GetTotalUnreadNumberResult): number {
  return r.conv_get_total_unread_message_count_result_unread_count ?? 0;
}

export function groupFilter(name: string): TIMConversationListFilter {
  return { conversation_list_filter_conversation_group: name };
}

export class BadgeBook {
  total: number | undefined;
  private groupNames: string[] = [];
  private readonly named = new Map<string, string>();
  private readonly subs = new Map<string, Subscription>();
  private readonly values = new Map<string, number>();
  private totalChanged = false;
  private groupsChanged = false;
  /** Subscriptions whose count changed. */
  private readonly changedIds = new Set<string>();
  /** Names and groups that took up a subscription whose count was already known. */
  private readonly joined = new Set<string>();

  get groups(): readonly string[] {
    return this.groupNames;
  }

  get subscriptions(): readonly Subscription[] {
    return [...this.subs.values()];
  }

  /** Watched filters: name and filter, in the order they were watched. */
  get watches(): { name: string; filter: TIMConversationListFilter }[] {
    return [...this.named].map(([name, id]) => ({ name, filter: this.subs.get(id)!.filter }));
  }

  valueOf(name: string): number | undefined {
    const id = this.named.get(name);
    return id === undefined ? undefined : this.values.get(id);
  }

  groupValue(group: string): number | undefined {
    return this.groupNames.indexOf(group) < 0 ? undefined : this.values.get(filterIdentity(groupFilter(group)));
  }

  setTotal(n: number): void {
    if (this.total !== n) this.totalChanged = true;
    this.total = n;
  }

  /** Records the SDK's count for a subscription; ignored when nobody uses that filter any more. */
  setValue(id: string, n: number): void {
    if (!this.subs.has(id) || this.values.get(id) === n) return;
    this.values.set(id, n);
    this.changedIds.add(id);
  }

  /** The subscription an echoed filter belongs to: the exact identity, else the only loose match. */
  match(echo: TIMConversationListFilter): string | undefined {
    const exact = filterIdentity(echo);
    if (this.subs.has(exact)) return exact;
    const loose = looseIdentity(echo);
    const found = [...this.subs.values()].filter((s) => looseIdentity(s.filter) === loose);
    return found.length === 1 ? found[0].id : undefined;
  }

  /** Watches `filter` under `name` (replacing a watch of that name). Returns a subscription the SDK does not have yet. */
  watch(name: string, filter: TIMConversationListFilter): { added?: Subscription; dropped?: Subscription } {
    const dropped = this.named.has(name) ? this.unwatch(name) : undefined;
    const sub = this.use(copyFilter(filter));
    this.named.set(name, sub.id);
    if (this.values.has(sub.id)) this.joined.add(`filter:${name}`);
    return { added: sub.users === 1 ? sub : undefined, dropped };
  }

  /** Stops watching `name`; returns the subscription when it has no user left. */
  unwatch(name: string): Subscription | undefined {
    const id = this.named.get(name);
    if (id === undefined) return undefined;
    this.named.delete(name);
    return this.release(id);
  }

  /** Makes the group list equal to `names`; returns the subscriptions added and those left unused. */
  setGroups(names: readonly string[]): { added: Subscription[]; dropped: Subscription[] } {
    const added: Subscription[] = [];
    const dropped: Subscription[] = [];
    for (const g of this.groupNames) if (names.indexOf(g) < 0) push(dropped, this.release(filterIdentity(groupFilter(g))));
    for (const g of names) {
      if (this.groupNames.indexOf(g) >= 0) continue;
      const sub = this.use(groupFilter(g));
      if (this.values.has(sub.id)) this.joined.add(`group:${g}`);
      if (sub.users === 1) added.push(sub);
    }
    if (names.length !== this.groupNames.length || names.some((g, i) => g !== this.groupNames[i])) this.groupsChanged = true;
    this.groupNames = [...names];
    return { added, dropped };
  }

  takeChange(): BadgeChange | undefined {
    if (!this.pending) return undefined;
    const ids = this.changedIds;
    const change: BadgeChange = {
      totalUnread: this.totalChanged,
      unreadFilters: [...this.named].filter(([name, id]) => ids.has(id) || this.joined.has(`filter:${name}`)).map(([name]) => name),
      unreadGroups: this.groupNames.filter((g) => ids.has(filterIdentity(groupFilter(g))) || this.joined.has(`group:${g}`)),
      groups: this.groupsChanged,
    };
    this.totalChanged = false;
    this.groupsChanged = false;
    this.changedIds.clear();
    this.joined.clear();
    return change;
  }

  get pending(): boolean {
    return this.totalChanged || this.groupsChanged || this.changedIds.size > 0 || this.joined.size > 0;
  }

  private use(filter: TIMConversationListFilter): Subscription {
    const id = filterIdentity(filter);
    let sub = this.subs.get(id);
    if (!sub) this.subs.set(id, (sub = { id, filter, users: 0 }));
    sub.users++;
    return sub;
  }

  private release(id: string): Subscription | undefined {
    const sub = this.subs.get(id);
    if (!sub) return undefined;
    if (--sub.users > 0) return undefined;
    this.subs.delete(id);
    this.values.delete(id);
    return sub;
  }
}

function push<T>(list: T[], item: T | undefined): void {
  if (item) list.push(item);
}
