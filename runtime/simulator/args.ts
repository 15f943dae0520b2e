// Decoding the C-level arguments of a call in two steps: first every argument against the
// crossing-table row its parameter has in the native surface (checkArgs), then what the value
// means to the operation: JSON text through the 64-bit codec, conversation ID arrays, names that
// must not be empty. Each decoder returns the value or a synchronous TIMResult.
import { TIMResult } from '../generated/types.ts';
import type { BridgeArg } from '../bridge.ts';
import { toBridgeValue, type ValueKind } from '../crossing.ts';
import { API_TABLE } from '../generated/api-table.ts';
import { createJson64 } from '../json64.ts';
import { isConvType, type ConvType } from './conversation.ts';

export const codec = createJson64(API_TABLE.exactInt64Keys);

/** A decoded argument, or the TIMResult that rejects the call. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; code: number };

export const accept = <T>(value: T): Decoded<T> => ({ ok: true, value });
export const reject = (code: number): Decoded<never> => ({ ok: false, code });

export function parseJson(arg: CArg | undefined): Decoded<unknown> {
  if (typeof arg !== 'string') return reject(TIMResult.TIM_ERR_PARAM);
  try {
    return accept(codec.parse(arg));
  } catch {
    return reject(TIMResult.TIM_ERR_JSON);
  }
}

/** A C argument after its row's check: the JS value its row gives (a uint64 always a bigint). */
export type CArg = string | number | bigint | boolean;

/**
 * Checks each argument against the row of its parameter (runtime/crossing.ts), in C order, and
 * returns them in their rows' JS types; TIM_ERR_PARAM for one that does not fit (wrong type, out
 * of range, not whole, a NUL in a string).
 */
export function checkArgs(kinds: readonly ValueKind[], args: readonly BridgeArg[]): Decoded<CArg[]> {
  const out: CArg[] = [];
  for (const [i, kind] of kinds.entries()) {
    const v = toBridgeValue(kind, args[i]);
    if (v === undefined) return reject(TIMResult.TIM_ERR_PARAM);
    out.push(v);
  }
  return accept(out);
}

export function nonEmptyStr(arg: CArg): Decoded<string> {
  return arg === '' ? reject(TIMResult.TIM_ERR_PARAM) : accept(arg as string);
}

/** A conversation type the service keeps (C2C or group). */
export function convType(arg: CArg): Decoded<ConvType> {
  return isConvType(arg) ? accept(arg) : reject(TIMResult.TIM_ERR_PARAM);
}

/** A page size: 1 or more (the library returns -3 for 0). */
export function pageCount(arg: CArg): Decoded<number> {
  return arg === 0 ? reject(TIMResult.TIM_ERR_JSON) : accept(arg as number);
}

/**
 * A JSON array of conversation IDs. Duplicates are dropped (first one kept); the 100-per-call limit
 * is checked by the operation, because it answers 51006 in the callback. An empty array is refused
 * with `emptyCode` (the library returns -3 for most list calls), or passed on when it is null.
 */
export function idArray(arg: CArg, emptyCode: number | null = TIMResult.TIM_ERR_JSON): Decoded<string[]> {
  const parsed = parseJson(arg);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return reject(TIMResult.TIM_ERR_PARAM);
  if (v.length === 0 && emptyCode !== null) return reject(emptyCode);
  return accept(Array.from(new Set(v as string[])));
}

/** Runs decoders in order and stops at the first rejection. */
export function decodeAll<T extends unknown[]>(...items: { [K in keyof T]: Decoded<T[K]> }): Decoded<T> {
  const out: unknown[] = [];
  for (const d of items as Decoded<unknown>[]) {
    if (!d.ok) return d;
    out.push(d.value);
  }
  return accept(out as T);
}
