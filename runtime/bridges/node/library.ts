// Declares libImSDK.so with koffi: the conversation functions and callback types from the native
// declarations table, and the few manager functions a Node user needs (init, login, status, uninit),
// which are not part of the conversation schemas and are declared here by hand.
import koffi from 'koffi';
import { koffiType } from './abi.ts';
import { COMM_CALLBACK, checkDecls, type NativeDecls, type NativeSignatureDecl } from './decls.ts';

type KoffiType = ReturnType<typeof koffi.type>;
export type KoffiFunction = ReturnType<ReturnType<typeof koffi.load>['func']>;

export interface DeclaredFunction {
  decl: NativeSignatureDecl;
  fn: KoffiFunction;
}

export interface ManagerFunctions {
  TIMInit: KoffiFunction;
  TIMUninit: KoffiFunction;
  TIMLogin: KoffiFunction;
  TIMLogout: KoffiFunction;
  TIMGetLoginStatus: KoffiFunction;
}

export interface DeclaredLibrary {
  functions: Map<string, DeclaredFunction>;
  callbacks: Map<string, { decl: NativeSignatureDecl; proto: KoffiType }>;
  manager: ManagerFunctions;
  commProto: KoffiType;
}

export function declareLibrary(lib: ReturnType<typeof koffi.load>, decls: NativeDecls): DeclaredLibrary {
  checkDecls(decls);
  const callbacks = new Map<string, { decl: NativeSignatureDecl; proto: KoffiType }>();
  const protoOf = (name: string) => {
    const c = callbacks.get(name);
    if (!c) throw new Error(`native declarations: unknown callback ${name}`);
    return c.proto;
  };
  for (const decl of decls.callbacks) {
    // Anonymous prototypes: named ones are global in koffi and could clash with a second bridge.
    const args = decl.params.map((p) => koffiType(p, protoOf));
    callbacks.set(decl.name, { decl, proto: koffi.proto(null, decl.returns, args) });
  }
  const functions = new Map<string, DeclaredFunction>();
  for (const decl of decls.functions) {
    functions.set(decl.name, { decl, fn: lib.func(decl.name, decl.returns, decl.params.map((p) => koffiType(p, protoOf))) });
  }
  const commProto = protoOf(COMM_CALLBACK);
  const comm = koffi.pointer(commProto);
  const manager: ManagerFunctions = {
    TIMInit: lib.func('TIMInit', 'int', ['uint64_t', 'str']),
    TIMUninit: lib.func('TIMUninit', 'int', []),
    TIMLogin: lib.func('TIMLogin', 'int', ['str', 'str', comm, 'intptr_t']),
    TIMLogout: lib.func('TIMLogout', 'int', [comm, 'intptr_t']),
    TIMGetLoginStatus: lib.func('TIMGetLoginStatus', 'int', []),
  };
  return { functions, callbacks, manager, commProto };
}
