// The store's own SDK calls in flight, so a caller can wait until the store has nothing left to do,
// and the store's error hook.

/** What went wrong inside the store with no caller to tell. */
export type StoreErrorKind =
  /** A change listener threw; the other listeners still ran. */
  | 'listener-threw'
  /** Loading the conversation list failed; the store keeps what it had. */
  | 'load-failed'
  /** Reading or subscribing an unread count failed; the badge keeps its last value. */
  | 'unread-failed'
  /** The SDK sent a conversation without conv_id; it was skipped. */
  | 'invalid-conversation'
  /** Setting the native listeners again after a sync failed; the list still reloaded. */
  | 'listen-failed'
  /** The host's flush scheduler (the `flush` function option) threw; the next change tries again. */
  | 'schedule-failed';

export interface StoreErrorContext {
  kind: StoreErrorKind;
  /** The watched filter name or conversation group concerned, if any. */
  badge?: string;
}

export type StoreErrorHook = (error: unknown, context: StoreErrorContext) => void;

export const reportToConsole: StoreErrorHook = (error, context) => {
  const c = (globalThis as { console?: { error?: (...args: unknown[]) => void } }).console;
  if (c && typeof c.error === 'function') c.error(`[timconv store] ${context.kind}${context.badge ? ` (${context.badge})` : ''}:`, error);
};

export class Tasks {
  private count = 0;
  private waiters: (() => void)[] = [];

  get busy(): boolean {
    return this.count > 0;
  }

  /** Counts `p` as in flight until it settles; returns it. */
  run<T>(p: Promise<T>): Promise<T> {
    this.count++;
    const done = () => {
      if (--this.count > 0) return;
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    };
    p.then(done, done);
    return p;
  }

  /** Resolves when nothing is in flight. */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
