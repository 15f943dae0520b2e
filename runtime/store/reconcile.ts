// reconcileUnread(): the unread total and every badge's count recomputed from the store's list under
// the SDK's rule (conversations with receive option 1, 2 or 3 do not count), set beside a fresh
// answer of the SDK and the badge the store shows. A figure drifts when the three disagree. The
// list and the badges are read when the call starts, so call it when the store has settled.
import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { TIMConversationListFilter } from '../generated/types.ts';
import { groupFilter, unreadCountOf, type BadgeBook } from './badge-book.ts';
import type { ConvList } from './conv-list.ts';
import { clampToRange } from '../crossing.ts';
import { matchesFilter, unreadContribution } from './filter-match.ts';

export interface UnreadFigure {
  readonly kind: 'total' | 'filter' | 'group';
  /** "total", the watched filter's name, or the group name. */
  readonly name: string;
  readonly filter?: TIMConversationListFilter;
  /** Recomputed from the conversations in the store. */
  readonly fromList: number;
  /** The SDK's answer to a request made by this check. */
  readonly fromSdk: number;
  /** The badge the store showed when the check started (undefined: not known yet). */
  readonly badge: number | undefined;
}

export interface UnreadReport {
  readonly total: UnreadFigure;
  readonly filters: readonly UnreadFigure[];
  readonly groups: readonly UnreadFigure[];
  /** The figures whose three values are not all equal. */
  readonly drift: readonly UnreadFigure[];
}

interface Pending {
  kind: UnreadFigure['kind'];
  name: string;
  filter?: TIMConversationListFilter;
  sum: number;
  badge: number | undefined;
}

export async function reconcileUnread(manager: ConversationManager, list: ConvList, book: BadgeBook): Promise<UnreadReport> {
  const total: Pending = { kind: 'total', name: 'total', sum: 0, badge: book.total };
  const byFilter: Pending[] = [
    ...book.watches.map(({ name, filter }): Pending => ({ kind: 'filter', name, filter, sum: 0, badge: book.valueOf(name) })),
    ...book.groups.map((g): Pending => ({ kind: 'group', name: g, filter: groupFilter(g), sum: 0, badge: book.groupValue(g) })),
  ];
  list.forEach((e) => {
    const n = unreadContribution(e.info);
    if (n === 0) return;
    total.sum += n;
    for (const p of byFilter) if (matchesFilter(p.filter!, e.info)) p.sum += n;
  });
  const answers = await Promise.all([
    manager.getTotalUnreadMessageCount(),
    ...byFilter.map((p) => manager.getUnreadMessageCountByFilter(p.filter!)),
  ]);
  // The SDK's counts are C ints: a sum past that range reads as its largest value.
  const figures = [total, ...byFilter].map((p, i): UnreadFigure => ({
    kind: p.kind, name: p.name, ...(p.filter ? { filter: p.filter } : {}),
    fromList: clampToRange('int32', p.sum), fromSdk: unreadCountOf(answers[i]), badge: p.badge,
  }));
  return {
    total: figures[0],
    filters: figures.filter((f) => f.kind === 'filter'),
    groups: figures.filter((f) => f.kind === 'group'),
    drift: figures.filter((f) => f.fromList !== f.fromSdk || f.badge !== f.fromSdk),
  };
}
