// The data of runtime/generated/native-decls.ts: every C function and callback typedef of the
// schemas, reduced to what a foreign-function layer needs to declare them (name, return type and,
// per parameter, how it crosses the C ABI). Nothing here is specific to one FFI library.
import type { Ir, IrParam } from '../../ir/model.ts';

// The declaration types live with the bridge that reads them (runtime/bridges/node/decls.ts).
import type { NativeAbi, NativeDecls, NativeParamDecl, NativeSignatureDecl } from '../../../runtime/bridges/node/decls.ts';

const ABI_OF_KIND: Record<string, NativeAbi> = {
  json: 'string', string: 'string', int: 'int32', enum: 'int32', uint32: 'uint32', uint64: 'uint64', int64: 'int64', bool: 'bool',
};

function paramDecl(owner: string, p: IrParam): NativeParamDecl {
  const base = { name: p.cName, cType: p.cType };
  if (p.role === 'user_data') return { ...base, abi: 'user_data' };
  if (p.role === 'callback') return { ...base, abi: 'callback', callback: p.callback! };
  const abi = p.kind && ABI_OF_KIND[p.kind];
  if (!abi) throw new Error(`${owner}: no native ABI for parameter ${p.cName} (${p.cType}, kind ${p.kind})`);
  return { ...base, abi };
}

function returnsOf(owner: string, cReturn: string): 'int' | 'void' {
  if (cReturn === 'int' || cReturn === 'void') return cReturn;
  throw new Error(`${owner}: unsupported C return type ${cReturn}`);
}

export function nativeDecls(ir: Ir): { functions: NativeSignatureDecl[]; callbacks: NativeSignatureDecl[] } & NativeDecls {
  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const callbackNames = new Set(ir.callbacks.map((c) => c.cName));
  const functions = ir.functions.map((f) => ({
    name: f.cName, returns: returnsOf(f.cName, f.cReturn), params: f.params.map((p) => paramDecl(f.cName, p)),
  })).sort(byName);
  for (const f of functions) {
    for (const p of f.params) {
      if (p.callback && !callbackNames.has(p.callback)) throw new Error(`${f.name}: parameter ${p.name} takes unknown callback ${p.callback}`);
    }
  }
  const callbacks = ir.callbacks.map((c) => ({
    name: c.cName, returns: 'void' as const, params: c.params.map((p) => paramDecl(c.cName, p)),
  })).sort(byName);
  return { functions, callbacks };
}
