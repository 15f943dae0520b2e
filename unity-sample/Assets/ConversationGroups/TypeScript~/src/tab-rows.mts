// The rows of the selected tab, kept from one store change to the next. "All" shows the store's first
// rows. A group tab or "Starred" shows the conversations its filter selects: they are found once,
// with one pass over the store, when the tab is first read after being selected, and from then on
// each coalesced change updates that set from the IDs it names. A change that touches none of the
// tab's conversations (a message elsewhere) costs only the look-up of those IDs; one that touches
// them re-sorts the tab's conversations (the SDK caps how many can be grouped or marked), never the
// whole store.
import { ConversationStore, matchesFilter, type ConvInfo, type StoreChange, type TIMConversationListFilter } from 'timconv.mjs';

export class TabRows {
  private filter: TIMConversationListFilter | null = null;
  /** IDs the filter selects; null until read (and always for "All"). */
  private members: Set<string> | null = null;
  private rows: ConvInfo[] = [];
  private stale = true;

  constructor(private readonly store: ConversationStore, private readonly limit: number) {}

  /** Switches to another tab: null for "All", else the filter that selects its conversations. */
  select(filter: TIMConversationListFilter | null): void {
    this.filter = filter;
    this.members = null;
    this.stale = true;
  }

  /** Takes one coalesced change of the store into account. */
  apply(change: StoreChange): void {
    const listChanged = change.added.length + change.changed.length + change.moved.length + change.removed.length > 0;
    if (this.filter === null || this.members === null) {
      if (listChanged) this.stale = true;
      return;
    }
    let touched = false;
    for (const id of change.removed) if (this.members.delete(id)) touched = true;
    for (const ids of [change.added, change.changed]) {
      for (const id of ids) {
        const info = this.store.get(id);
        if (info !== undefined && matchesFilter(this.filter, info)) {
          this.members.add(id);
          touched = true;
        } else if (this.members.delete(id)) {
          touched = true;
        }
      }
    }
    for (const id of change.moved) if (this.members.has(id)) touched = true;
    if (touched) this.stale = true;
  }

  /** Up to `limit` conversations of the tab, in the store's order (the SDK's: pinned, then newest). */
  read(): ConvInfo[] {
    if (!this.stale) return this.rows;
    this.stale = false;
    if (this.filter === null) {
      this.rows = this.store.slice(0, this.limit);
      return this.rows;
    }
    if (this.members === null) this.members = this.matching(this.filter);
    const placed = [...this.members].map((id) => ({ id, at: this.store.indexOf(id) })).filter((p) => p.at >= 0);
    placed.sort((a, b) => a.at - b.at);
    this.rows = placed.slice(0, this.limit).map((p) => this.store.get(p.id)!);
    return this.rows;
  }

  /** The IDs the filter selects, with one pass over the store. */
  private matching(filter: TIMConversationListFilter): Set<string> {
    const found = new Set<string>();
    for (const info of this.store.conversations()) {
      const id = ConversationStore.idOf(info);
      if (id !== undefined && matchesFilter(filter, info)) found.add(id);
    }
    return found;
  }
}
