// The shape of the generated native surface (runtime/generated/native-surface.ts): every C function
// and callback typedef the bindings reach, as plain data. The native bridges declare the library
// from it, and every bridge and the simulator take arities and parameter kinds from it.
import type { ValueKind } from './crossing.ts';

/** How one C parameter crosses: a crossing-table row, a callback typedef, or the opaque user_data. */
export type NativeParamKind = ValueKind | 'callback' | 'user_data';

export interface NativeParam {
  name: string;
  /** The C type as the header spells it. */
  cType: string;
  kind: NativeParamKind;
  /** The callback typedef, for a callback parameter. */
  callback?: string;
}

export interface NativeSignature {
  name: string;
  /** Enums are returned as the C int they are. */
  returns: 'int' | 'void';
  params: NativeParam[];
}

export interface NativeSurface {
  /** The TIMConv* functions and TIMSetConv*Callback setters. */
  functions: readonly NativeSignature[];
  /** The SDK lifecycle functions (TIMInit, TIMLogin, ...) a game needs when nothing else starts the SDK. */
  session: readonly NativeSignature[];
  callbacks: readonly NativeSignature[];
}

export const COMM_CALLBACK = 'TIMCommCallback';

/** The value parameters of a signature: what Bridge.call takes, in C order. */
export const valueParams = (d: NativeSignature) => d.params.filter((p) => p.kind !== 'callback' && p.kind !== 'user_data') as (NativeParam & { kind: ValueKind })[];

/** The callback typedef a function takes, if any (TIMCommCallback for async calls, a listener
 *  typedef for the TIMSetConv*Callback setters). */
export const callbackOf = (d: NativeSignature) => d.params.find((p) => p.kind === 'callback')?.callback;

/** A setter: returns void and takes a listener callback (not TIMCommCallback). */
export function isSetter(d: NativeSignature): boolean {
  const cb = callbackOf(d);
  return d.returns === 'void' && cb !== undefined && cb !== COMM_CALLBACK;
}

/** Checks the surface is usable: unique names, known callbacks, a user_data after every callback. */
export function checkSurface(surface: NativeSurface): void {
  const callbacks = new Set<string>();
  for (const c of surface.callbacks) {
    if (callbacks.has(c.name)) throw new Error(`native surface: callback ${c.name} twice`);
    callbacks.add(c.name);
  }
  if (!callbacks.has(COMM_CALLBACK)) throw new Error(`native surface: no ${COMM_CALLBACK}`);
  const seen = new Set<string>();
  for (const f of [...surface.functions, ...surface.session]) {
    if (seen.has(f.name)) throw new Error(`native surface: function ${f.name} twice`);
    seen.add(f.name);
    const cbs = f.params.filter((p) => p.kind === 'callback');
    if (cbs.length > 1) throw new Error(`native surface: ${f.name} takes more than one callback`);
    for (const p of cbs) if (!callbacks.has(p.callback ?? '')) throw new Error(`native surface: ${f.name} takes unknown callback ${p.callback}`);
    if (cbs.length && !f.params.some((p) => p.kind === 'user_data')) throw new Error(`native surface: ${f.name} has a callback but no user_data`);
  }
}
