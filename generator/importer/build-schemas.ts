// Turns the reached header declarations plus the overlay into one JSON Schema (2020-12) document per
// function, callback, struct, union and enum. Header facts go into `x-` annotations (`x-type` keeps
// the header's own spelling so a diff against the headers stays exact); the overlay supplies the
// descriptions, constraints and 64-bit policy.
import { HeaderError, type CCallback, type CEnum, type CFunction, type CParam, type CStruct, type HeaderSet, type SourceLoc, type TypeSpec } from './model.ts';
import type { JsonSchema, Overlay, OverlayField } from './overlay.ts';
import { COMM_CALLBACK, effectiveKeyType, jsonParamType, parseOverlayType, reach } from './reach.ts';

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const ID_PREFIX = 'timconv:';
export type SchemaKind = 'api' | 'callback' | 'struct' | 'enum';

export const schemaId = (kind: SchemaKind, name: string) => `${ID_PREFIX}${kind}/${name}`;

export interface SchemaDoc {
  kind: SchemaKind;
  name: string;
  /** Path under schema/, e.g. "struct/ConvInfo.json". */
  path: string;
  schema: JsonSchema;
}

export interface BuildResult {
  docs: SchemaDoc[];
  /** Overlay entries that no longer match the headers, and calls whose payload type is not known. */
  warnings: string[];
  /** Items that have no description in the overlay yet (shown by the importer, checked by tests). */
  undescribed: string[];
}

const U32_MAX = 4294967295;

export interface BuildOptions {
  /** Turn warnings (stale overlay entries, unknown payload types) into errors. */
  strict?: boolean;
}

