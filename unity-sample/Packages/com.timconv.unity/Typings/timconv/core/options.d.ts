import type { ApiTable } from '../api-meta.ts';
import type { ValidatorSet } from './validator.ts';
/** Timer functions; Puerts fires them only when the host pumps Tick(). */
export interface Timers {
    setTimeout(fn: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}
/** What went wrong outside any caller's Promise, reported to `onError`. */
export type ErrorKind = 
/** A listener threw; the other listeners of the event still ran. */
'listener-threw'
/** A native event's payload did not parse or broke its schema; listeners were not called. */
 | 'invalid-event'
/** The bridge completed a call a second time; the later completion was ignored. */
 | 'duplicate-completion'
/** The bridge completed a call whose synchronous return was already a failure. */
 | 'unexpected-completion'
/** Clearing a native listener failed. */
 | 'listener-clear-failed';
export interface ErrorContext {
    kind: ErrorKind;
    /** Event name (for listener problems). */
    event?: string;
    /** C function or callback name. */
    fn?: string;
}
export type ErrorHook = (error: unknown, context: ErrorContext) => void;
export interface CoreOptions {
    /** The API table; defaults to the generated one. */
    table?: ApiTable;
    /** Validators by name; default to the generated ones. */
    validators?: ValidatorSet;
    /** 'strict' (default): results and event payloads must match their schema. 'off': not checked. */
    outputValidation?: 'strict' | 'off';
    /** Rejects a call with TIMCONV_ERR_TIMEOUT when no completion arrives in time. Default: no limit. */
    timeoutMs?: number;
    /** Receives errors that have no caller to go to (see ErrorKind). Default: console.error if present. */
    onError?: ErrorHook;
    /** Timer functions for `timeoutMs`; default to the global ones. */
    timers?: Timers;
}
export declare const reportToConsole: ErrorHook;
/** The global timers, if the engine has them (a bare QuickJS or vm context does not). */
export declare function globalTimers(): Timers | undefined;
