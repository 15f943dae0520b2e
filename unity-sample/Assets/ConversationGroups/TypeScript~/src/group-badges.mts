// The unread badge of every tab: the total for "All", and for each conversation group the count of
// the filter that selects it, subscribed with subscribeUnreadMessageCountByFilter so the SDK reports
// every change through the unreadMessageCountChangedByFilter listener.
import type { ConversationSource } from './conversation-source.mjs';
import { groupFilter } from './screen-state.mjs';

export class GroupBadges {
  /** By group; null is the total. */
  private readonly counts = new Map<string | null, number>();
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly source: ConversationSource,
    private readonly changed: () => void,
    private readonly failed: (err: unknown) => void,
  ) {
    this.offs.push(source.on('unreadMessageCountChangedByFilter', (filter, count) => {
      const group = filter.conversation_list_filter_conversation_group;
      if (group === undefined || !this.counts.has(group)) return;
      this.counts.set(group, count);
      this.changed();
    }));
    this.offs.push(source.on('totalUnreadMessageCountChanged', (total) => {
      this.counts.set(null, total);
      this.changed();
    }));
  }

  get all(): ReadonlyMap<string | null, number> {
    return this.counts;
  }

  /** Reads the total (which also asks the SDK to report its changes) and tracks every group. */
  async start(groups: readonly string[]): Promise<void> {
    const total = await this.source.getTotalUnreadMessageCount();
    this.counts.set(null, total.conv_get_total_unread_message_count_result_unread_count ?? 0);
    await Promise.all(groups.map((g) => this.add(g)));
  }

  /** Subscribes a group's filter, then reads its current count. */
  async add(group: string): Promise<void> {
    if (this.counts.has(group)) return;
    this.counts.set(group, 0);
    this.source.subscribeUnreadMessageCountByFilter(groupFilter(group));
    try {
      const result = await this.source.getUnreadMessageCountByFilter(groupFilter(group));
      if (!this.counts.has(group)) return;
      this.counts.set(group, result.conv_get_total_unread_message_count_result_unread_count ?? 0);
      this.changed();
    } catch (err) {
      this.failed(err);
    }
  }

  remove(group: string): void {
    if (!this.counts.delete(group)) return;
    this.source.unsubscribeUnreadMessageCountByFilter(groupFilter(group));
  }

  async rename(oldName: string, newName: string): Promise<void> {
    this.remove(oldName);
    await this.add(newName);
  }

  /** Unsubscribes every group and removes the listeners. */
  dispose(): void {
    for (const group of [...this.counts.keys()]) if (group !== null) this.remove(group);
    for (const off of this.offs.splice(0)) off();
  }
}
