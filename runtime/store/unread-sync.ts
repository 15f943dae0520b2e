// Keeps the badge book in step with the SDK: subscribes each filter in use (its by-filter event then
// reports changes), reads each count once after subscribing, follows the total and the group
// events, and subscribes everything again after a login (the SDK forgets subscriptions at logout).
import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { TIMConversationListFilter } from '../generated/types.ts';
import { BadgeBook, type Subscription } from './badge-book.ts';
import type { StoreErrorHook, Tasks } from './tasks.ts';

export class UnreadSync {
  readonly book = new BadgeBook();
  private stopped = false;

  constructor(
    private readonly manager: ConversationManager,
    private readonly tasks: Tasks,
    private readonly report: StoreErrorHook,
    /** Called whenever the book may have a change to deliver. */
    private readonly changed: () => void,
  ) {}

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
    this.book.setTotal(n);
    this.changed();
  }

  onFilter(echo: TIMConversationListFilter, n: number): void {
    const id = this.book.match(echo);
    if (id === undefined) return;
    this.book.setValue(id, n);
    this.changed();
  }

  /** Applies a new group list: subscribes new groups, unsubscribes vanished ones. */
  setGroups(names: readonly string[]): void {
    const { added, dropped } = this.book.setGroups(names);
    for (const sub of dropped) this.unsubscribe(sub);
    for (const sub of added) this.start(sub, sub.filter.conversation_list_filter_conversation_group);
    this.changed();
  }

  /** Reads the total, the groups and every count again, subscribing every filter anew. */
  async reload(): Promise<void> {
    const total = this.tasks.run(this.manager.getTotalUnreadMessageCount());
    const groups = this.tasks.run(this.manager.getConversationGroupList());
    try {
      // New groups are subscribed with everything else below.
      for (const sub of this.book.setGroups(await groups).dropped) this.unsubscribe(sub);
    } catch (err) {
      this.report(err, { kind: 'unread-failed' });
    }
    const counts = this.book.subscriptions.map((sub) => this.start(sub));
    try {
      const t = await total;
      if (!this.stopped) this.onTotal(t.conv_get_total_unread_message_count_result_unread_count ?? 0);
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
      const r = await this.tasks.run(this.manager.getUnreadMessageCountByFilter(sub.filter));
      if (this.stopped) return;
      this.book.setValue(sub.id, r.conv_get_total_unread_message_count_result_unread_count ?? 0);
      this.changed();
    } catch (err) {
      if (!this.stopped) this.report(err, { kind: 'unread-failed', badge });
    }
  }

  private unsubscribe(sub: Subscription): void {
    try {
      this.manager.unsubscribeUnreadMessageCountByFilter(sub.filter);
    } catch (err) {
      this.report(err, { kind: 'unread-failed' });
    }
  }
}
