// The shape of the generated API table (runtime/generated/api-table.ts): everything the core needs to
// run any conversation function or listener without code of its own per function.
import type { ValueKind } from './crossing.ts';

/** How a value parameter crosses: a row of the crossing table (runtime/crossing.ts). */
export type ParamKind = ValueKind;

export interface ParamMeta {
  /** C parameter name, also the property name in the input validator's object. */
  name: string;
  /** Parameter name in the generated TS method. */
  tsName: string;
  kind: ParamKind;
  /** A listener's JSON parameter that holds a list: "" (what the SDK sends for none) reads as []. */
  list?: true;
}

export interface FunctionMeta {
  cName: string;
  tsName: string;
  /** Value parameters in C order (callback and user_data left out). */
  params: ParamMeta[];
  /** No TIMCommCallback: the int return value is the whole answer. */
  sync: boolean;
  /** What the TIMCommCallback's json carries: nothing, a validated payload, or an unchecked one. */
  result: 'none' | 'json' | 'unknown';
  /** Validator names in the validators module. */
  inputValidator: string;
  resultValidator?: string;
  /** Success may carry no payload (""): the call then resolves with undefined. */
  resultOptional?: boolean;
  /**
   * Rules whose violation the SDK documents with a code of its own, keyed by
   * "<instancePath> <keyword>" of the input validator's error, e.g. "/group_name x-maxUtf8Bytes": 51011.
   */
  errorCodes?: Record<string, number>;
  deprecated?: boolean;
}

export interface ListenerMeta {
  /** Event name in the typed event map, e.g. "convEvent". */
  event: string;
  /** C setter, e.g. "TIMSetConvEventCallback". */
  setter: string;
  /** C callback typedef, e.g. "TIMConvEventCallback". */
  callback: string;
  /** Callback parameters without user_data, in C order. */
  params: ParamMeta[];
  /** Validator of the callback's parameters as one object keyed by C name. */
  validator: string;
}

export interface ApiTable {
  functions: Record<string, FunctionMeta>;
  listeners: Record<string, ListenerMeta>;
  /** JSON keys whose integer values are exact 64-bit (parsed to bigint). */
  exactInt64Keys: readonly string[];
  /** The SDK package and version the schemas were imported from (named in unknown-data reports). */
  sdk?: { package: string; version: string };
}
