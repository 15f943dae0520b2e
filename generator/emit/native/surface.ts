// The data of runtime/generated/native-surface.ts: every C function (conversation functions, listener
// setters, session functions) and callback typedef, reduced to what a foreign-function layer needs
// to declare them: the name, the return type and, per parameter, its crossing-table row.
import type { Ir, IrFunction, IrParam } from '../../ir/model.ts';
import type { NativeParam, NativeSignature, NativeSurface } from '../../../runtime/native-surface.ts';
import { byKey } from '../../order.ts';

function nativeParam(owner: string, p: IrParam): NativeParam {
  const base = { name: p.cName, cType: p.cType };
  if (p.role === 'user_data') return { ...base, kind: 'user_data' };
  if (p.role === 'callback') return { ...base, kind: 'callback', callback: p.callback! };
  if (!p.kind) throw new Error(`${owner}: parameter ${p.cName} (${p.cType}) has no crossing`);
  return { ...base, kind: p.kind };
}

/** The native return of a function: its C# return, which the IR made `int` for any C int or enum. */
function returnsOf(f: IrFunction): 'int' | 'void' {
  if (f.csReturn === 'int' || f.csReturn === 'void') return f.csReturn;
  throw new Error(`${f.cName}: unsupported C return type ${f.cReturn}`);
}

const byName = byKey((s: NativeSignature) => s.name);

const signature = (f: IrFunction): NativeSignature => ({ name: f.cName, returns: returnsOf(f), params: f.params.map((p) => nativeParam(f.cName, p)) });

export function nativeSurface(ir: Ir): NativeSurface {
  const callbackNames = new Set(ir.callbacks.map((c) => c.cName));
  const functions = ir.functions.map(signature).sort(byName);
  const session = ir.session.map(signature);
  for (const f of [...functions, ...session]) {
    for (const p of f.params) {
      if (p.callback && !callbackNames.has(p.callback)) throw new Error(`${f.name}: parameter ${p.name} takes unknown callback ${p.callback}`);
    }
  }
  const callbacks = ir.callbacks.map((c) => ({ name: c.cName, returns: 'void' as const, params: c.params.map((p) => nativeParam(c.cName, p)) })).sort(byName);
  return { functions, session, callbacks };
}
