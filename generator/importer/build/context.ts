// What every per-kind schema builder shares: the headers, the overlay, what the API reaches, the
// warning sink, and the one mapping from header types and C parameter types to JSON Schema.
import { CROSSINGS, kindOfCType, kindOfHeaderWord, type Crossing, type ValueKind } from '../../../runtime/crossing.ts';
import type { Annotated, XParam } from '../../schema-annotations.ts';
import { HeaderError, type CParam, type HeaderSet, type SourceLoc, type TypeSpec } from '../model.ts';
import type { JsonSchema, Overlay, OverlayField } from '../overlay.ts';
import { jsonParamType, type Reached, type Warn } from '../reach.ts';

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const ID_PREFIX = 'timconv:';
export type SchemaKind = 'api' | 'callback' | 'struct' | 'enum';
export const schemaId = (kind: SchemaKind, name: string) => `${ID_PREFIX}${kind}/${name}`;

/**
 * The type annotations of a key or parameter: `x-type` is the value type the schema describes, in
 * the headers' grammar: the header's own words, or the overlay's type fix where one applies (the IR
 * reads the C value kind of an integer from it). A fix that replaces the header's words keeps them
 * in `x-header-type`, so a diff still shows what the header says.
 */
export function typeFacts(header: string | undefined, fixed: string | undefined): Annotated {
  if (fixed === undefined) return header === undefined ? {} : { 'x-type': header };
  return { 'x-type': fixed, ...(header !== undefined && header !== fixed ? { 'x-header-type': header } : {}) };
}

/** The schema of a value of a crossing-table row; 64-bit rows get their policy (exact unless fixed). */
function valueSchema(kind: ValueKind, policy: 'exact' | 'number' | undefined): JsonSchema {
  const schema = CROSSINGS[kind].schema as JsonSchema;
  const int64 = schema['x-int64'] as { signed: boolean } | undefined;
  return int64 ? { 'x-int64': { policy: policy ?? 'exact', ...int64 } } : { ...schema };
}

export interface BuildContext {
  set: HeaderSet;
  overlay: Overlay;
  reached: Reached;
  warn: Warn;
  /** Fragments of the overlay some field used (the others are reported). */
  usedFragments: Set<string>;
  /** The overlay's description, or a note that the item still lacks one. */
  describe(what: string, text: string | undefined): { description?: string };
  refSchema(name: string, loc: SourceLoc, what: string): JsonSchema;
  typeSchema(t: TypeSpec, fix: OverlayField | undefined, loc: SourceLoc, what: string): JsonSchema;
  /** The constraints an overlay entry adds: its fragment's, then its own, with the mask of its flags enum. */
  constraints(fix: OverlayField | undefined, loc: SourceLoc, what: string): JsonSchema;
  /** `x-params` plus an object schema of the value-carrying parameters. */
  signature(owner: string, params: CParam[], fixes: Record<string, OverlayField> | undefined, loc: SourceLoc): Annotated;
}

