// Declares libImSDK.so with koffi from the generated native surface: the callback types, the
// conversation functions and setters, and the session functions (TIMInit, TIMLogin, ...).
import koffi from 'koffi';
import { koffiType } from './abi.ts';
import { COMM_CALLBACK, checkSurface, type NativeSignature, type NativeSurface } from '../../native-surface.ts';

type KoffiType = ReturnType<typeof koffi.type>;
export type KoffiFunction = ReturnType<ReturnType<typeof koffi.load>['func']>;

export interface DeclaredFunction {
  decl: NativeSignature;
  fn: KoffiFunction;
}

export interface DeclaredLibrary {
  functions: Map<string, DeclaredFunction>;
  callbacks: Map<string, { decl: NativeSignature; proto: KoffiType }>;
  /** Every session function of the surface (TIMInit, TIMLogin, ...), by name. */
  session: Map<string, DeclaredFunction>;
  commProto: KoffiType;
}

export function declareLibrary(lib: ReturnType<typeof koffi.load>, surface: NativeSurface): DeclaredLibrary {
  checkSurface(surface);
  const callbacks = new Map<string, { decl: NativeSignature; proto: KoffiType }>();
  const protoOf = (name: string) => {
    const c = callbacks.get(name);
    if (!c) throw new Error(`native surface: unknown callback ${name}`);
    return c.proto;
  };
  for (const decl of surface.callbacks) {
    // Anonymous prototypes: named ones are global in koffi and could clash with a second bridge.
    const args = decl.params.map((p) => koffiType(p, protoOf));
    callbacks.set(decl.name, { decl, proto: koffi.proto(null, decl.returns, args) });
  }
  const declare = (decl: NativeSignature) => lib.func(decl.name, decl.returns, decl.params.map((p) => koffiType(p, protoOf)));
  const functions = new Map<string, DeclaredFunction>();
  for (const decl of surface.functions) functions.set(decl.name, { decl, fn: declare(decl) });
  const session = new Map<string, DeclaredFunction>();
  for (const decl of surface.session) session.set(decl.name, { decl, fn: declare(decl) });
  return { functions, callbacks, session, commProto: protoOf(COMM_CALLBACK) };
}
