// One generated call: its input object (keyed by C parameter name, as the input validator sees it),
// the arguments a program passes to the typed method, and the C-level arguments that must reach the
// bridge. The expected JSON text is written here by a writer of the kit's own, independent of the
// runtime's serializer, so the byte-exact check compares two implementations.
import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta } from '../api-meta.ts';

export type Input = Record<string, unknown>;

/** The method's arguments in C order. */
export function callArgs(meta: FunctionMeta, input: Input): unknown[] {
  return meta.params.map((p) => input[p.name]);
}

/** JSON text as the SDK reads it: compact, keys in insertion order, bigint as an integer literal. */
export function canonicalJson(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || !Number.isSafeInteger(v) && Number.isInteger(v)) throw new RangeError(`no exact JSON for ${v}`);
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Input)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** An input as text to read and replay: JSON, except that what JSON cannot hold is named in
 *  «»: a number beyond 2^53 as «number 1152921513196781568», an object that is not plain as «Date». */
export function inputText(v: unknown): string {
  if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) return `«number ${BigInt(v)}»`;
  if (typeof v === 'bigint' || typeof v !== 'object' || v === null) return canonicalJson(v);
  if (Array.isArray(v)) return `[${v.map(inputText).join(',')}]`;
  if (Object.getPrototypeOf(v) !== Object.prototype) return `«${v.constructor?.name ?? 'object without prototype'}»`;
  return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${inputText((v as Input)[k])}`).join(',')}}`;
}

/** What the bridge must receive for a valid input. */
export function expectedBridgeArgs(meta: FunctionMeta, input: Input): BridgeArg[] {
  return meta.params.map((p) => {
    const v = input[p.name];
    switch (p.kind) {
      case 'json': return canonicalJson(v);
      case 'uint64': case 'int64': return BigInt(v as bigint | number);
      default: return v as BridgeArg;
    }
  });
}

/** Whether two C-level argument lists are identical: same types, same values, same text. */
export function sameArgs(a: readonly BridgeArg[], b: readonly BridgeArg[]): boolean {
  return a.length === b.length && a.every((x, i) => typeof x === typeof b[i] && x === b[i]);
}

/** A deep copy of plain data (objects, arrays, bigint, strings...), own enumerable keys only;
 *  `__proto__` stays an own key. Anything else (Date, Map) is kept by reference. */
export function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Input = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: clone((v as Input)[k]), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return v;
}
