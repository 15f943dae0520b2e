// Builds the IR from the loaded schemas. Every decision an emitter would otherwise have to make
// (TS type text, C# native and facade types, runtime parameter kind, 64-bit policy, names) is made
// here, so the emitters only render.
import type { ParamKind } from '../../runtime/api-meta.ts';
import { SchemaError, type LoadedSchema, type Schema } from './load-schemas.ts';
import type { Ir, IrCallback, IrEnum, IrField, IrFunction, IrListener, IrParam, IrStruct, IrType, IrUnion } from './model.ts';
import { csFacadeMethodName, csListenerSetterName, csParamName, functionTsName, listenerEventName, lowerFirst, snakeToCamel } from './naming.ts';
import { NATIVE_LIBRARIES } from './native-libraries.ts';
import { SESSION_ENUMS, SESSION_FUNCTIONS, SESSION_HEADER } from './session-api.ts';
import { AnnotationError, annotation, requireAnnotation, type AnnotationKeyword, type Annotations, type XEnumMember, type XInt64, type XParam, type XUnionMember } from '../schema-annotations.ts';

type Node = Record<string, any>;
const ID = /^timconv:(api|callback|struct|enum)\/(\w+)$/;

/** Reads an `x-` annotation with its declared type; a wrong shape fails with the file and JSON path. */
function ann<K extends AnnotationKeyword>(node: Node, keyword: K, file: string, ptr = '#', required = false): Annotations[K] | undefined {
  try {
    return required ? requireAnnotation(node, keyword, ptr) : annotation(node, keyword, ptr);
  } catch (err) {
    if (err instanceof AnnotationError) throw new SchemaError(file, `${err.pointer}/${err.keyword}`, err.reason);
    throw err;
  }
}
const must = <K extends AnnotationKeyword>(node: Node, keyword: K, file: string, ptr = '#') => ann(node, keyword, file, ptr, true)!;

