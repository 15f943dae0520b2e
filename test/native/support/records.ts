// What the contract child records about each call, and how it makes one bounded call.
import type { Bridge, BridgeArg } from '../../../runtime/bridge.ts';
import { API_TABLE } from '../../../runtime/generated/api-table.ts';
import { bridgeArgs } from './inputs.ts';

export interface CallRecord {
  fn: string;
  /** Which case: the function name, or the name of an extra case. */
  label: string;
  /** The synchronous return value (TIMResult); absent when the call threw. */
  rc?: number;
  /** How the call settled: by its return value alone, by its callback, or not at all in time. */
  settled: 'sync' | 'callback' | 'timeout' | 'threw';
  code?: number;
  desc?: string;
  json?: string;
  error?: string;
  ms: number;
}

/** Calls `fn` once with `input`; never waits longer than `timeoutMs` for the callback. */
export function bounded(bridge: Bridge, fn: string, input: Record<string, unknown>, timeoutMs: number, label = fn): Promise<CallRecord> {
  const started = Date.now();
  const ms = () => Date.now() - started;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let rc: number;
    try {
      rc = bridge.call(fn, bridgeArgs(fn, input), (code, desc, json) => {
        if (timer) clearTimeout(timer);
        resolve({ fn, label, rc: 0, settled: 'callback', code, desc, json, ms: ms() });
      });
    } catch (err) {
      resolve({ fn, label, settled: 'threw', error: (err as Error).message, ms: ms() });
      return;
    }
    if (API_TABLE.functions[fn].sync || rc !== 0) { resolve({ fn, label, rc, settled: 'sync', ms: ms() }); return; }
    timer = setTimeout(() => resolve({ fn, label, rc, settled: 'timeout', ms: ms() }), timeoutMs);
  });
}

/** Resolves with the promise's value, or with `fallback` after `ms`. */
export function within<T, F>(p: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, () => { clearTimeout(timer); resolve(fallback); });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A call made with raw C-level arguments, and every answer its callback got. */
export interface RawRecord {
  label: string;
  rc: number;
  answers: { code: number; desc: string; json: string }[];
}

/**
 * Calls `fn` with C-level arguments. After a zero return it waits for the first answer (at most
 * `timeoutMs`); after a non-zero return, or for a synchronous function, it waits `graceMs` to catch
 * an answer the SDK makes anyway.
 */
export function recordRaw(bridge: Bridge, label: string, fn: string, args: BridgeArg[], timeoutMs = 5000, graceMs = 300): Promise<RawRecord> {
  return new Promise((resolve) => {
    const answers: RawRecord['answers'] = [];
    let rc = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => resolve({ label, rc, answers });
    rc = bridge.call(fn, args, (code, desc, json) => {
      answers.push({ code, desc, json });
      if (rc === 0 && !API_TABLE.functions[fn].sync) { clearTimeout(timer); finish(); }
    });
    timer = setTimeout(finish, rc !== 0 || API_TABLE.functions[fn].sync ? graceMs : timeoutMs);
  });
}