export function createContext(set: HeaderSet, overlay: Overlay, reached: Reached, warn: Warn, undescribed: string[]): BuildContext {
  const enumNames = new Set(reached.enums.map((e) => e.name));
  const structNames = new Set([...reached.structs.map((s) => s.name), ...reached.unions.map((u) => u.name)]);

  const usedFragments = new Set<string>();
  const ctx: BuildContext = {
    set, overlay, reached, warn, usedFragments,
    describe(what, text) {
      if (text) return { description: text };
      if (!undescribed.includes(what)) undescribed.push(what);
      return {};
    },
    refSchema(name, loc, what) {
      if (enumNames.has(name)) return { $ref: schemaId('enum', name) };
      if (structNames.has(name)) return { $ref: schemaId('struct', name) };
      throw new HeaderError(loc, `${what}: "${name}" is not a reached struct or enum`);
    },
    typeSchema(t, fix, loc, what) {
      // A reference no header resolves keeps the value, typed by its base alone.
      const ref = t.ref && !reached.dangling.has(t.ref) ? t.ref : undefined;
      const kind = kindOfHeaderWord(t.base);
      // An integer word with a reference names an enum ("uint @ref TIMConvType").
      if (kind && ref && (CROSSINGS[kind] as Crossing).schema.type === 'integer') return ctx.refSchema(ref, loc, what);
      if (kind) return valueSchema(kind, fix?.int64);
      switch (t.base) {
        case 'any': return {};
        case 'object': case 'value':
          // A dangling reference: an object stays an object (its keys unchecked); a value may be anything.
          if (t.ref && !ref) return t.base === 'object' ? { type: 'object' } : {};
          if (!ref) throw new HeaderError(loc, `${what}: "${t.text}" names no struct`);
          return ctx.refSchema(ref, loc, what);
        case 'array':
          if (!t.items) throw new HeaderError(loc, `${what}: array without element type`);
          return { type: 'array', items: ctx.typeSchema(t.items, fix, loc, `${what}[]`) };
        default:
          throw new HeaderError(loc, `${what}: no schema for the type "${t.text}"`);
      }
    },
    constraints(fix, loc, what) {
      if (!fix) return {};
      let out: JsonSchema = {};
      if (fix.fragment !== undefined) {
        const fragment = overlay.fragments[fix.fragment];
        if (!fragment) throw new HeaderError(loc, `${what}: the overlay names the fragment "${fix.fragment}", which no fragments overlay file defines`);
        usedFragments.add(fix.fragment);
        out = { ...fragment.schema };
      }
      out = { ...out, ...(fix.schema ?? {}) };
      const bits = out['x-bitmask'] as { nonZero?: boolean } | undefined;
      if (bits) {
        // The mask has one home: the flags enum the value draws its bits from.
        const mask = fix.enum ? overlay.enums[fix.enum]?.mask : undefined;
        if (!mask) throw new HeaderError(loc, `${what}: x-bitmask takes its mask from the flags enum the field names ("enum"), and ${fix.enum ? `enum ${fix.enum} has no "mask" in the overlay` : 'it names none'}`);
        out['x-bitmask'] = { mask, nonZero: bits.nonZero ?? false };
      }
      return out;
    },
    signature(owner, params, fixes, loc) {
      const properties: Record<string, JsonSchema> = {};
      const list: XParam[] = params.map((p) => ({
        name: p.name, cType: p.cType,
        role: p.cType === 'const void*' ? 'user_data' : set.callbacks.has(p.cType) ? 'callback' : undefined,
      }));
      for (const [i, p] of params.entries()) {
        const s = paramSchema(ctx, enumNames, owner, p, fixes?.[p.name], loc);
        if (s) { properties[p.name] = s.schema; list[i].role = s.role; }
      }
      for (const name of Object.keys(fixes ?? {})) {
        if (!params.some((p) => p.name === name)) warn(loc, `overlay describes parameter "${name}" that ${owner} does not have`);
      }
      return { 'x-params': list, type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
    },
  };
  return ctx;
}

/** Schema of one C parameter that carries a value (not a callback or user_data). */
function paramSchema(ctx: BuildContext, enumNames: Set<string>, owner: string, p: CParam, fix: OverlayField | undefined, loc: SourceLoc): { role: 'json' | 'value'; schema: JsonSchema } | null {
  const what = `${owner}(${p.name})`;
  if (p.cType === 'const void*' || ctx.set.callbacks.has(p.cType)) return null;
  const json = jsonParamType(owner, p, fix, ctx.set, loc);
  let schema: JsonSchema;
  let role: 'json' | 'value' = 'value';
  if (json) { schema = ctx.typeSchema(json, fix, loc, what); role = 'json'; }
  else if (enumNames.has(p.cType)) schema = ctx.refSchema(p.cType, loc, what);
  else {
    const kind = kindOfCType(p.cType);
    if (!kind) throw new HeaderError(loc, `${what}: no schema mapping for C type "${p.cType}"`);
    schema = valueSchema(kind, fix?.int64);
  }
  const extra: Annotated = { ...(json && fix?.type ? typeFacts(undefined, json.text) : {}), ...(fix?.enum ? { 'x-enum': fix.enum } : {}), ...(fix?.tsName ? { 'x-ts-name': fix.tsName } : {}) };
  return { role, schema: { ...ctx.describe(what, fix?.description), ...schema, ...extra, ...ctx.constraints(fix, loc, what) } };
}