export function buildIr(schemas: Map<string, LoadedSchema>): Ir {
  const byKind = (kind: string) => [...schemas.values()].filter((s) => ann(s.schema, 'x-kind', s.file) === kind);
  const refName = (ref: string, file: string, ptr: string) => {
    const m = ID.exec(ref);
    if (!m) throw new SchemaError(file, ptr, `unsupported $ref ${ref}`);
    return { kind: m[1], name: m[2] };
  };
  /** Maps one schema node to an IR type. */
  const typeOf = (n: Node, file: string, ptr: string): IrType => {
    if (n.$ref) {
      const r = refName(n.$ref, file, ptr);
      if (r.kind === 'enum') return { kind: 'enum', name: r.name };
      if (r.kind === 'struct') return { kind: 'struct', name: r.name };
      throw new SchemaError(file, ptr, `a value cannot refer to ${n.$ref}`);
    }
    if (n['x-int64']) {
      const { policy, signed } = n['x-int64'] as XInt64;
      const flagsOf = ann(n, 'x-enum', file, ptr);
      return { kind: signed ? 'int64' : 'uint64', policy, ...(flagsOf ? { flagsOf } : {}) };
    }
    switch (n.type) {
      case 'string': return { kind: 'string' };
      case 'boolean': return { kind: 'bool' };
      case 'number': return { kind: 'double' };
      case 'integer': return { kind: n.minimum === 0 ? 'uint32' : 'int32' };
      case 'array': {
        if (!n.items) throw new SchemaError(file, ptr, 'array without items');
        const items = typeOf(n.items, file, `${ptr}/items`);
        // The flags enum of an array of mark bits is written on the array.
        const flagsOf = ann(n, 'x-enum', file, ptr);
        if (flagsOf && (items.kind === 'uint64' || items.kind === 'int64')) return { kind: 'array', items: { ...items, flagsOf } };
        return { kind: 'array', items };
      }
      case undefined:
        if (Object.keys(n).every((k) => k === 'description' || k.startsWith('x-'))) return { kind: 'any' };
      // falls through
      default:
        throw new SchemaError(file, ptr, `no IR type for schema ${JSON.stringify(n).slice(0, 120)}`);
    }
  };

  const tsOf = (t: IrType): string => {
    switch (t.kind) {
      case 'string': return 'string';
      case 'bool': return 'boolean';
      case 'double': case 'int32': case 'uint32': return 'number';
      case 'any': return 'unknown';
      case 'int64': case 'uint64': return t.policy === 'exact' ? 'bigint' : 'number';
      case 'enum': return t.literal ? `${t.name}.${t.literal}` : t.name;
      case 'struct': return t.name;
      case 'array': return `${tsOf(t.items)}[]`;
    }
  };

  const callbackNames = new Set(byKind('callback').map((s) => String(s.schema.title)));
  const enumNames = new Set(byKind('enum').concat(byKind('errors')).map((s) => String(s.schema.title)));

  const param = (p: XParam, props: Node, file: string, i: number): IrParam => {
    const ptr = `#/x-params/${i}`;
    const base = { cName: p.name, tsName: snakeToCamel(p.name), csName: csParamName(p.name), cType: p.cType, description: '' };
    if (p.cType === 'const void*' || p.role === 'user_data') return { ...base, role: 'user_data', csNative: 'IntPtr' };
    if (callbackNames.has(p.cType)) return { ...base, role: 'callback', csNative: p.cType, callback: p.cType };
    const s = props[p.name];
    if (!s) throw new SchemaError(file, `#/properties/${p.name}`, `parameter ${p.name} has no schema`);
    const type = typeOf(s, file, `#/properties/${p.name}`);
    const role = p.role === 'json' ? 'json' : 'value';
    const mapping = valueMapping(p.cType, role, enumNames);
    if (!mapping) throw new SchemaError(file, ptr, `no C# mapping for C type ${p.cType}`);
    const tsName = ann(s, 'x-ts-name', file, `#/properties/${p.name}`);
    const errorCodes = ann(s, 'x-error-codes', file, `#/properties/${p.name}`);
    return {
      ...base, ...(tsName ? { tsName } : {}), role, type, ts: tsOf(type), ...mapping,
      description: String(s.description ?? ''),
      ...(errorCodes ? { errorCodes } : {}),
    };
  };
  const params = (doc: Schema, file: string) =>
    must(doc, 'x-params', file).map((p, i) => param(p, (doc.properties ?? {}) as Node, file, i));

  const callbacks: IrCallback[] = byKind('callback').map(({ file, schema }) => {
    const ps = params(schema, file);
    return {
      cName: String(schema.title), header: must(schema, 'x-header', file), description: String(schema.description ?? ''),
      params: ps, schemaFile: file, ...facadeDelegate(ps),
    };
  });
  const callbackByName = new Map(callbacks.map((c) => [c.cName, c]));

  const functions: IrFunction[] = byKind('function').map(({ file, schema }) => {
    const cName = String(schema.title);
    const ps = params(schema, file);
    const result = schema.$defs && (schema.$defs as Node).result;
    const since = ann(schema, 'x-since', file);
    const listener = ann(schema, 'x-listener', file);
    const cReturn = must(schema, 'x-c-return', file);
    return {
      cName,
      tsName: ann(schema, 'x-ts-name', file) ?? (cName.startsWith('TIMConv') ? functionTsName(cName) : listenerEventName(cName)),
      header: must(schema, 'x-header', file),
      description: String(schema.description ?? ''),
      ...(since ? { since } : {}),
      ...(schema.deprecated ? { deprecated: true } : {}),
      cReturn,
      csReturn: cReturn === 'void' ? 'void' : 'int',
      params: ps,
      sync: ann(schema, 'x-sync', file) === true,
      result: result
        ? (() => { const t = typeOf(result, file, '#/$defs/result'); const optional = ann(schema, 'x-result-optional', file) === true; return { kind: 'json' as const, type: t, ts: optional ? `${tsOf(t)} | undefined` : tsOf(t), description: String(result.description ?? ''), optional }; })()
        : ann(schema, 'x-result', file) === 'unknown' ? { kind: 'unknown' as const } : { kind: 'none' as const },
      ...(listener ? { listenerCallback: listener } : {}),
      csName: csFacadeMethodName(cName),
      schemaFile: file,
    };
  }).sort((a, b) => (a.cName < b.cName ? -1 : 1));

  const listeners: IrListener[] = functions.filter((f) => f.listenerCallback).map((f) => {
    const cb = callbackByName.get(f.listenerCallback!);
    if (!cb) throw new SchemaError(f.schemaFile, '#/x-listener', `unknown callback ${f.listenerCallback}`);
    const { schema: doc, file } = schemas.get(`timconv:callback/${cb.cName}`)!;
    const event = ann(doc, 'x-ts-name', file) ?? listenerEventName(f.cName);
    return {
      event, setter: f.cName, callback: cb.cName, description: cb.description,
      params: cb.params.filter((p) => p.role !== 'user_data'),
      csSetter: csListenerSetterName(event),
    };
  });

  const unionMembers = (schema: Node, file: string) => must(schema, 'x-members', file) as XUnionMember[];
  const unions: IrUnion[] = byKind('union').map(({ schema, file }) => ({
    name: String(schema.title), description: String(schema.description ?? ''),
    discriminator: must(schema, 'x-discriminator', file),
    members: unionMembers(schema, file).map((m) => m.struct),
  }));
  const unionLiteral = new Map<string, { union: string; discriminator: string; literal: string }>();
  for (const { schema, file } of byKind('union')) {
    for (const m of unionMembers(schema, file)) {
      unionLiteral.set(m.struct, { union: String(schema.title), discriminator: must(schema, 'x-discriminator', file), literal: m.member });
    }
  }

  const structs: IrStruct[] = byKind('struct').map(({ file, schema }) => {
    const name = String(schema.title);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const member = unionLiteral.get(name);
    const fields: IrField[] = Object.entries(schema.properties as Node).map(([key, p]) => {
      let type = typeOf(p, file, `#/properties/${key}`);
      if (member && key === member.discriminator && type.kind === 'enum') type = { ...type, literal: member.literal };
      const ptr = `#/properties/${key}`;
      const since = ann(p, 'x-since', file, ptr);
      const access = ann(p, 'x-access', file, ptr);
      return {
        key, cKey: must(p, 'x-c-key', file, ptr), type, ts: tsOf(type), optional: !required.has(key),
        description: String(p.description ?? ''),
        ...(since ? { since } : {}),
        ...(p.deprecated ? { deprecated: true } : {}),
        ...(access ? { access } : {}),
      };
    });
    return { name, description: String(schema.description ?? ''), fields, ...(member ? { unionMember: member } : {}), schemaFile: file };
  }).sort((a, b) => (a.name < b.name ? -1 : 1));

  const enums: IrEnum[] = [...byKind('enum'), ...byKind('errors')].map(({ schema, file }) => ({
    name: String(schema.title), description: String(schema.description ?? ''),
    flags: ann(schema, 'x-flags', file) === true, errors: ann(schema, 'x-kind', file) === 'errors',
    members: (must(schema, 'x-members', file) as XEnumMember[]).map((m) => ({ name: m.name, value: m.value, description: m.description ?? '' })),
  })).sort((a, b) => (a.name < b.name ? -1 : 1));

  // A JSON key has one meaning everywhere, so the exact-64-bit policy can be keyed by name alone;
  // refuse a schema set where that is not true.
  const policyOfKey = new Map<string, { exact: boolean; where: string }>();
  for (const st of structs) {
    for (const f of st.fields) {
      const leaf = f.type.kind === 'array' ? f.type.items : f.type;
      const exact = (leaf.kind === 'uint64' || leaf.kind === 'int64') && leaf.policy === 'exact';
      const seen = policyOfKey.get(f.key);
      if (seen && seen.exact !== exact) throw new SchemaError(st.schemaFile, `#/properties/${f.key}`, `key ${f.key} is exact 64-bit here but not in ${seen.where}`);
      policyOfKey.set(f.key, { exact, where: st.schemaFile });
    }
  }
  const exactInt64Keys = [...policyOfKey].filter(([, v]) => v.exact).map(([k]) => k).sort();

  const index = [...schemas.values()].find((s) => s.schema['x-kind'] === 'index');
  return {
    ...(index?.schema['x-sdk'] ? { sdk: index.schema['x-sdk'] as Ir['sdk'] } : {}),
    functions, callbacks, listeners, structs, unions, enums, exactInt64Keys,
    session: sessionFunctions(callbackNames, tsOf),
    nativeLibraries: NATIVE_LIBRARIES,
    schemas,
  };
}

