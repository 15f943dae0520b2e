// Keeps the badge book in step with the SDK: subscribes each filter in use (its by-filter event then
// reports changes), reads each count once after subscribing, follows the total and the group
// events, and subscribes everything again after a login (the SDK forgets subscriptions at logout).
import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { TIMConversationListFilter } from '../generated/types.ts';
import { BadgeBook, unreadCountOf, type Subscription } from './badge-book.ts';
import { isLoggedOut } from './readiness.ts';
import type { StoreErrorHook, Tasks } from './tasks.ts';

/** Turns the group list into the one after a group event. */
export type GroupEdit = (groups: readonly string[]) => string[];

export class UnreadSync {
  readonly book = new BadgeBook();
  private readonly report: StoreErrorHook;
  private stopped = false;
  /** Events heard per subscription ("total" for the total): a read answered after one is older than it. */
  private readonly heard = new Map<string, number>();
  /** Group events since the oldest group-list read in flight, to replay on its answer. */
  private groupEdits: GroupEdit[] = [];
  private groupReads = 0;

  constructor(
    private readonly manager: ConversationManager,
    private readonly tasks: Tasks,
    report: StoreErrorHook,
    /** Called whenever the book may have a change to deliver. */
    private readonly changed: () => void,
  ) {
    // Not being logged in is a state, not a failure: the login's sync reloads every badge.
    this.report = (error, context) => { if (!isLoggedOut(error)) report(error, context); };
  }

  /** Subscribes `filter` under `name`; refuses an invalid filter with the validator's TimError. */
  watch(name: string, filter: TIMConversationListFilter): void {
    const refused = this.manager.checkArguments('TIMConvSubscribeUnreadMessageCountByFilter', [filter]);
    if (refused) throw refused;
    const { added, dropped } = this.book.watch(name, filter);
    if (dropped) this.unsubscribe(dropped);
    if (added) this.start(added, name);
    this.changed();
  }

  unwatch(name: string): void {
    const dropped = this.book.unwatch(name);
    if (dropped) this.unsubscribe(dropped);
    this.changed();
  }

  onTotal(n: number): void {
    this.hear('total');
    this.book.setTotal(n);
    this.changed();
  }

  onFilter(echo: TIMConversationListFilter, n: number): void {
    const id = this.book.match(echo);
    if (id === undefined) return;
    this.hear(id);
    this.book.setValue(id, n);
    this.changed();
  }

  /** A group was created, deleted or renamed: `edit` turns the group list into the new one. */
  onGroups(edit: GroupEdit): void {
    if (this.groupReads > 0) this.groupEdits.push(edit);
    this.setGroups(edit(this.book.groups));
  }

  /** Applies a new group list: subscribes new groups, unsubscribes vanished ones. */
  private setGroups(names: readonly string[]): void {
    const { added, dropped } = this.book.setGroups(names);
    for (const sub of dropped) this.unsubscribe(sub);
    for (const sub of added) this.start(sub, sub.filter.conversation_list_filter_conversation_group);
    this.changed();
  }

  /** Reads the total, the groups and every count again, subscribing every filter anew. */
  async reload(): Promise<void> {
    const totalStamp = this.stamp('total');
    const total = this.tasks.run(this.manager.getTotalUnreadMessageCount());
    const groups = this.tasks.run(this.manager.getConversationGroupList());
    this.groupReads++;
    try {
      // Group events that came while the read was in flight may be newer than its answer.
      const names = this.groupEdits.reduce<readonly string[]>((g, edit) => edit(g), await groups);
      // New groups are subscribed with everything else below.
      if (!this.stopped) for (const sub of this.book.setGroups(names).dropped) this.unsubscribe(sub);
    } catch (err) {
      this.report(err, { kind: 'unread-failed' });
    } finally {
      if (--this.groupReads === 0) this.groupEdits = [];
    }
    const counts = this.stopped ? [] : this.book.subscriptions.map((sub) => this.start(sub));
    try {
      const t = await total;
      if (!this.stopped && this.stamp('total') === totalStamp) {
        this.book.setTotal(unreadCountOf(t));
        this.changed();
      }
    } catch (err) {
      this.report(err, { kind: 'unread-failed' });
    }
    await Promise.all(counts);
  }

  /** Ends every subscription the store made. */
  stop(): void {
    this.stopped = true;
    for (const sub of this.book.subscriptions) this.unsubscribe(sub);
  }

  /** Subscribes, then reads the current count; failures go to the error hook. */
  private async start(sub: Subscription, badge?: string): Promise<void> {
    try {
      this.manager.subscribeUnreadMessageCountByFilter(sub.filter);
      const stamp = this.stamp(sub.id);
      const r = await this.tasks.run(this.manager.getUnreadMessageCountByFilter(sub.filter));
      // An event heard meanwhile is as new as the answer or newer.
      if (this.stopped || this.stamp(sub.id) !== stamp) return;
      this.book.setValue(sub.id, unreadCountOf(r));
      this.changed();
    } catch (err) {
      if (!this.stopped) this.report(err, { kind: 'unread-failed', badge });
    }
  }

  private hear(id: string): void {
    this.heard.set(id, this.stamp(id) + 1);
  }

  private stamp(id: string): number {
    return this.heard.get(id) ?? 0;
  }

  private unsubscribe(sub: Subscription): void {
    try {
      this.manager.unsubscribeUnreadMessageCountByFilter(sub.filter);
    } catch (err) {
      this.report(err, { kind: 'unread-failed' });
    }
  }
}
