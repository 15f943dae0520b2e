// The IR of the JSON payload types: unions, structs (with the union literal a member carries), enums
// and error enums, and the keys whose integers are exact 64-bit values.
import { SchemaError, type LoadedSchema } from './load-schemas.ts';
import type { IrEnum, IrField, IrStruct, IrUnion } from './model.ts';
import { ann, must, type Node } from './schema-reader.ts';
import { tsOf, typeOf } from './value-types.ts';
import type { XEnumMember, XUnionMember } from '../schema-annotations.ts';
import { byKey } from '../order.ts';

type UnionMembership = NonNullable<IrStruct['unionMember']>;

const membersOf = ({ schema, file }: LoadedSchema) => must(schema, 'x-members', file) as XUnionMember[];

export function buildUnion(doc: LoadedSchema): IrUnion {
  const { schema, file } = doc;
  return {
    name: String(schema.title), description: String(schema.description ?? ''),
    discriminator: must(schema, 'x-discriminator', file),
    members: membersOf(doc).map((m) => m.struct),
  };
}

/** Struct name -> the union it belongs to and the discriminator literal it carries. */
export function unionMemberships(unions: LoadedSchema[]): Map<string, UnionMembership> {
  const out = new Map<string, UnionMembership>();
  for (const doc of unions) {
    const discriminator = must(doc.schema, 'x-discriminator', doc.file);
    for (const m of membersOf(doc)) out.set(m.struct, { union: String(doc.schema.title), discriminator, literal: m.member });
  }
  return out;
}

function buildField(key: string, p: Node, file: string, required: boolean, member: UnionMembership | undefined): IrField {
  const ptr = `#/properties/${key}`;
  let type = typeOf(p, file, ptr);
  if (member && key === member.discriminator && type.kind === 'enum') type = { ...type, literal: member.literal };
  const since = ann(p, 'x-since', file, ptr);
  const access = ann(p, 'x-access', file, ptr);
  return {
    key, cKey: must(p, 'x-c-key', file, ptr), type, ts: tsOf(type), optional: !required,
    description: String(p.description ?? ''),
    ...(since ? { since } : {}),
    ...(p.deprecated ? { deprecated: true } : {}),
    ...(access ? { access } : {}),
  };
}

export function buildStruct({ file, schema }: LoadedSchema, memberships: ReadonlyMap<string, UnionMembership>): IrStruct {
  const name = String(schema.title);
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const member = memberships.get(name);
  const fields = Object.entries(schema.properties as Node).map(([key, p]) => buildField(key, p, file, required.has(key), member));
  return { name, description: String(schema.description ?? ''), fields, ...(member ? { unionMember: member } : {}), schemaFile: file };
}

export function buildEnum({ schema, file }: LoadedSchema): IrEnum {
  return {
    name: String(schema.title), description: String(schema.description ?? ''),
    flags: ann(schema, 'x-flags', file) === true, errors: ann(schema, 'x-kind', file) === 'errors',
    members: (must(schema, 'x-members', file) as XEnumMember[]).map((m) => ({ name: m.name, value: m.value, description: m.description ?? '' })),
  };
}

/**
 * JSON keys whose integers are exact 64-bit everywhere. A key has one meaning everywhere, so the
 * policy can be keyed by name alone; a schema set where that is not true is refused.
 */
export function exactInt64Keys(structs: IrStruct[]): string[] {
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
  return [...policyOfKey].filter(([, v]) => v.exact).map(([k]) => k).sort();
}

export const sortStructs = (s: IrStruct[]) => s.sort(byKey((x) => x.name));
export const sortEnums = (e: IrEnum[]) => e.sort(byKey((x) => x.name));
