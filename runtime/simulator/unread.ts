// Unread accounting: the total over all conversations and one counter per subscribed filter,
// each updated from the before/after state of every changed conversation, so one change costs
// O(number of subscriptions) whatever the number of conversations. Conversations whose receive
// option is not "receive" (0) never count.
import { countsTowardTotals, type ConvFacet } from './conversation.ts';
import { filterIdentity, filterObject, matchesFilter, type ConvFilter } from './filter.ts';
import { clampToRange } from '../crossing.ts';
import { stringify } from '../json64.ts';

export interface Subscription {
  readonly filter: ConvFilter;
  /** The filter as JSON text, as its listener receives it. */
  readonly text: string;
  count: number;
}

/** What one conversation adds to a total (optionally restricted to a filter). */
export function unreadContribution(c: ConvFacet | null, f?: ConvFilter): number {
  if (!c || !c.alive || c.unread === 0 || !countsTowardTotals(c.recvOpt)) return 0;
  return f && !matchesFilter(f, c) ? 0 : c.unread;
}

/** Counts cross the C API as int (the crossing table's range). */
export function clampInt32(n: number): number {
  return clampToRange('int32', n);
}

export class UnreadBook {
  total = 0;
  /** Set by TIMConvGetTotalUnreadMessageCount: from then on changes of the total are announced. */
  totalAnnounced = false;
  private readonly subs = new Map<string, Subscription>();
  // Values at the start of the current operation, for the ones that changed during it.
  private totalBefore: number | undefined;
  private readonly subsBefore = new Map<Subscription, number>();

  /** Adds a subscription counting `initial`; false when the same filter is already subscribed. */
  subscribe(f: ConvFilter, initial: number): boolean {
    const id = filterIdentity(f);
    if (this.subs.has(id)) return false;
    this.subs.set(id, { filter: f, text: stringify(filterObject(f)), count: initial });
    return true;
  }

  unsubscribe(f: ConvFilter): boolean {
    const sub = this.subs.get(filterIdentity(f));
    if (!sub) return false;
    this.subs.delete(filterIdentity(f));
    this.subsBefore.delete(sub);
    return true;
  }

  subscription(f: ConvFilter): Subscription | undefined {
    return this.subs.get(filterIdentity(f));
  }

  clearSubscriptions(): void {
    this.subs.clear();
    this.subsBefore.clear();
  }

  apply(before: ConvFacet | null, after: ConvFacet | null): void {
    const dTotal = unreadContribution(after) - unreadContribution(before);
    if (dTotal !== 0) {
      if (this.totalBefore === undefined) this.totalBefore = this.total;
      this.total += dTotal;
    }
    for (const sub of this.subs.values()) {
      const d = unreadContribution(after, sub.filter) - unreadContribution(before, sub.filter);
      if (d === 0) continue;
      if (!this.subsBefore.has(sub)) this.subsBefore.set(sub, sub.count);
      sub.count += d;
    }
  }

  /** The counters that differ from their value at the start of the operation; resets the marks. */
  takeChanges(): { total?: number; subs: Subscription[] } {
    const out: { total?: number; subs: Subscription[] } = { subs: [] };
    if (this.totalBefore !== undefined && this.totalBefore !== this.total) out.total = this.total;
    this.totalBefore = undefined;
    for (const [sub, was] of this.subsBefore) if (was !== sub.count) out.subs.push(sub);
    this.subsBefore.clear();
    return out;
  }
}
