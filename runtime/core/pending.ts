// In-flight asynchronous calls, each settled exactly once whatever the bridge does: the first of
// completion, synchronous failure, timeout or dispose wins; everything after it is ignored (and a
// second completion, which only a broken bridge sends, is reported).
import type { Timers } from './options.ts';

export type CallState = 'waiting' | 'completed' | 'failed-sync' | 'timed-out' | 'disposed';

export class PendingCall {
  state: CallState = 'waiting';
  private timer: unknown;

  constructor(
    readonly fn: string,
    private readonly resolveFn: (value: unknown) => void,
    private readonly rejectFn: (error: unknown) => void,
    private readonly owner: PendingCalls,
  ) {}

  /** Settles the call unless it already is; returns whether this call did it. */
  settle(state: Exclude<CallState, 'waiting'>, outcome: { value: unknown } | { error: unknown }): boolean {
    if (this.state !== 'waiting') return false;
    this.state = state;
    this.owner.release(this);
    if ('error' in outcome) this.rejectFn(outcome.error);
    else this.resolveFn(outcome.value);
    return true;
  }

  /** @internal */
  armTimer(timers: Timers, ms: number, onTimeout: () => void): void {
    this.timer = timers.setTimeout(onTimeout, ms);
  }

  /** @internal */
  disarm(timers: Timers | undefined): void {
    if (this.timer !== undefined && timers) timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export class PendingCalls {
  private readonly live = new Set<PendingCall>();
  /** A call made like every other and never settled or counted. It keeps what calls are built
   *  from alive across a full garbage collection between calls, so the optimized code that handles
   *  them is not thrown away each time (measured: a tiny call took twice as long after one). */
  /** @internal */
  readonly keeper: PendingCall;

  constructor(private readonly timers: Timers | undefined) {
    let keeper!: PendingCall;
    void new Promise<unknown>((resolve, reject) => {
      keeper = new PendingCall('', resolve, reject, this);
    });
    this.keeper = keeper;
  }

  /** Starts tracking a call; its Promise settles through PendingCall.settle. */
  open(fn: string, timeoutMs: number | undefined, onTimeout: (call: PendingCall) => void): { call: PendingCall; promise: Promise<unknown> } {
    let call!: PendingCall;
    const promise = new Promise<unknown>((resolve, reject) => {
      call = new PendingCall(fn, resolve, reject, this);
    });
    this.live.add(call);
    if (timeoutMs !== undefined && this.timers) call.armTimer(this.timers, timeoutMs, () => onTimeout(call));
    return { call, promise };
  }

  /** @internal Called once by a call as it settles. */
  release(call: PendingCall): void {
    call.disarm(this.timers);
    this.live.delete(call);
  }

  /** Settles every waiting call with `state` and the error `makeError` builds for it. */
  failAll(state: 'disposed', makeError: (call: PendingCall) => unknown): void {
    for (const call of [...this.live]) call.settle(state, { error: makeError(call) });
  }

  get size(): number {
    return this.live.size;
  }
}
