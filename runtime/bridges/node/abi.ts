// Values across the C ABI: the koffi type of each NativeAbi, checked conversion of Bridge arguments
// into C values, and normalization of what koffi hands a callback.
//
// Strings cross as `str`: koffi copies a JS string into a temporary NUL-terminated UTF-8 buffer for
// the duration of the call, and decodes a callback's `const char*` into a fresh JS string (a copy
// made before the SDK frees its buffer). user_data is declared as intptr_t: it carries a request id,
// never a real pointer, and has the size and register class of `const void*`.
import koffi from 'koffi';
import type { BridgeArg } from '../../bridge.ts';
import type { NativeAbi, NativeParamDecl } from './decls.ts';

type KoffiType = ReturnType<typeof koffi.type>;

const SCALAR: Record<Exclude<NativeAbi, 'callback'>, string> = {
  string: 'str', int32: 'int32_t', uint32: 'uint32_t', int64: 'int64_t', uint64: 'uint64_t', bool: 'bool', user_data: 'intptr_t',
};

/** The koffi type of a parameter; callbacks resolve through `protoOf`. */
export function koffiType(p: NativeParamDecl, protoOf: (callback: string) => KoffiType): KoffiType | string {
  if (p.abi === 'callback') return koffi.pointer(protoOf(p.callback!));
  return SCALAR[p.abi];
}

const INT32 = [-0x80000000, 0x7fffffff] as const;
const UINT32 = [0, 0xffffffff] as const;
const INT64 = [-(2n ** 63n), 2n ** 63n - 1n] as const;
const UINT64 = [0n, 2n ** 64n - 1n] as const;

/** Checks one Bridge argument against its C parameter and returns the value koffi takes. */
export function toNative(fn: string, p: NativeParamDecl, v: BridgeArg): BridgeArg {
  const bad = (want: string) => new TypeError(`${fn}: argument ${p.name} (${p.cType}) must be ${want}, got ${typeof v === 'bigint' ? `${v}n` : JSON.stringify(v)}`);
  switch (p.abi) {
    case 'string':
      if (typeof v !== 'string') throw bad('a string');
      if (v.includes('\0')) throw bad('a string without NUL characters');
      return v;
    case 'bool':
      if (typeof v !== 'boolean') throw bad('a boolean');
      return v;
    case 'int32': case 'uint32': {
      const [lo, hi] = p.abi === 'int32' ? INT32 : UINT32;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw bad(`an integer in ${lo}..${hi}`);
      return v;
    }
    case 'int64': case 'uint64': {
      const [lo, hi] = p.abi === 'int64' ? INT64 : UINT64;
      if (typeof v !== 'bigint' || v < lo || v > hi) throw bad(`a bigint in ${lo}..${hi}`);
      return v;
    }
    default:
      throw new TypeError(`${fn}: parameter ${p.name} is not a value parameter`);
  }
}

/** Normalizes a value koffi passed to a callback: NULL strings become '', 64-bit values bigint
 *  (koffi reads uint64 callback arguments as signed; the bits are reinterpreted here). */
export function fromNative(p: NativeParamDecl, v: unknown): BridgeArg {
  switch (p.abi) {
    case 'string': return typeof v === 'string' ? v : '';
    case 'bool': return Boolean(v);
    case 'int64': return BigInt.asIntN(64, BigInt(v as number | bigint));
    case 'uint64': return BigInt.asUintN(64, BigInt(v as number | bigint));
    case 'user_data': return Number(v ?? 0);
    default: return Number(v);
  }
}
