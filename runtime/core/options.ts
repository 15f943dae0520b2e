// What a ConversationCore can be configured with, and how unset options are filled in.
import type { ApiTable } from '../api-meta.ts';
import type { UnknownDataHook } from './unknown-data.ts';
import type { ValidatorSet } from './validator.ts';

/** Timer functions; Puerts fires them only when the host pumps Tick(). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What went wrong outside any caller's Promise, reported to `onError`. */
export type ErrorKind =
  /** A listener threw; the other listeners of the event still ran. */
  | 'listener-threw'
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
  /**
   * Told about each key, enum value or flag the SDK sent in a result or listener payload that the
   * schema does not know (a newer native library), once per function and JSON path; the data itself
   * is passed through. Needs outputValidation 'strict'. Default: one console.warn per report.
   */
  onUnknownData?: UnknownDataHook;
  /** Timer functions for `timeoutMs`; default to the global ones. */
  timers?: Timers;
}

export const reportToConsole: ErrorHook = (error, context) => {
  const c = (globalThis as { console?: { error?: (...args: unknown[]) => void } }).console;
  if (c && typeof c.error === 'function') {
    c.error(`[timconv] ${context.kind}${context.event ? ` (${context.event})` : ''}${context.fn ? ` in ${context.fn}` : ''}:`, error);
  }
};

/** The global timers, if the engine has them (a bare QuickJS or vm context does not). */
export function globalTimers(): Timers | undefined {
  const g = globalThis as { setTimeout?: Timers['setTimeout']; clearTimeout?: Timers['clearTimeout'] };
  if (typeof g.setTimeout !== 'function' || typeof g.clearTimeout !== 'function') return undefined;
  const set = g.setTimeout;
  const clear = g.clearTimeout;
  return { setTimeout: (fn, ms) => set(fn, ms), clearTimeout: (h) => clear(h) };
}