type ValueMapping = Pick<IrParam, 'kind' | 'csNative' | 'csMarshal' | 'csFacade' | 'csFacadeTs'>;

const FACADE_TS = { string: 'string', int: 'number', double: 'number', bool: 'boolean' } as const;

/**
 * The one place a C parameter type becomes a runtime kind and C# types: `const char*` is marshaled by
 * hand as UTF-8 (IntPtr), enums and ints cross as int, uint32 as uint (a double at the facade, which
 * holds every uint32 exactly), 64-bit integers as ulong/long (decimal strings at the facade, because
 * Puerts turns them into bigint), bool as a one-byte C bool.
 */
function valueMapping(cType: string, role: 'json' | 'value', enumNames: ReadonlySet<string>): ValueMapping | undefined {
  const m = (kind: ParamKind, csNative: string, csFacade: NonNullable<IrParam['csFacade']>, csMarshal?: string): ValueMapping =>
    ({ kind, csNative, ...(csMarshal ? { csMarshal } : {}), csFacade, csFacadeTs: FACADE_TS[csFacade] });
  if (role === 'json') return m('json', 'IntPtr', 'string');
  if (cType === 'const char*') return m('string', 'IntPtr', 'string');
  if (enumNames.has(cType)) return m('enum', 'int', 'int');
  switch (cType) {
    case 'uint64_t': return m('uint64', 'ulong', 'string');
    case 'int64_t': return m('int64', 'long', 'string');
    case 'uint32_t': return m('uint32', 'uint', 'double');
    case 'int': case 'int32_t': return m('int', 'int', 'int');
    case 'bool': return m('bool', 'bool', 'bool', '[MarshalAs(UnmanagedType.U1)]');
    default: return undefined;
  }
}

