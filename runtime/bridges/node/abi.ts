// Values across the C ABI: the koffi type of each parameter (from its crossing-table row), checked
// conversion of Bridge arguments into C values, and normalization of what koffi hands a callback.
//
// Strings cross as `str`: koffi copies a JS string into a temporary NUL-terminated UTF-8 buffer for
// the duration of the call, and decodes a callback's `const char*` into a fresh JS string (a copy
// made before the SDK frees its buffer). user_data is declared as intptr_t: it carries a request id,
// never a real pointer, and has the size and register class of `const void*`.
import koffi from 'koffi';
import type { BridgeArg } from '../../bridge.ts';
import { CROSSINGS, expectedValue, toBridgeValue, type Crossing } from '../../crossing.ts';
import type { NativeParam } from '../../native-surface.ts';

type KoffiType = ReturnType<typeof koffi.type>;

/** The koffi type of a parameter; callbacks resolve through `protoOf`. */
export function koffiType(p: NativeParam, protoOf: (callback: string) => KoffiType): KoffiType | string {
  if (p.kind === 'callback') return koffi.pointer(protoOf(p.callback!));
  if (p.kind === 'user_data') return 'intptr_t';
  return CROSSINGS[p.kind].koffi;
}

/** Checks one Bridge argument against its C parameter and returns the value koffi takes. */
export function toNative(fn: string, p: NativeParam, v: BridgeArg): BridgeArg {
  if (p.kind === 'callback' || p.kind === 'user_data') throw new TypeError(`${fn}: parameter ${p.name} is not a value parameter`);
  const value = toBridgeValue(p.kind, v);
  if (value === undefined) {
    throw new TypeError(`${fn}: argument ${p.name} (${p.cType}) must be ${expectedValue(p.kind)}, got ${typeof v === 'bigint' ? `${v}n` : JSON.stringify(v)}`);
  }
  return value;
}

/** Normalizes a value koffi passed to a callback: NULL strings become '', 64-bit values bigint
 *  (koffi reads uint64 callback arguments as signed; the bits are reinterpreted here). */
export function fromNative(p: NativeParam, v: unknown): BridgeArg {
  if (p.kind === 'callback') throw new TypeError(`a callback receives no callback parameter (${p.name})`);
  if (p.kind === 'user_data') return Number(v ?? 0);
  const row: Crossing = CROSSINGS[p.kind];
  switch (row.bridge) {
    case 'string': return typeof v === 'string' ? v : '';
    case 'boolean': return Boolean(v);
    case 'bigint': return row.range![0] < 0n ? BigInt.asIntN(64, BigInt(v as number | bigint)) : BigInt.asUintN(64, BigInt(v as number | bigint));
    case 'number': return Number(v);
  }
}
