// Values at the C# facade under Puerts, which takes only string, number and boolean (see
// TimConvFacade.cs): how a Bridge argument of each crossing-table row becomes a facade value and
// back. The generated facade calls (generated/facade-calls.ts) and the Puerts bridge share them. No
// engine API beyond ES2020 is used here: this runs inside Puerts' V8 or QuickJS.
import type { BridgeArg } from './bridge.ts';
import { CROSSINGS, expectedValue, toBridgeValue, type Crossing, type ValueKind } from './crossing.ts';

/** A value as the facade takes or gives it. */
export type FacadeArg = string | number | boolean;

/** The completion delegate of an asynchronous facade method. */
export type FacadeDone = (code: number, desc: string, json: string) => void;

function fail(what: string, value: unknown): never {
  throw new TypeError(`timconv puerts bridge: ${what}, got ${typeof value === 'bigint' ? `${value}n` : JSON.stringify(value) ?? String(value)}`);
}

/** Converts one Bridge argument to the facade's value for its kind (64-bit integers as decimal text).
 *  `fn` (the function) and `name` (the parameter) are joined only for the error, not on every call. */
export function toFacadeArg(kind: ValueKind, value: BridgeArg, name: string, fn?: string): FacadeArg {
  const v = toBridgeValue(kind, value);
  if (v === undefined) return fail(`${fn === undefined ? '' : `${fn} `}${name} must be ${expectedValue(kind)}`, value);
  return CROSSINGS[kind].facadeValue === 'decimal' ? String(v) : (v as FacadeArg);
}

/** Converts one facade value (a listener argument) back to the Bridge value of its kind. */
export function fromFacadeArg(kind: ValueKind, value: FacadeArg): BridgeArg {
  const row: Crossing = CROSSINGS[kind];
  if (row.facadeValue !== 'decimal') return value;
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) fail(`a ${kind} facade value must be a decimal string`, value);
  return row.bridge === 'bigint' ? BigInt(value) : Number(value);
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
