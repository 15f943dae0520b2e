// Schema of one callback typedef: the parameters a listener or completion receives.
import type { Annotated } from '../../schema-annotations.ts';
import type { CCallback } from '../model.ts';
import type { BuildContext } from './context.ts';

export function callbackSchema(ctx: BuildContext, cb: CCallback): Annotated {
  const ov = ctx.overlay.callbacks[cb.name] ?? {};
  return {
    ...ctx.describe(cb.name, ov.description),
    'x-kind': 'callback',
    'x-header': cb.loc.file,
    ...(ov.tsName ? { 'x-ts-name': ov.tsName } : {}),
    ...ctx.signature(cb.name, cb.params, ov.params, cb.loc),
  };
}
