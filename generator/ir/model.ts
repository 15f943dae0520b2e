// The language-neutral model every emitter renders. Naming, C types, TS types, C# types and the
// 64-bit policy are decided here (see build-ir.ts) and nowhere else.
import type { ParamKind } from '../../runtime/api-meta.ts';
import type { CsCrossing, ValueKind } from '../../runtime/crossing.ts';
import type { IrNativeLibrary } from './native-libraries.ts';
import type { ParamRole } from '../schema-annotations.ts';

export type { IrNativeLibrary };

export type Int64Policy = 'exact' | 'number';

/** A plain value: a crossing-table row other than the ones chosen by role (json, enum) or by policy (64-bit). */
export type ScalarKind = Exclude<ValueKind, 'json' | 'enum' | 'int64' | 'uint64'>;

export type IrType =
  | { kind: ScalarKind | 'any' }
  /** A JSON object whose keys nobody describes (a struct the headers refer to but never declare). */
  | { kind: 'object' }
  | { kind: 'int64' | 'uint64'; policy: Int64Policy; flagsOf?: string }
  | { kind: 'enum'; name: string; literal?: string }
  | { kind: 'struct'; name: string }
  | { kind: 'array'; items: IrType };

export interface IrDoc {
  description: string;
  since?: string;
  deprecated?: boolean;
}

export interface IrParam extends IrDoc {
  cName: string;
  tsName: string;
  /** The C type as the header spells it (normalized), e.g. "const char*", "uint64_t". */
  cType: string;
  role: ParamRole;
  /** Type of the value (for json: of the parsed payload). Absent for callback and user_data. */
  type?: IrType;
  /** The crossing-table row (runtime/crossing.ts) of a value parameter; absent for callback and user_data. */
  kind?: ParamKind;
  ts?: string;
  /** C# type in the [DllImport] / delegate signature. */
  csNative: string;
  /** Marshaling attribute for csNative, e.g. "[MarshalAs(UnmanagedType.U1)]". */
  csMarshal?: string;
  /** C# type at the Puerts facade: string, int, bool or double only. */
  csFacade?: CsCrossing['facade'];
  /** How Puerts' typings spell csFacade in TS (`$name: number`). */
  csFacadeTs?: 'string' | 'number' | 'boolean';
  /** Facade value -> native value: `utf8`, or a C# `Try...` helper; absent when passed as it is. */
  csToNative?: string;
  /** Native callback argument -> facade value: a C# helper; absent when passed as it is. */
  csFromNative?: string;
  /** What the facade doc tells a caller about the value. */
  csHint?: string;
  /** The facade's doc text of a value parameter (C# and its typings alike): its description, then csHint. */
  facadeDoc?: string;
  /** The parameter's C# identifier (lowerCamel, `@`-escaped when it is a C# keyword). */
  csName: string;
  /** The callback typedef a callback parameter takes. */
  callback?: string;
  /** Schema keyword -> SDK error code for limits the SDK documents with a code of its own. */
  errorCodes?: Record<string, number>;
  /** The numeric values of those keywords in the parameter's schema (checked against the limits). */
  schemaLimits?: Record<string, number>;
}

/** The bits a flags enum's values may set (from the x-bitmask rules): a runtime constant. */
export interface IrFlagMask {
  flagsEnum: string;
  /** Hex, lower case ("0xffffffff0000000f"). */
  mask: string;
}

/** A limit the SDK documents (`x-limits`): generated as a runtime constant. */
export interface IrLimit {
  name: string;
  value: number;
  /** The code the SDK reports past the limit, when it has one of its own. */
  code?: number;
  description: string;
}

export interface IrFunction extends IrDoc {
  cName: string;
  tsName: string;
  header: string;
  cReturn: string;
  csReturn: string;
  params: IrParam[];
  sync: boolean;
  /** `optional`: success may come with no payload, so the TS result type includes undefined. */
  result: { kind: 'none' } | { kind: 'unknown' } | { kind: 'json'; type: IrType; ts: string; description: string; optional: boolean };
  /** For TIMSetConv*Callback setters: the callback they register. */
  listenerCallback?: string;
  /** Name of the C# facade method that calls this function, e.g. GetConvList for TIMConvGetConvList. */
  csName: string;
  schemaFile: string;
}

export interface IrCallback extends IrDoc {
  cName: string;
  header: string;
  params: IrParam[];
  schemaFile: string;
  /** The delegate the C# facade takes in place of this callback (user_data left out), e.g. "Action<int, string, string>". */
  csFacadeDelegate: string;
  /** Its type arguments, e.g. "int, string, string": what JsEnv.UsingAction<...> is instantiated with. */
  csFacadeTypeArgs: string;
  /** A type argument is a value type, so IL2CPP needs a UsingAction registration for the delegate. */
  csFacadeNeedsAot: boolean;
  /** The delegate as Puerts' typings spell it, e.g. "System.Action$3<number, string, string>". */
  csFacadeTs: string;
}

export interface IrListener extends IrDoc {
  event: string;
  setter: string;
  callback: string;
  /** Callback parameters without user_data. */
  params: IrParam[];
  /** Name of the C# facade method that registers (or, given null, clears) this listener, e.g. SetConvEventListener. */
  csSetter: string;
}

export interface IrField extends IrDoc {
  key: string;
  cKey: string;
  type: IrType;
  ts: string;
  optional: boolean;
  access?: string;
}

export interface IrStruct extends IrDoc {
  name: string;
  fields: IrField[];
  /** The union this struct is a member of, with the discriminator value it carries. */
  unionMember?: { union: string; discriminator: string; literal: string };
  schemaFile: string;
}

export interface IrUnion extends IrDoc {
  name: string;
  discriminator: string;
  members: string[];
}

export interface IrEnumMember extends IrDoc {
  name: string;
  value: number;
}

export interface IrEnum extends IrDoc {
  name: string;
  members: IrEnumMember[];
  flags: boolean;
  errors: boolean;
}

export interface Ir {
  sdk?: { package: string; version: string };
  functions: IrFunction[];
  callbacks: IrCallback[];
  listeners: IrListener[];
  structs: IrStruct[];
  unions: IrUnion[];
  enums: IrEnum[];
  /** JSON keys whose integers are exact 64-bit values everywhere they appear. */
  exactInt64Keys: string[];
  /** Documented SDK limits, by name. */
  limits: IrLimit[];
  /** The mask of every flags enum a value is checked against. */
  flagMasks: IrFlagMask[];
  /**
   * SDK lifecycle functions (TIMInit, TIMUninit, TIMLogin, TIMLogout, TIMGetLoginStatus) a game needs
   * when nothing else initializes the SDK; they are fixed in generator/ir/session-api.ts, not in schema/.
   */
  session: IrFunction[];
  /** The native library name per Unity platform (generator/ir/native-libraries.ts). */
  nativeLibraries: readonly IrNativeLibrary[];
  /** Every schema document by $id, for the validators emitter. */
  schemas: Map<string, { file: string; schema: Record<string, unknown> }>;
}
