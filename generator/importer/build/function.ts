// Schema of one conversation function: its C signature, whether it answers synchronously, the
// listener it registers (setters) and the type of its completion payload (from the overlay).
import type { Annotated } from '../../schema-annotations.ts';
import type { CFunction } from '../model.ts';
import { COMM_CALLBACK } from '../../../runtime/native-surface.ts';
import { parseOverlayType } from '../reach.ts';
import type { BuildContext } from './context.ts';

export function functionSchema(ctx: BuildContext, fn: CFunction): Annotated {
  const ov = ctx.overlay.functions[fn.name] ?? {};
  const hasComm = fn.params.some((p) => p.cType === COMM_CALLBACK);
  const setter = fn.params.find((p) => ctx.set.callbacks.has(p.cType) && p.cType !== COMM_CALLBACK);
  const out: Annotated = {
    ...ctx.describe(fn.name, ov.description),
    'x-kind': 'function',
    'x-header': fn.loc.file,
    'x-c-return': fn.returnType,
    'x-sync': !hasComm,
    ...(setter ? { 'x-listener': setter.cType } : {}),
    ...(fn.since ? { 'x-since': fn.since } : {}),
    ...(fn.deprecated ? { deprecated: true } : {}),
    ...(ov.tsName ? { 'x-ts-name': ov.tsName } : {}),
    ...ctx.signature(fn.name, fn.params, ov.params, fn.loc),
  };
  if (!hasComm) return out;
  if (ov.result === undefined) {
    ctx.warn(fn.loc, `${fn.name}: its TIMCommCallback payload type is unknown, so results are not checked; give "result" in schema/overlay/functions.json`);
    out['x-result'] = 'unknown';
  } else if (ov.result === null) {
    out['x-result'] = 'none';
  } else {
    const t = parseOverlayType(ov.result, fn.loc, `${fn.name} result`);
    if (ov.resultOptional) out['x-result-optional'] = true;
    const result: Annotated = { ...ctx.describe(`${fn.name} result`, ov.resultDescription), 'x-type': t.text, ...ctx.typeSchema(t, undefined, fn.loc, `${fn.name} result`) };
    out.$defs = { result };
  }
  return out;
}
