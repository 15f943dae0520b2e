// Values between the Bridge contract and the C# facade under Puerts. The facade takes only string,
// number and boolean (see TimConvFacade.cs): 64-bit integers cross as decimal strings because Puerts
// would turn C# long/ulong into (signed) bigint, and uint32 crosses as a number. No engine API beyond
// ES2020 is used here: this runs inside Puerts' V8 or QuickJS.
import type { BridgeArg } from '../../bridge.ts';
import type { ParamKind } from '../../api-meta.ts';

/** A value as the facade takes or gives it. */
export type FacadeArg = string | number | boolean;

/** The completion delegate of an asynchronous facade method. */
export type FacadeDone = (code: number, desc: string, json: string) => void;

const UINT64_MAX = (1n << 64n) - 1n;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function fail(what: string, value: unknown): never {
  throw new TypeError(`timconv puerts bridge: ${what}, got ${typeof value === 'bigint' ? `${value}n` : JSON.stringify(value) ?? String(value)}`);
}

function integer(value: BridgeArg, name: string, min: bigint, max: bigint): bigint {
  let n: bigint;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
  else return fail(`${name} must be a bigint (or a safe integer)`, value);
  if (n < min || n > max) fail(`${name} is out of range`, value);
  return n;
}

/** Converts one Bridge argument to the facade's type for its parameter kind. */
export function toFacadeArg(kind: ParamKind, value: BridgeArg, name: string): FacadeArg {
  switch (kind) {
    case 'uint64': return integer(value, name, 0n, UINT64_MAX).toString();
    case 'int64': return integer(value, name, INT64_MIN, INT64_MAX).toString();
    case 'uint32':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) fail(`${name} must be a uint32 number`, value);
      return value;
    case 'int': case 'enum':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) fail(`${name} must be an int32 number`, value);
      return value;
    case 'bool':
      if (typeof value !== 'boolean') fail(`${name} must be a boolean`, value);
      return value;
    case 'string': case 'json':
      if (typeof value !== 'string') fail(`${name} must be a string`, value);
      return value;
  }
}

/** Converts one facade value (a listener argument) back to the Bridge type of its kind. */
export function fromFacadeArg(kind: ParamKind, value: FacadeArg): BridgeArg {
  if (kind === 'uint64' || kind === 'int64') {
    if (typeof value !== 'string' || !/^-?\d+$/.test(value)) fail('a 64-bit facade value must be a decimal string', value);
    return BigInt(value);
  }
  return value;
}

export function asString(value: FacadeArg | undefined): string {
  return typeof value === 'string' ? value : fail('expected a string', value);
}

export function asNumber(value: FacadeArg | undefined): number {
  return typeof value === 'number' ? value : fail('expected a number', value);
}

export function asBoolean(value: FacadeArg | undefined): boolean {
  return typeof value === 'boolean' ? value : fail('expected a boolean', value);
}
