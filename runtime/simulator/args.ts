// Decoding the C-level arguments of a call: plain values by their crossing-table row, JSON text
// through the 64-bit codec, conversation ID arrays, conversation group names. Each decoder returns
// the value or a synchronous TIMResult.
import { TIMResult } from '../generated/types.ts';
import type { BridgeArg } from '../bridge.ts';
import { CROSSINGS, toBridgeValue, type ValueKind } from '../crossing.ts';
import { API_TABLE } from '../generated/api-table.ts';
import { createJson64 } from '../json64.ts';
import { isConvType, type ConvType } from './conversation.ts';

export const codec = createJson64(API_TABLE.exactInt64Keys);

/** A decoded argument, or the TIMResult that rejects the call. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; code: number };

export const accept = <T>(value: T): Decoded<T> => ({ ok: true, value });
export const reject = (code: number): Decoded<never> => ({ ok: false, code });

export function parseJson(arg: BridgeArg | undefined): Decoded<unknown> {
  if (typeof arg !== 'string') return reject(TIMResult.TIM_ERR_PARAM);
  try {
    return accept(codec.parse(arg));
  } catch {
    return reject(TIMResult.TIM_ERR_JSON);
  }
}

/** A C value of a crossing-table row (runtime/crossing.ts), or TIM_ERR_PARAM when it does not fit. */
function value<K extends ValueKind>(kind: K) {
  return (arg: BridgeArg | undefined): Decoded<CValue<K>> => {
    const v = toBridgeValue(kind, arg);
    return v === undefined ? reject(TIMResult.TIM_ERR_PARAM) : accept(v as CValue<K>);
  };
}

type CValue<K extends ValueKind> = (typeof CROSSINGS)[K]['bridge'] extends 'bigint' ? bigint
  : (typeof CROSSINGS)[K]['bridge'] extends 'number' ? number
  : (typeof CROSSINGS)[K]['bridge'] extends 'boolean' ? boolean : string;

export const str = value('string');
export const bool = value('bool');
export const uint32 = value('uint32');
/** uint64_t arrives as bigint; a safe integer number is taken too. */
export const uint64 = value('uint64');

export function nonEmptyStr(arg: BridgeArg | undefined): Decoded<string> {
  const d = str(arg);
  return d.ok && d.value === '' ? reject(TIMResult.TIM_ERR_PARAM) : d;
}

export function convType(arg: BridgeArg | undefined): Decoded<ConvType> {
  return isConvType(arg) ? accept(arg) : reject(TIMResult.TIM_ERR_PARAM);
}

/** A page size: a uint32 of 1 or more (the library returns -3 for 0). */
export function pageCount(arg: BridgeArg | undefined): Decoded<number> {
  const d = uint32(arg);
  return d.ok && d.value === 0 ? reject(TIMResult.TIM_ERR_JSON) : d;
}

/**
 * A JSON array of conversation IDs. Duplicates are dropped (first one kept); the 100-per-call limit
 * is checked by the operation, because it answers 51006 in the callback. An empty array is refused
 * with `emptyCode` (the library returns -3 for most list calls), or passed on when it is null.
 */
export function idArray(arg: BridgeArg | undefined, emptyCode: number | null = TIMResult.TIM_ERR_JSON): Decoded<string[]> {
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
