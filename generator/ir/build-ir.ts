// Builds the IR from the loaded schemas. Every decision an emitter would otherwise have to make
// (TS type text, C# native and facade types, runtime parameter kind, 64-bit policy, names) is made
// here, so the emitters only render.
import type { ParamKind } from '../../runtime/api-meta.ts';
import { SchemaError, type LoadedSchema, type Schema } from './load-schemas.ts';
import type { Ir, IrCallback, IrEnum, IrField, IrFunction, IrListener, IrParam, IrStruct, IrType, IrUnion } from './model.ts';
import { functionTsName, listenerEventName, snakeToCamel } from './naming.ts';

type Node = Record<string, any>;
const ID = /^timconv:(api|callback|struct|enum)\/(\w+)$/;

export function buildIr(schemas: Map<string, LoadedSchema>): Ir {
  const byKind = (kind: string) => [...schemas.values()].filter((s) => s.schema['x-kind'] === kind);
  const refName = (ref: string, file: string, ptr: string) => {
    const m = ID.exec(ref);
    if (!m) throw new SchemaError(file, ptr, `unsupported $ref ${ref}`);
    return { kind: m[1], name: m[2] };
  };
  const kindOfStruct = new Map([...schemas.values()].filter((s) => ['struct', 'union'].includes(s.schema['x-kind'] as string)).map((s) => [String(s.schema.title), s.schema['x-kind'] as string]));

  /** Maps one schema node to an IR type. */
  const typeOf = (n: Node, file: string, ptr: string): IrType => {
    if (n.$ref) {
      const r = refName(n.$ref, file, ptr);
      if (r.kind === 'enum') return { kind: 'enum', name: r.name };
      if (r.kind === 'struct') return { kind: 'struct', name: r.name };
      throw new SchemaError(file, ptr, `a value cannot refer to ${n.$ref}`);
    }
    if (n['x-int64']) {
      const { policy, signed } = n['x-int64'];
      return { kind: signed ? 'int64' : 'uint64', policy, ...(n['x-enum'] ? { flagsOf: n['x-enum'] } : {}) };
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
        if (n['x-enum'] && (items.kind === 'uint64' || items.kind === 'int64')) return { kind: 'array', items: { ...items, flagsOf: n['x-enum'] } };
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

  const param = (p: { name: string; cType: string; role?: string }, props: Node, file: string, i: number): IrParam => {
    const ptr = `#/x-params/${i}`;
    const base = { cName: p.name, tsName: snakeToCamel(p.name), cType: p.cType, description: '' };
    if (p.cType === 'const void*' || p.role === 'user_data') return { ...base, role: 'user_data', csNative: 'IntPtr' };
    if (callbackNames.has(p.cType)) return { ...base, role: 'callback', csNative: p.cType, callback: p.cType };
    const s = props[p.name];
    if (!s) throw new SchemaError(file, `#/properties/${p.name}`, `parameter ${p.name} has no schema`);
    const type = typeOf(s, file, `#/properties/${p.name}`);
    const role = p.role === 'json' ? 'json' : 'value';
    let kind: ParamKind; let csNative: string; let csMarshal: string | undefined; let csFacade: IrParam['csFacade'];
    if (role === 'json') { kind = 'json'; csNative = 'IntPtr'; csFacade = 'string'; }
    else if (p.cType === 'const char*') { kind = 'string'; csNative = 'IntPtr'; csFacade = 'string'; }
    else if (enumNames.has(p.cType)) { kind = 'enum'; csNative = 'int'; csFacade = 'int'; }
    else {
      switch (p.cType) {
        case 'uint64_t': kind = 'uint64'; csNative = 'ulong'; csFacade = 'string'; break;
        case 'int64_t': kind = 'int64'; csNative = 'long'; csFacade = 'string'; break;
        case 'uint32_t': kind = 'uint32'; csNative = 'uint'; csFacade = 'double'; break;
        case 'int': case 'int32_t': kind = 'int'; csNative = 'int'; csFacade = 'int'; break;
        case 'bool': kind = 'bool'; csNative = 'bool'; csMarshal = '[MarshalAs(UnmanagedType.U1)]'; csFacade = 'bool'; break;
        default: throw new SchemaError(file, ptr, `no C# mapping for C type ${p.cType}`);
      }
    }
    return {
      ...base, ...(s['x-ts-name'] ? { tsName: String(s['x-ts-name']) } : {}), role, type, kind, ts: tsOf(type), csNative, ...(csMarshal ? { csMarshal } : {}), csFacade,
      description: String(s.description ?? ''),
      ...(s['x-error-codes'] ? { errorCodes: s['x-error-codes'] as Record<string, number> } : {}),
    };
  };
  const params = (doc: Schema, file: string) =>
    (doc['x-params'] as { name: string; cType: string; role?: string }[]).map((p, i) => param(p, (doc.properties ?? {}) as Node, file, i));

  const callbacks: IrCallback[] = byKind('callback').map(({ file, schema }) => ({
    cName: String(schema.title), header: String(schema['x-header']), description: String(schema.description ?? ''),
    params: params(schema, file), schemaFile: file,
  }));
  const callbackByName = new Map(callbacks.map((c) => [c.cName, c]));

  const functions: IrFunction[] = byKind('function').map(({ file, schema }) => {
    const cName = String(schema.title);
    const ps = params(schema, file);
    const result = schema.$defs && (schema.$defs as Node).result;
    return {
      cName,
      tsName: String(schema['x-ts-name'] ?? (cName.startsWith('TIMConv') ? functionTsName(cName) : listenerEventName(cName))),
      header: String(schema['x-header']),
      description: String(schema.description ?? ''),
      ...(schema['x-since'] ? { since: String(schema['x-since']) } : {}),
      ...(schema.deprecated ? { deprecated: true } : {}),
      cReturn: String(schema['x-c-return']),
      csReturn: schema['x-c-return'] === 'void' ? 'void' : 'int',
      params: ps,
      sync: schema['x-sync'] === true,
      result: result
        ? (() => { const t = typeOf(result, file, '#/$defs/result'); return { kind: 'json' as const, type: t, ts: tsOf(t), description: String(result.description ?? '') }; })()
        : schema['x-result'] === 'unknown' ? { kind: 'unknown' as const } : { kind: 'none' as const },
      ...(schema['x-listener'] ? { listenerCallback: String(schema['x-listener']) } : {}),
      schemaFile: file,
    };
  }).sort((a, b) => (a.cName < b.cName ? -1 : 1));

  const listeners: IrListener[] = functions.filter((f) => f.listenerCallback).map((f) => {
    const cb = callbackByName.get(f.listenerCallback!);
    if (!cb) throw new SchemaError(f.schemaFile, '#/x-listener', `unknown callback ${f.listenerCallback}`);
    const doc = schemas.get(`timconv:callback/${cb.cName}`)!.schema;
    return {
      event: String(doc['x-ts-name'] ?? listenerEventName(f.cName)),
      setter: f.cName, callback: cb.cName, description: cb.description,
      params: cb.params.filter((p) => p.role !== 'user_data'),
    };
  });

  const unions: IrUnion[] = byKind('union').map(({ schema }) => ({
    name: String(schema.title), description: String(schema.description ?? ''),
    discriminator: String(schema['x-discriminator']),
    members: (schema['x-members'] as { struct: string }[]).map((m) => m.struct),
  }));
  const unionLiteral = new Map<string, { union: string; discriminator: string; literal: string }>();
  for (const { schema } of byKind('union')) {
    for (const m of schema['x-members'] as { member: string; struct: string }[]) {
      unionLiteral.set(m.struct, { union: String(schema.title), discriminator: String(schema['x-discriminator']), literal: m.member });
    }
  }

  const structs: IrStruct[] = byKind('struct').map(({ file, schema }) => {
    const name = String(schema.title);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const member = unionLiteral.get(name);
    const fields: IrField[] = Object.entries(schema.properties as Node).map(([key, p]) => {
      let type = typeOf(p, file, `#/properties/${key}`);
      if (member && key === member.discriminator && type.kind === 'enum') type = { ...type, literal: member.literal };
      return {
        key, cKey: String(p['x-c-key']), type, ts: tsOf(type), optional: !required.has(key),
        description: String(p.description ?? ''),
        ...(p['x-since'] ? { since: String(p['x-since']) } : {}),
        ...(p.deprecated ? { deprecated: true } : {}),
        ...(p['x-access'] ? { access: String(p['x-access']) } : {}),
      };
    });
    return { name, description: String(schema.description ?? ''), fields, ...(member ? { unionMember: member } : {}), schemaFile: file };
  }).sort((a, b) => (a.name < b.name ? -1 : 1));

  const enums: IrEnum[] = [...byKind('enum'), ...byKind('errors')].map(({ schema }) => ({
    name: String(schema.title), description: String(schema.description ?? ''),
    flags: schema['x-flags'] === true, errors: schema['x-kind'] === 'errors',
    members: (schema['x-members'] as { name: string; value: number; description?: string }[]).map((m) => ({ name: m.name, value: m.value, description: m.description ?? '' })),
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
    functions, callbacks, listeners, structs, unions, enums, exactInt64Keys, schemas,
  };
}
