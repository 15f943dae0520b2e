import type { BadgeChange } from './badge-book.ts';
import type { ListChange } from './conv-list.ts';
import type { StoreErrorHook } from './tasks.ts';
/** One coalesced change: the conversations and the badges that changed since the previous one. */
export interface StoreChange extends ListChange, BadgeChange {
}
export type ChangeListener = (change: StoreChange) => void;
/**
 * When coalesced changes are delivered. 'promise' (default): in a promise job after the events that
 * caused them, so every event one delivery brings becomes one change. 'manual': only when the host
 * calls flush(), e.g. once per frame. A function: called with the flush to run whenever a change is
 * pending and none is scheduled.
 */
export type FlushMode = 'promise' | 'manual' | ((flush: () => void) => void);
export interface ChangeSource {
    /** True while changes must wait (a sync is being reconciled). */
    held(): boolean;
    /** Something is pending. */
    pending(): boolean;
    takeList(): ListChange | undefined;
    takeBadges(): BadgeChange | undefined;
}
export declare class ChangeFeed {
    private readonly mode;
    private readonly source;
    private readonly report;
    private readonly listeners;
    private queued;
    private waiters;
    private closed;
    constructor(mode: FlushMode, source: ChangeSource, report: StoreErrorHook);
    add(listener: ChangeListener): () => void;
    /** Schedules a delivery when something is pending (never in 'manual' mode). */
    request(): void;
    flush(): StoreChange | undefined;
    /** Resolves once a delivery scheduled in 'promise' mode has run (at once when none is). */
    delivered(): Promise<void>;
    close(): void;
}