/** The facade delegate of a callback: System.Action over the facade types of its parameters. */
function facadeDelegate(ps: IrParam[]): Pick<IrCallback, 'csFacadeDelegate' | 'csFacadeTypeArgs' | 'csFacadeNeedsAot' | 'csFacadeTs'> {
  const values = ps.filter((p) => p.role !== 'user_data');
  const cs = values.map((p) => p.csFacade!);
  const ts = values.map((p) => p.csFacadeTs!);
  const typeArgs = cs.join(', ');
  return {
    csFacadeDelegate: cs.length ? `Action<${typeArgs}>` : 'Action',
    csFacadeTypeArgs: typeArgs,
    csFacadeNeedsAot: cs.some((t) => t !== 'string'),
    csFacadeTs: ts.length ? `System.Action$${ts.length}<${ts.join(', ')}>` : 'System.Action',
  };
}

/**
 * IR of the fixed SDK lifecycle functions (see session-api.ts). A function whose callback typedef is
 * not among the schemas (a partial schema set, as in some tests) is left out.
 */
function sessionFunctions(callbackNames: ReadonlySet<string>, tsOf: (t: IrType) => string): IrFunction[] {
  const enums = new Set(SESSION_ENUMS);
  const typeOfC = (cType: string, role: 'json' | 'value'): IrType => {
    if (role === 'json') return { kind: 'any' };
    switch (cType) {
      case 'const char*': return { kind: 'string' };
      case 'uint64_t': return { kind: 'uint64', policy: 'exact' };
      case 'int64_t': return { kind: 'int64', policy: 'exact' };
      case 'uint32_t': return { kind: 'uint32' };
      case 'bool': return { kind: 'bool' };
      default: return { kind: 'int32' };
    }
  };
  const available = SESSION_FUNCTIONS.filter((f) => f.params.every((p) => p.role !== 'callback' || callbackNames.has(p.cType)));
  return available.map((f) => {
    const where = `${SESSION_HEADER} ${f.cName}`;
    const ps: IrParam[] = f.params.map((p) => {
      const base = { cName: p.name, tsName: snakeToCamel(p.name), csName: csParamName(p.name), cType: p.cType, description: p.description };
      if (p.role === 'user_data') return { ...base, role: 'user_data', csNative: 'IntPtr' };
      if (p.role === 'callback') return { ...base, role: 'callback', csNative: p.cType, callback: p.cType };
      const role = p.role === 'json' ? 'json' : 'value';
      const mapping = valueMapping(p.cType, role, enums);
      if (!mapping) throw new Error(`${where}: no C# mapping for C type ${p.cType}`);
      const type = typeOfC(p.cType, role);
      return { ...base, role, type, ts: tsOf(type), ...mapping };
    });
    const csName = csFacadeMethodName(f.cName);
    return {
      cName: f.cName, tsName: lowerFirst(csName), header: SESSION_HEADER, description: f.description,
      cReturn: f.cReturn, csReturn: f.cReturn === 'void' ? 'void' : 'int',
      params: ps, sync: f.sync, result: { kind: 'unknown' as const }, csName, schemaFile: '',
    };
  });
}
