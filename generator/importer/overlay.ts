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
  /** The enum a flags value draws its named bits from (typing; with an x-bitmask rule, its mask). */
  enum?: string;
  /** A fragment of fragments.json whose constraints apply before `schema`. */
  fragment?: string;
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
  /** For flags: every bit a value may set, as hex; the x-bitmask rule of a field typed with the enum. */
  mask?: string;
}

/** Constraints several fields share, written once. */
export interface OverlayFragment {
  description: string;
  schema: JsonSchema;
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
  fragments: Record<string, OverlayFragment>;
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
    let merged: unknown = name === 'roots' ? [] : name === 'errors' ? { codes: {} } : {};
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
      else if (name === 'errors') merged = mergeErrors(file, merged as Overlay['errors'], data as Partial<Overlay['errors']>);
      else {
        for (const key of Object.keys(data as object)) {
          if (key in (merged as object)) throw new OverlayError(file, [{ pointer: `/${key}`, reason: `"${key}" is already defined in another ${name} overlay file` }]);
        }
        merged = { ...(merged as object), ...(data as object) };
      }
    }
    out[name] = name === 'errors' ? { enum: 'TIMErrCode', ...(merged as object) } : merged;
  }
  return out as unknown as Overlay;
}

/**
 * Adds one errors file to what earlier ones gave: codes and limits are merged entry by entry, and
 * an entry, a description or an enum name another errors file already gave is refused, as a name
 * defined twice is for the other kinds.
 */
function mergeErrors(file: string, into: Overlay['errors'], add: Partial<Overlay['errors']>): Overlay['errors'] {
  const out = { ...into, codes: { ...into.codes }, ...(into.limits ? { limits: { ...into.limits } } : {}) };
  const twice = (pointer: string, what: string) => new OverlayError(file, [{ pointer, reason: `${what} is already given in another errors overlay file` }]);
  if (add.enum !== undefined) {
    if (into.enum !== undefined && add.enum !== into.enum) throw twice('/enum', `another error enum ("${into.enum}")`);
    out.enum = add.enum;
  }
  if (add.description !== undefined) {
    if (into.description !== undefined) throw twice('/description', 'the description');
    out.description = add.description;
  }
  for (const [code, text] of Object.entries(add.codes ?? {})) {
    if (code in out.codes) throw twice(`/codes/${code}`, `code ${code}`);
    out.codes[code] = text;
  }
  for (const [limit, value] of Object.entries(add.limits ?? {})) {
    out.limits ??= {};
    if (limit in out.limits) throw twice(`/limits/${limit}`, `limit "${limit}"`);
    out.limits[limit] = value;
  }
  return out;
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
