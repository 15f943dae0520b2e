// What every per-kind schema builder shares: the headers, the overlay, what the API reaches, the
// warning sink, and the one mapping from header types and C parameter types to JSON Schema.
import type { Annotated, XParam } from '../../schema-annotations.ts';
import { HeaderError, type CParam, type HeaderSet, type SourceLoc, type TypeSpec } from '../model.ts';
import type { JsonSchema, Overlay, OverlayField } from '../overlay.ts';
import { jsonParamType, type Reached, type Warn } from '../reach.ts';

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const ID_PREFIX = 'timconv:';
export type SchemaKind = 'api' | 'callback' | 'struct' | 'enum';
export const schemaId = (kind: SchemaKind, name: string) => `${ID_PREFIX}${kind}/${name}`;

const U32_MAX = 4294967295;
const I32 = { type: 'integer', minimum: -2147483648, maximum: 2147483647 };
const U32 = { type: 'integer', minimum: 0, maximum: U32_MAX };

export interface BuildContext {
  set: HeaderSet;
  overlay: Overlay;
  reached: Reached;
  warn: Warn;
  /** The overlay's description, or a note that the item still lacks one. */
  describe(what: string, text: string | undefined): { description?: string };
  refSchema(name: string, loc: SourceLoc, what: string): JsonSchema;
  typeSchema(t: TypeSpec, fix: OverlayField | undefined, loc: SourceLoc, what: string): JsonSchema;
  /** `x-params` plus an object schema of the value-carrying parameters. */
  signature(owner: string, params: CParam[], fixes: Record<string, OverlayField> | undefined, loc: SourceLoc): Annotated;
}

export function createContext(set: HeaderSet, overlay: Overlay, reached: Reached, warn: Warn, undescribed: string[]): BuildContext {
  const enumNames = new Set(reached.enums.map((e) => e.name));
  const structNames = new Set([...reached.structs.map((s) => s.name), ...reached.unions.map((u) => u.name)]);
  const int64 = (policy: 'exact' | 'number' | undefined, signed: boolean): JsonSchema => ({ 'x-int64': { policy: policy ?? 'exact', signed } });

  const ctx: BuildContext = {
    set, overlay, reached, warn,
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
      switch (t.base) {
        case 'string': return { type: 'string' };
        case 'bool': return { type: 'boolean' };
        case 'double': return { type: 'number' };
        case 'any': return {};
        case 'uint64': return int64(fix?.int64, false);
        case 'int64': return int64(fix?.int64, true);
        case 'uint': case 'uint32': return ref ? ctx.refSchema(ref, loc, what) : { ...U32 };
        case 'int': case 'int32': return ref ? ctx.refSchema(ref, loc, what) : { ...I32 };
        case 'object': case 'value':
          if (t.ref && !ref) return {};
          if (!ref) throw new HeaderError(loc, `${what}: "${t.text}" names no struct`);
          return ctx.refSchema(ref, loc, what);
        case 'array':
          if (!t.items) throw new HeaderError(loc, `${what}: array without element type`);
          return { type: 'array', items: ctx.typeSchema(t.items, fix, loc, `${what}[]`) };
      }
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
    switch (p.cType) {
      case 'const char*': schema = { type: 'string' }; break;
      case 'bool': schema = { type: 'boolean' }; break;
      case 'uint64_t': schema = { 'x-int64': { policy: fix?.int64 ?? 'exact', signed: false } }; break;
      case 'int64_t': schema = { 'x-int64': { policy: fix?.int64 ?? 'exact', signed: true } }; break;
      case 'uint32_t': schema = { ...U32 }; break;
      case 'int': case 'int32_t': schema = { ...I32 }; break;
      default: throw new HeaderError(loc, `${what}: no schema mapping for C type "${p.cType}"`);
    }
  }
  const extra: Annotated = { ...(fix?.enum ? { 'x-enum': fix.enum } : {}), ...(fix?.tsName ? { 'x-ts-name': fix.tsName } : {}) };
  return { role, schema: { ...ctx.describe(what, fix?.description), ...schema, ...extra, ...(fix?.schema ?? {}) } };
}
