import type { Timers } from './options.ts';
export type CallState = 'waiting' | 'completed' | 'failed-sync' | 'timed-out' | 'disposed';
export declare class PendingCall {
    readonly fn: string;
    private readonly resolveFn;
    private readonly rejectFn;
    private readonly owner;
    state: CallState;
    private timer;
    constructor(fn: string, resolveFn: (value: unknown) => void, rejectFn: (error: unknown) => void, owner: PendingCalls);
    /** Settles the call unless it already is; returns whether this call did it. */
    settle(state: Exclude<CallState, 'waiting'>, outcome: {
        value: unknown;
    } | {
        error: unknown;
    }): boolean;
    /** @internal */
    armTimer(timers: Timers, ms: number, onTimeout: () => void): void;
    /** @internal */
    disarm(timers: Timers | undefined): void;
}
export declare class PendingCalls {
    private readonly timers;
    private readonly live;
    /** A call made like every other and never settled or counted. It keeps what calls are built
     *  from alive across a full garbage collection between calls, so the optimized code that handles
     *  them is not thrown away each time (measured: a tiny call took twice as long after one). */
    /** @internal */
    readonly keeper: PendingCall;
    constructor(timers: Timers | undefined);
    /** Starts tracking a call; its Promise settles through PendingCall.settle. */
    open(fn: string, timeoutMs: number | undefined, onTimeout: (call: PendingCall) => void): {
        call: PendingCall;
        promise: Promise<unknown>;
    };
    /** @internal Called once by a call as it settles. */
    release(call: PendingCall): void;
    /** Settles every waiting call with `state` and the error `makeError` builds for it. */
    failAll(state: 'disposed', makeError: (call: PendingCall) => unknown): void;
    get size(): number;
}
