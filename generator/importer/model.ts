// The facts the importer reads out of the SDK's C headers. Only facts live here (names, C types,
// JSON keys, value types, access, versions); the SDK's comment prose is never carried.
import type { Access } from '../schema-annotations.ts';

export interface SourceLoc {
  file: string;
  line: number;
}

/** A value type as the headers spell it in the comment above a JSON key: `uint64`, `array @ref X`, ... */
export interface TypeSpec {
  /** A value type word of the crossing table (runtime/crossing.ts), or a structural one (array, object, value, any). */
  base: string;
  /** `@ref Name` after the base: a struct or enum. */
  ref?: string;
  /** Element type of an array (`array string`, `array @ref X`); absent for an untyped `array`. */
  items?: TypeSpec;
  /** The text it was parsed from, for messages and diffs. */
  text: string;
}

export type { Access };

export interface JsonKey {
  constName: string;
  key: string;
  struct: string;
  type: TypeSpec | null;
  access: Access | null;
  /** true: marked required (必填), false: marked optional (选填), null: not said. */
  required: boolean | null;
  since?: string;
  deprecated: boolean;
  loc: SourceLoc;
  /** Why the key's comment could not be read, if it could not (fatal only when the key is reached). */
  problem?: string;
  /** Something the comment leaves out that does not stop the import (reported as a warning). */
  note?: string;
}

export interface CStruct {
  name: string;
  keys: JsonKey[];
  loc: SourceLoc;
}

export interface EnumMember {
  name: string;
  value: number;
  expr: string;
  loc: SourceLoc;
}

export interface CEnum {
  name: string;
  members: EnumMember[];
  loc: SourceLoc;
}

export interface CParam {
  name: string;
  /** Normalized C type without the `enum` keyword: `const char*`, `uint64_t`, `TIMConvType`, `TIMCommCallback`. */
  cType: string;
  /** `@ref` targets named in the doc comment's `@param` line. */
  refs: string[];
}

export interface CFunction {
  name: string;
  /** The export macro: TIM_API in the split layout, TIM_DECL in the early single-header layout. */
  macro: 'TIM_API' | 'TIM_DECL';
  returnType: string;
  params: CParam[];
  since?: string;
  deprecated: boolean;
  /** `@ref` targets named anywhere in the doc comment (result payload hints). */
  refs: string[];
  loc: SourceLoc;
}

export interface CCallback {
  name: string;
  params: CParam[];
  loc: SourceLoc;
}

export interface HeaderSet {
  dir: string;
  files: string[];
  functions: Map<string, CFunction>;
  callbacks: Map<string, CCallback>;
  enums: Map<string, CEnum>;
  structs: Map<string, CStruct>;
}

export class HeaderError extends Error {
  constructor(readonly loc: SourceLoc, readonly reason: string) {
    super(`${loc.file}:${loc.line}: ${reason}`);
    this.name = 'HeaderError';
  }
}
