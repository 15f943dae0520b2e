// Decoding the C-level arguments of a call: JSON text through the 64-bit codec, conversation ID
// arrays, conversation group names. Each decoder returns the value or a synchronous TIMResult.
import type { BridgeArg } from '../bridge.ts';
import { API_TABLE } from '../generated/api-table.ts';
import { createJson64 } from '../json64.ts';
import { TIM_ERR_JSON, TIM_ERR_PARAM } from './codes.ts';
import { isConvType, type ConvType } from './conversation.ts';
import { UINT64_MAX } from './filter.ts';

export const codec = createJson64(API_TABLE.exactInt64Keys);

/** A decoded argument, or the TIMResult that rejects the call. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; code: number };

export const accept = <T>(value: T): Decoded<T> => ({ ok: true, value });
export const reject = (code: number): Decoded<never> => ({ ok: false, code });

/** At most this many conversation IDs per list call (51006 beyond). */
export const MAX_IDS_PER_CALL = 100;

export function parseJson(arg: BridgeArg | undefined): Decoded<unknown> {
  if (typeof arg !== 'string') return reject(TIM_ERR_PARAM);
  try {
    return accept(codec.parse(arg));
  } catch {
    return reject(TIM_ERR_JSON);
  }
}

export function str(arg: BridgeArg | undefined): Decoded<string> {
  return typeof arg === 'string' ? accept(arg) : reject(TIM_ERR_PARAM);
}

export function nonEmptyStr(arg: BridgeArg | undefined): Decoded<string> {
  return typeof arg === 'string' && arg !== '' ? accept(arg) : reject(TIM_ERR_PARAM);
}

export function bool(arg: BridgeArg | undefined): Decoded<boolean> {
  return typeof arg === 'boolean' ? accept(arg) : reject(TIM_ERR_PARAM);
}

export function convType(arg: BridgeArg | undefined): Decoded<ConvType> {
  return isConvType(arg) ? accept(arg) : reject(TIM_ERR_PARAM);
}

export function uint32(arg: BridgeArg | undefined): Decoded<number> {
  return typeof arg === 'number' && Number.isInteger(arg) && arg >= 0 && arg <= 0xffffffff ? accept(arg) : reject(TIM_ERR_PARAM);
}

/** A page size: a uint32 of 1 or more (the library returns -3 for 0). */
export function pageCount(arg: BridgeArg | undefined): Decoded<number> {
  const d = uint32(arg);
  return d.ok && d.value === 0 ? reject(TIM_ERR_JSON) : d;
}

/** uint64_t arrives as bigint; a safe integer number is taken too. */
export function uint64(arg: BridgeArg | undefined): Decoded<bigint> {
  if (typeof arg === 'bigint') return arg >= 0n && arg <= UINT64_MAX ? accept(arg) : reject(TIM_ERR_PARAM);
  if (typeof arg === 'number' && Number.isSafeInteger(arg) && arg >= 0) return accept(BigInt(arg));
  return reject(TIM_ERR_PARAM);
}

/**
 * A JSON array of conversation IDs. Duplicates are dropped (first one kept); the 100-per-call limit
 * is checked by the operation, because it answers 51006 in the callback. An empty array is refused
 * with `emptyCode` (the library returns -3 for most list calls), or passed on when it is null.
 */
export function idArray(arg: BridgeArg | undefined, emptyCode: number | null = TIM_ERR_JSON): Decoded<string[]> {
  const parsed = parseJson(arg);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return reject(TIM_ERR_PARAM);
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
