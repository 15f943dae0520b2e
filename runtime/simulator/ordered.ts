// Visiting the entries of several disjoint indexes merged in list order.
import type { ConvRecord } from './conversation.ts';
import { compareKeys, type OrderKey } from './order-key.ts';
import type { SortedRuns } from '../sorted-runs.ts';

/** Calls `visit` for each record in list order; stops when it returns false. */
export function forEachInOrder(indexes: readonly SortedRuns<ConvRecord, OrderKey>[], visit: (rec: ConvRecord) => boolean | void): void {
  const cursors = indexes.map((ix) => ix.cursorAfter(null));
  const heads = cursors.map((c) => c.next());
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h && (best < 0 || compareKeys(h.ik, heads[best]!.ik) < 0)) best = i;
    }
    if (best < 0) return;
    const rec = heads[best]!;
    heads[best] = cursors[best].next();
    if (visit(rec) === false) return;
  }
}