export function buildSchemas(set: HeaderSet, overlay: Overlay, sdk: { package: string; version: string } | null, options: BuildOptions = {}): BuildResult {
  const r = reach(set, overlay);
  const warnings: string[] = [];
  const warn = (loc: SourceLoc, msg: string) => {
    if (options.strict) throw new HeaderError(loc, msg);
    warnings.push(`${loc.file}:${loc.line}: ${msg}`);
  };
  const enumNames = new Set(r.enums.map((e) => e.name));
  const structNames = new Set([...r.structs.map((s) => s.name), ...r.unions.map((u) => u.name)]);
  const undescribed: string[] = [];
  const describe = (what: string, text: string | undefined): { description?: string } => {
    if (text) return { description: text };
    undescribed.push(what);
    return {};
  };

  const refSchema = (name: string, loc: SourceLoc, what: string): JsonSchema => {
    if (enumNames.has(name)) return { $ref: schemaId('enum', name) };
    if (structNames.has(name)) return { $ref: schemaId('struct', name) };
    throw new HeaderError(loc, `${what}: "${name}" is not a reached struct or enum`);
  };
  const int64 = (policy: 'exact' | 'number' | undefined, signed: boolean): JsonSchema => ({ 'x-int64': { policy: policy ?? 'exact', signed } });
  const typeSchema = (t: TypeSpec, fix: OverlayField | undefined, loc: SourceLoc, what: string): JsonSchema => {
    switch (t.base) {
      case 'string': return { type: 'string' };
      case 'bool': return { type: 'boolean' };
      case 'double': return { type: 'number' };
      case 'any': return {};
      case 'uint64': return int64(fix?.int64, false);
      case 'int64': return int64(fix?.int64, true);
      case 'uint': case 'uint32':
        return t.ref ? refSchema(t.ref, loc, what) : { type: 'integer', minimum: 0, maximum: U32_MAX };
      case 'int': case 'int32':
        return t.ref ? refSchema(t.ref, loc, what) : { type: 'integer', minimum: -2147483648, maximum: 2147483647 };
      case 'object': case 'value':
        if (!t.ref) throw new HeaderError(loc, `${what}: "${t.text}" names no struct`);
        return refSchema(t.ref, loc, what);
      case 'array':
        if (!t.items) throw new HeaderError(loc, `${what}: array without element type`);
        return { type: 'array', items: typeSchema(t.items, fix, loc, `${what}[]`) };
    }
  };
  /** Schema of one C parameter that carries a value (not a callback or user_data). */
  const paramSchema = (owner: string, p: CParam, fix: OverlayField | undefined, loc: SourceLoc): { role: string; schema: JsonSchema } | null => {
    const what = `${owner}(${p.name})`;
    if (p.cType === 'const void*') return null;
    if (set.callbacks.has(p.cType)) return null;
    const json = jsonParamType(owner, p, fix, set, loc);
    let schema: JsonSchema;
    let role = 'value';
    if (json) { schema = typeSchema(json, fix, loc, what); role = 'json'; }
    else if (enumNames.has(p.cType)) schema = refSchema(p.cType, loc, what);
    else {
      switch (p.cType) {
        case 'const char*': schema = { type: 'string' }; break;
        case 'bool': schema = { type: 'boolean' }; break;
        case 'uint64_t': schema = int64(fix?.int64, false); break;
        case 'int64_t': schema = int64(fix?.int64, true); break;
        case 'uint32_t': schema = { type: 'integer', minimum: 0, maximum: U32_MAX }; break;
        case 'int': case 'int32_t': schema = { type: 'integer', minimum: -2147483648, maximum: 2147483647 }; break;
        default: throw new HeaderError(loc, `${what}: no schema mapping for C type "${p.cType}"`);
      }
    }
    return {
      role,
      schema: {
        ...describe(what, fix?.description), ...schema,
        ...(fix?.enum ? { 'x-enum': fix.enum } : {}), ...(fix?.tsName ? { 'x-ts-name': fix.tsName } : {}), ...(fix?.schema ?? {}),
      },
    };
  };
  const paramList = (params: CParam[]) => params.map((p) => ({
    name: p.name,
    cType: p.cType,
    role: p.cType === 'const void*' ? 'user_data' : set.callbacks.has(p.cType) ? 'callback' : undefined,
  }));
  const signature = (owner: string, params: CParam[], fixes: Record<string, OverlayField> | undefined, loc: SourceLoc) => {
    const properties: Record<string, JsonSchema> = {};
    const list = paramList(params) as { name: string; cType: string; role?: string }[];
    for (const [i, p] of params.entries()) {
      const s = paramSchema(owner, p, fixes?.[p.name], loc);
      if (s) { properties[p.name] = s.schema; list[i].role = s.role; }
    }
    for (const name of Object.keys(fixes ?? {})) {
      if (!params.some((p) => p.name === name)) warn(loc, `overlay describes parameter "${name}" that ${owner} does not have`);
    }
    return { 'x-params': list, type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
  };
  const header = (loc: SourceLoc) => ({ 'x-header': loc.file });

  const docs: SchemaDoc[] = [];
  const push = (kind: SchemaKind, name: string, schema: JsonSchema) =>
    docs.push({ kind, name, path: `${kind}/${name}.json`, schema: { $schema: SCHEMA_DIALECT, $id: schemaId(kind, name), title: name, ...schema } });

  for (const fn of [...r.functions].sort((a, b) => (a.name < b.name ? -1 : 1))) push('api', fn.name, functionSchema(fn));
  function functionSchema(fn: CFunction): JsonSchema {
    const ov = overlay.functions[fn.name] ?? {};
    const hasComm = fn.params.some((p) => p.cType === COMM_CALLBACK);
    const setter = fn.params.find((p) => set.callbacks.has(p.cType) && p.cType !== COMM_CALLBACK);
    const out: JsonSchema = {
      ...describe(fn.name, ov.description),
      'x-kind': 'function',
      ...header(fn.loc),
      'x-c-return': fn.returnType,
      'x-sync': !hasComm,
      ...(setter ? { 'x-listener': setter.cType } : {}),
      ...(fn.since ? { 'x-since': fn.since } : {}),
      ...(fn.deprecated ? { deprecated: true } : {}),
      ...(ov.tsName ? { 'x-ts-name': ov.tsName } : {}),
      ...signature(fn.name, fn.params, ov.params, fn.loc),
    };
    if (hasComm) {
      if (ov.result === undefined) {
        warn(fn.loc, `${fn.name}: its TIMCommCallback payload type is unknown, so results are not checked; give "result" in schema/overlay/functions.json`);
        out['x-result'] = 'unknown';
      } else if (ov.result === null) out['x-result'] = 'none';
      else {
        const t = parseOverlayType(ov.result, fn.loc, `${fn.name} result`);
        if (ov.resultOptional) out['x-result-optional'] = true;
        out.$defs = { result: { ...describe(`${fn.name} result`, ov.resultDescription), 'x-type': t.text, ...typeSchema(t, undefined, fn.loc, `${fn.name} result`) } };
      }
    }
    return out;
  }

  for (const cb of r.callbacks) push('callback', cb.name, callbackSchema(cb));
  function callbackSchema(cb: CCallback): JsonSchema {
    const ov = overlay.callbacks[cb.name] ?? {};
    return {
      ...describe(cb.name, ov.description),
      'x-kind': 'callback',
      ...header(cb.loc),
      ...(ov.tsName ? { 'x-ts-name': ov.tsName } : {}),
      ...signature(cb.name, cb.params, ov.params, cb.loc),
    };
  }

  const unionBases = new Map(r.unions.map((u) => [u.def.base, u]));
  const unionMembers = new Map(r.unions.flatMap((u) => Object.values(u.def.members).map((s) => [s, u] as const)));
  for (const st of r.structs) push('struct', st.name, structSchema(st));
  function keyProps(st: CStruct): { properties: Record<string, JsonSchema>; required: string[] } {
    const fixes = overlay.structs[st.name]?.keys ?? {};
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const k of st.keys) {
      const fix = fixes[k.key];
      const t = effectiveKeyType(k, fix);
      const what = `${st.name}.${k.key}`;
      if (properties[k.key]) throw new HeaderError(k.loc, `${what}: the key is declared twice`);
      properties[k.key] = {
        ...describe(what, fix?.description),
        ...typeSchema(t, fix, k.loc, what),
        'x-c-key': k.constName,
        ...(k.type ? { 'x-type': k.type.text } : {}),
        ...(k.access ? { 'x-access': k.access } : {}),
        ...(k.since ? { 'x-since': k.since } : {}),
        ...(k.deprecated ? { deprecated: true } : {}),
        ...(fix?.enum ? { 'x-enum': fix.enum } : {}),
        ...(fix?.schema ?? {}),
      };
      const req = fix?.required ?? (k.required === true && k.access !== 'read');
      if (req) required.push(k.key);
    }
    for (const name of Object.keys(fixes)) {
      if (!st.keys.some((k) => k.key === name)) warn(st.loc, `overlay describes key "${name}" that struct ${st.name} does not have`);
    }
    return { properties, required };
  }
  function structSchema(st: CStruct): JsonSchema {
    const ov = overlay.structs[st.name] ?? {};
    let { properties, required } = keyProps(st);
    const union = unionMembers.get(st.name);
    if (union) {
      // Every member of a union also carries the base struct's keys (the discriminator).
      const base = keyProps(set.structs.get(union.def.base)!);
      properties = { ...base.properties, ...properties };
      required = [...new Set([...base.required, ...required, union.def.discriminator])];
    }
    return {
      ...describe(st.name, ov.description),
      'x-kind': 'struct',
      ...header(st.loc),
      ...(union ? { 'x-union': union.name } : {}),
      ...(unionBases.has(st.name) ? { 'x-union-base': unionBases.get(st.name)!.name } : {}),
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    };
  }

  for (const u of r.unions) {
    const disc = u.def.discriminator;
    const baseKey = set.structs.get(u.def.base)?.keys.find((k) => k.key === disc);
    if (!baseKey?.type?.ref) throw new HeaderError(set.structs.get(u.def.base)?.loc ?? { file: 'schema/overlay/unions.json', line: 1 }, `union ${u.name}: base ${u.def.base} has no enum-typed key "${disc}"`);
    const en = set.enums.get(baseKey.type.ref)!;
    const branches = Object.entries(u.def.members).map(([member, struct]) => {
      const m = en.members.find((x) => x.name === member);
      if (!m) throw new HeaderError(en.loc, `union ${u.name}: ${en.name} has no member ${member}`);
      return { if: { type: 'object', properties: { [disc]: { const: m.value } } }, then: { $ref: schemaId('struct', struct) } };
    });
    push('struct', u.name, {
      ...describe(u.name, u.def.description),
      'x-kind': 'union',
      'x-discriminator': disc,
      'x-members': Object.entries(u.def.members).map(([member, struct]) => ({ member, struct })),
      type: 'object',
      properties: { [disc]: { $ref: schemaId('enum', en.name), 'x-c-key': baseKey.constName } },
      required: [disc],
      allOf: branches,
    });
  }

  for (const en of r.enums) {
    const isErrors = en.name === overlay.errors.enum;
    const ov = overlay.enums[en.name] ?? {};
    let members = en.members;
    if (isErrors) {
      members = Object.keys(overlay.errors.codes).map((code) => {
        const m = en.members.find((x) => String(x.value) === code);
        if (!m) warn(en.loc, `schema/overlay/errors.json lists code ${code}, which ${en.name} does not declare`);
        return m;
      }).filter((m) => m !== undefined);
    }
    const values = [...new Set(members.map((m) => m.value))];
    push('enum', en.name, {
      ...describe(en.name, isErrors ? overlay.errors.description : ov.description),
      'x-kind': isErrors ? 'errors' : 'enum',
      ...header(en.loc),
      ...(ov.flags ? { 'x-flags': true } : {}),
      ...(isErrors ? { 'x-subset': 'the codes the conversation API produces' } : {}),
      'x-members': members.map((m) => ({
        name: m.name, value: m.value, expr: m.expr,
        ...describe(`${en.name}.${m.name}`, isErrors ? overlay.errors.codes[String(m.value)] : ov.members?.[m.name]),
      })),
      type: 'integer',
      enum: values,
    });
  }

  docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: SchemaDoc = {
    kind: 'api', name: 'index', path: 'index.json',
    schema: {
      'x-kind': 'index',
      ...(sdk ? { 'x-sdk': sdk } : {}),
      counts: {
        functions: r.functions.length, callbacks: r.callbacks.length, structs: r.structs.length + r.unions.length,
        enums: r.enums.length, keys: r.structs.reduce((n, s) => n + s.keys.length, 0),
      },
      files: docs.map((d) => d.path),
    },
  };
  for (const name of Object.keys(overlay.functions)) {
    if (!set.functions.has(name)) warn({ file: 'schema/overlay/functions.json', line: 1 }, `overlay describes function ${name}, which the headers do not declare`);
  }
  for (const name of Object.keys(overlay.structs)) {
    if (!r.structs.some((s) => s.name === name)) warn({ file: 'schema/overlay/structs.json', line: 1 }, `overlay describes struct ${name}, which the conversation API does not reach`);
  }
  return { docs: [...docs, manifest], undescribed, warnings };
}
