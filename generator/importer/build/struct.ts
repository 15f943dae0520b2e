// Schemas of structs (one JSON object per struct section of the headers) and of unions (the
// message element: one struct per element kind, told apart by a discriminator key).
import type { Annotated } from '../../schema-annotations.ts';
import { HeaderError, type CStruct } from '../model.ts';
import type { JsonSchema, OverlayUnion } from '../overlay.ts';
import { effectiveKeyType } from '../reach.ts';
import { schemaId, typeFacts, type BuildContext } from './context.ts';

/** Key schemas of a struct; `overlayName` is where the overlay describes it (a union base may be renamed). */
function keyProps(ctx: BuildContext, st: CStruct, overlayName = st.name): { properties: Record<string, JsonSchema>; required: string[] } {
  const fixes = ctx.overlay.structs[overlayName]?.keys ?? {};
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const k of st.keys) {
    const fix = fixes[k.key];
    const t = effectiveKeyType(k, fix, ctx.warn);
    const what = `${st.name}.${k.key}`;
    if (properties[k.key]) throw new HeaderError(k.loc, `${what}: the key is declared twice`);
    const facts: Annotated = {
      'x-c-key': k.constName,
      ...typeFacts(k.type?.text, fix?.type ? t.text : undefined),
      ...(k.access ? { 'x-access': k.access } : {}),
      ...(k.since ? { 'x-since': k.since } : {}),
      ...(k.deprecated ? { deprecated: true } : {}),
      ...(fix?.enum ? { 'x-enum': fix.enum } : {}),
    };
    properties[k.key] = { ...ctx.describe(what, fix?.description), ...ctx.typeSchema(t, fix, k.loc, what), ...facts, ...ctx.constraints(fix, k.loc, what) };
    const req = fix?.required ?? (k.required === true && k.access !== 'read');
    if (req) required.push(k.key);
  }
  for (const name of Object.keys(fixes)) {
    if (!st.keys.some((k) => k.key === name)) ctx.warn(st.loc, `overlay describes key "${name}" that struct ${overlayName} does not have`);
  }
  return { properties, required };
}

export function structSchema(ctx: BuildContext, st: CStruct): Annotated {
  const ov = ctx.overlay.structs[st.name] ?? {};
  let { properties, required } = keyProps(ctx, st);
  const union = ctx.reached.unions.find((u) => Object.values(u.def.members).includes(st.name));
  const baseOf = ctx.reached.unions.find((u) => u.def.base === st.name);
  if (union) {
    // Every member of a union also carries the base struct's keys (the discriminator).
    const base = keyProps(ctx, ctx.set.structs.get(union.def.base)!, union.overlayBase);
    properties = { ...base.properties, ...properties };
    required = [...new Set([...base.required, ...required, union.def.discriminator])];
  }
  return {
    ...ctx.describe(st.name, ov.description),
    'x-kind': 'struct',
    'x-header': st.loc.file,
    ...(union ? { 'x-union': union.name } : {}),
    ...(baseOf ? { 'x-union-base': baseOf.name } : {}),
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

export function unionSchema(ctx: BuildContext, name: string, def: OverlayUnion): Annotated {
  const baseStruct = ctx.set.structs.get(def.base)!;
  const disc = baseStruct.keys.find((k) => k.key === def.discriminator)!;
  const en = ctx.set.enums.get(disc.type!.ref!)!;
  const branches = Object.entries(def.members).map(([member, struct]) => ({
    if: { type: 'object', properties: { [def.discriminator]: { const: en.members.find((x) => x.name === member)!.value } } },
    then: { $ref: schemaId('struct', struct) },
  }));
  return {
    ...ctx.describe(name, def.description),
    'x-kind': 'union',
    'x-discriminator': def.discriminator,
    'x-members': Object.entries(def.members).map(([member, struct]) => ({ member, struct })),
    type: 'object',
    properties: { [def.discriminator]: { $ref: schemaId('enum', en.name), 'x-c-key': disc.constName } },
    required: [def.discriminator],
    allOf: branches,
  };
}
