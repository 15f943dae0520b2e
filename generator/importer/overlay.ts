// The hand-written half of every schema: descriptions (our own words), constraints, the 64-bit
// policy, type fixes for keys the headers leave untyped, result payloads and naming overrides.
// The importer reads it and never writes it, so reimporting keeps every hand-made decision. The
// shape of every file is fixed by overlay.schema.json (checked on load, see overlay-check.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { XLimit } from '../schema-annotations.ts';
import { OVERLAY_KINDS, OverlayError, checkOverlayFile, overlayKindOf } from './overlay-check.ts';

export type JsonSchema = Record<string, unknown>;

export interface OverlayField {
  description?: string;
  /** A value type in the headers' own grammar ("array string", "array @ref Message") for keys or
   *  JSON string parameters whose type the header does not give or gives too loosely. */
  type?: string;
  /** JSON Schema keywords merged over what the importer derives (constraints live here). */
  schema?: JsonSchema;
  /** 64-bit policy for uint64/int64 values: "exact" (bigint, decimal string at the facade) or "number". */
  int64?: 'exact' | 'number';
  /** Overrides the header's required/optional marker for input. */
  required?: boolean;
  /** The enum a flags value draws its named bits from (typing only). */
  enum?: string;
  /** Parameter name in generated code when the C name reads badly (json_draft_param -> draft). */
  tsName?: string;
}

export interface OverlayFunction {
  description?: string;
  params?: Record<string, OverlayField>;
  /** Value type of the TIMCommCallback payload in the headers' grammar, or null for "no payload". */
  result?: string | null;
  resultDescription?: string;
  /** The SDK may answer success with no payload at all (TIMConvCreate does). */
  resultOptional?: boolean;
  /** Name of the generated TS method when the derived one does not fit. */
  tsName?: string;
}

export interface OverlayCallback {
  description?: string;
  params?: Record<string, OverlayField>;
  tsName?: string;
}

export interface OverlayStruct {
  description?: string;
  keys?: Record<string, OverlayField>;
}

export interface OverlayEnum {
  description?: string;
  members?: Record<string, string>;
  /** Members are bits that combine. */
  flags?: boolean;
}

export interface OverlayUnion {
  description?: string;
  /** The struct whose keys every member shares (holds the discriminator). */
  base: string;
  discriminator: string;
  /** Enum member name -> struct that carries it. */
  members: Record<string, string>;
}

export interface Overlay {
  functions: Record<string, OverlayFunction>;
  callbacks: Record<string, OverlayCallback>;
  structs: Record<string, OverlayStruct>;
  enums: Record<string, OverlayEnum>;
  unions: Record<string, OverlayUnion>;
  errors: { enum: string; description?: string; codes: Record<string, string>; limits?: Record<string, XLimit> };
  /** Extra declarations to include besides what the conversation header reaches (e.g. TIMResult). */
  roots: string[];
}

/**
 * Reads every overlay file. A kind may be split across files (`structs.json`, `structs.message.json`)
 * so separate areas can be kept apart; a name defined in two files is an error. Each file is checked
 * against overlay.schema.json first, and a file whose name is no kind is refused.
 */
export function loadOverlay(dir: string): Overlay {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const f of files) {
    if (!overlayKindOf(f)) throw new OverlayError(shown(join(dir, f)), [{ pointer: '', reason: `not an overlay file name; use <kind>.json or <kind>.<area>.json with a kind of ${OVERLAY_KINDS.join(', ')}` }]);
  }
  const out: Record<string, unknown> = {};
  for (const name of OVERLAY_KINDS) {
    let merged: unknown = name === 'roots' ? [] : name === 'errors' ? { enum: 'TIMErrCode', codes: {} } : {};
    for (const f of files.filter((x) => overlayKindOf(x) === name)) {
      const file = shown(join(dir, f));
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      } catch (err) {
        throw new OverlayError(file, [{ pointer: '', reason: `not valid JSON: ${(err as Error).message}` }]);
      }
      checkOverlayFile(file, name, data);
      if (Array.isArray(merged)) merged = [...merged, ...(data as unknown[])];
      else if (name === 'errors') merged = { ...(merged as object), ...(data as object) };
      else {
        for (const key of Object.keys(data as object)) {
          if (key in (merged as object)) throw new OverlayError(file, [{ pointer: `/${key}`, reason: `"${key}" is already defined in another ${name} overlay file` }]);
        }
        merged = { ...(merged as object), ...(data as object) };
      }
    }
    out[name] = merged;
  }
  return out as unknown as Overlay;
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
