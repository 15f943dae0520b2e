// Schema of one enum. The error-code enum is cut down to the codes the overlay lists (the ones the
// conversation API produces); every other enum keeps every member the header declares.
import type { Annotated, XEnumMember } from '../../schema-annotations.ts';
import type { CEnum } from '../model.ts';
import type { BuildContext } from './context.ts';

export function enumSchema(ctx: BuildContext, en: CEnum): Annotated {
  const { overlay } = ctx;
  const isErrors = en.name === overlay.errors.enum;
  const ov = overlay.enums[en.name] ?? {};
  let members = en.members;
  if (isErrors) {
    members = Object.keys(overlay.errors.codes).map((code) => {
      const m = en.members.find((x) => String(x.value) === code);
      if (!m) ctx.warn(en.loc, `schema/overlay/errors.json lists code ${code}, which ${en.name} does not declare`);
      return m;
    }).filter((m) => m !== undefined);
  }
  const listed: XEnumMember[] = members.map((m) => ({
    name: m.name, value: m.value, expr: m.expr,
    ...ctx.describe(`${en.name}.${m.name}`, isErrors ? overlay.errors.codes[String(m.value)] : ov.members?.[m.name]),
  }));
  return {
    ...ctx.describe(en.name, isErrors ? overlay.errors.description : ov.description),
    'x-kind': isErrors ? 'errors' : 'enum',
    'x-header': en.loc.file,
    ...(ov.flags ? { 'x-flags': true } : {}),
    ...(isErrors ? { 'x-subset': 'the codes the conversation API produces' } : {}),
    ...(isErrors && overlay.errors.limits ? { 'x-limits': overlay.errors.limits } : {}),
    'x-members': listed,
    type: 'integer',
    enum: [...new Set(members.map((m) => m.value))],
  };
}
