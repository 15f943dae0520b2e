// The root of the model: the store plus what the service knows about the session (who is logged
// in, which edition, what time it is) and the delivery of events. Operations run inside
// `operation`, which announces the unread counters that changed once, at the end.
import { LISTENER_SETTERS } from '../generated/sdk-constants.ts';
import type { ConvRecord } from './conversation.ts';
import { convInfoArrayJson } from './conv-info.ts';
import { DeliveryQueue, ListenerTable } from './events.ts';
import { RecordStore } from './store.ts';
import { clampInt32 } from './unread.ts';

export type Edition = 'standard' | 'premium';

/** Unix time in seconds. */
export type Clock = () => number;

export interface SimulationOptions {
  /** 'standard' answers conversation-group and mark calls with 7013, like the SDK without Premium. */
  edition?: Edition;
  /** Source of Unix seconds (fractions are dropped); defaults to the system clock. */
  clock?: Clock;
  /** Receives what a callback or listener threw; by default it is rethrown from a rejected promise. */
  onCallbackError?: (error: unknown) => void;
}

export class Simulation {
  readonly store = new RecordStore();
  readonly queue: DeliveryQueue;
  readonly listeners: ListenerTable;
  readonly edition: Edition;
  private readonly clock: Clock;
  userID: string | null = null;
  /** Feeds the rand / unique IDs of delivered messages. */
  messageCounter = 0;
  /** Clock time of the last accepted clean of all (or all C2C / group) unread counts. */
  lastCleanAllAt: number | undefined;
  private depth = 0;

  constructor(options: SimulationOptions = {}) {
    this.edition = options.edition ?? 'premium';
    this.clock = options.clock ?? (() => Date.now() / 1000);
    this.queue = new DeliveryQueue(options.onCallbackError);
    this.listeners = new ListenerTable(this.queue);
  }

  get loggedIn(): boolean {
    return this.userID !== null;
  }

  now(): number {
    return Math.floor(this.clock());
  }

  /** The clock with its fraction, for rate limits shorter than a second apart. */
  exactNow(): number {
    return this.clock();
  }

  /** Runs a change; when the outermost one ends, announces the unread totals it changed. */
  operation<T>(run: () => T): T {
    this.depth++;
    try {
      return run();
    } finally {
      if (--this.depth === 0) this.announceUnread();
    }
  }

  /** Queues a convEvent with the ConvInfo of `recs` (as they are now). Nothing while logged out. */
  convEvent(kind: number, recs: readonly ConvRecord[]): void {
    if (!this.loggedIn || recs.length === 0) return;
    this.listeners.emit(LISTENER_SETTERS.convEvent, () => [kind, convInfoArrayJson(recs)]);
  }

  /** Queues a convEvent whose payload is the empty string (start / finish of a sync). */
  convEventEmpty(kind: number): void {
    this.listeners.emit(LISTENER_SETTERS.convEvent, () => [kind, '']);
  }

  private announceUnread(): void {
    const changes = this.store.unread.takeChanges();
    if (!this.loggedIn) return;
    if (changes.total !== undefined && this.store.unread.totalAnnounced) {
      const total = clampInt32(changes.total);
      this.listeners.emit(LISTENER_SETTERS.totalUnreadMessageCountChanged, () => [total]);
    }
    for (const sub of changes.subs) {
      const count = clampInt32(sub.count);
      this.listeners.emit(LISTENER_SETTERS.unreadMessageCountChangedByFilter, () => [sub.text, count]);
    }
  }
}
