// Delivery of coalesced changes: the listeners, and when a pending change is delivered. Puerts has
// no queueMicrotask; a promise job (Promise.resolve().then) exists in every engine it runs (V8,
// QuickJS, Node), and the host's Tick() runs promise jobs, so 'promise' mode works there too.
import type { BadgeChange } from './badge-book.ts';
import type { ListChange } from './conv-list.ts';
import type { StoreErrorHook } from './tasks.ts';

/** One coalesced change: the conversations and the badges that changed since the previous one. */
export interface StoreChange extends ListChange, BadgeChange {}

export type ChangeListener = (change: StoreChange) => void;

/**
 * When coalesced changes are delivered. 'promise' (default): in a promise job after the events that
 * caused them, so every event one delivery brings becomes one change. 'manual': only when the host
 * calls flush(), e.g. once per frame. A function: called with the flush to run whenever a change is
 * pending and none is scheduled.
 */
export type FlushMode = 'promise' | 'manual' | ((flush: () => void) => void);

const EMPTY: StoreChange = {
  added: [], changed: [], moved: [], removed: [], totalUnread: false, unreadFilters: [], unreadGroups: [], groups: false,
};

export interface ChangeSource {
  /** True while changes must wait (a sync is being reconciled). */
  held(): boolean;
  /** Something is pending. */
  pending(): boolean;
  takeList(): ListChange | undefined;
  takeBadges(): BadgeChange | undefined;
}

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private queued = false;
  private waiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly mode: FlushMode, private readonly source: ChangeSource, private readonly report: StoreErrorHook) {}

  add(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** Schedules a delivery when something is pending (never in 'manual' mode). */
  request(): void {
    if (this.closed || this.queued || this.mode === 'manual' || !this.source.pending()) return;
    this.queued = true;
    const run = () => {
      this.queued = false;
      this.flush();
      for (const w of this.waiters.splice(0)) w();
    };
    if (this.mode === 'promise') {
      void Promise.resolve().then(run);
      return;
    }
    try {
      this.mode(run);
    } catch (err) {
      // Nothing was scheduled: the next request() schedules again.
      this.queued = false;
      this.report(err, { kind: 'schedule-failed' });
    }
  }

  flush(): StoreChange | undefined {
    if (this.closed || this.source.held()) return undefined;
    const list = this.source.takeList();
    const badges = this.source.takeBadges();
    if (!list && !badges) return undefined;
    const change: StoreChange = { ...EMPTY, ...list, ...badges };
    for (const l of [...this.listeners]) {
      try { l(change); } catch (err) { this.report(err, { kind: 'listener-threw' }); }
    }
    return change;
  }

  /** Resolves once a delivery scheduled in 'promise' mode has run (at once when none is). */
  delivered(): Promise<void> {
    if (!this.queued || this.mode !== 'promise') return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
    for (const w of this.waiters.splice(0)) w();
  }
}
