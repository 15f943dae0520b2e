// The shape of runtime/generated/native-decls.ts (emitted by generator/emit/native), declared here
// so the bridge accepts any table of that shape, and lookups over it.

export type NativeAbi = 'string' | 'int32' | 'uint32' | 'int64' | 'uint64' | 'bool' | 'callback' | 'user_data';

/** How one C parameter crosses the ABI. Enums are C `int`. `user_data` is an opaque pointer. */
export interface NativeParamDecl {
  name: string;
  /** The C type as the header spells it. */
  cType: string;
  abi: NativeAbi;
  callback?: string;
}

export interface NativeSignatureDecl {
  name: string;
  returns: 'int' | 'void';
  params: NativeParamDecl[];
}

export interface NativeDecls {
  functions: readonly NativeSignatureDecl[];
  callbacks: readonly NativeSignatureDecl[];
}

export const COMM_CALLBACK = 'TIMCommCallback';

/** The value parameters of a signature: what Bridge.call takes, in C order. */
export const valueParams = (d: NativeSignatureDecl) => d.params.filter((p) => p.abi !== 'callback' && p.abi !== 'user_data');

/** The callback typedef a function takes, if any (TIMCommCallback for async calls, a listener
 *  typedef for the TIMSetConv*Callback setters). */
export const callbackOf = (d: NativeSignatureDecl) => d.params.find((p) => p.abi === 'callback')?.callback;

/** A setter: returns void and takes a listener callback (not TIMCommCallback). */
export function isSetter(d: NativeSignatureDecl): boolean {
  const cb = callbackOf(d);
  return d.returns === 'void' && cb !== undefined && cb !== COMM_CALLBACK;
}

/** Checks the table is usable: unique names, known callbacks, a user_data after every callback. */
export function checkDecls(decls: NativeDecls): void {
  const callbacks = new Set<string>();
  for (const c of decls.callbacks) {
    if (callbacks.has(c.name)) throw new Error(`native declarations: callback ${c.name} twice`);
    callbacks.add(c.name);
  }
  if (!callbacks.has(COMM_CALLBACK)) throw new Error(`native declarations: no ${COMM_CALLBACK}`);
  const seen = new Set<string>();
  for (const f of decls.functions) {
    if (seen.has(f.name)) throw new Error(`native declarations: function ${f.name} twice`);
    seen.add(f.name);
    const cbs = f.params.filter((p) => p.abi === 'callback');
    if (cbs.length > 1) throw new Error(`native declarations: ${f.name} takes more than one callback`);
    for (const p of cbs) if (!callbacks.has(p.callback ?? '')) throw new Error(`native declarations: ${f.name} takes unknown callback ${p.callback}`);
    if (cbs.length && !f.params.some((p) => p.abi === 'user_data')) throw new Error(`native declarations: ${f.name} has a callback but no user_data`);
  }
}
