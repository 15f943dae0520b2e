// The native declarations emitter: runtime/generated/native-decls.ts, the C signatures of every
// conversation function, listener setter and callback typedef as plain data. Native bridges
// (runtime/bridges/node) declare the library from it instead of from hand-typed signatures.
// The file is self-contained: its types are declared in it, it imports nothing.
import { banner, type Emitter } from '../types.ts';
import { nativeDecls } from './decls.ts';

const PATH = 'native-decls.ts';

const TYPES = `/** How one C parameter crosses the ABI. Enums are C \`int\`. \`user_data\` is an opaque pointer. */
export type NativeAbi = 'string' | 'int32' | 'uint32' | 'int64' | 'uint64' | 'bool' | 'callback' | 'user_data';

export interface NativeParamDecl {
  name: string;
  /** The C type as the header spells it. */
  cType: string;
  abi: NativeAbi;
  /** For abi 'callback': the callback typedef. */
  callback?: string;
}

export interface NativeSignatureDecl {
  name: string;
  returns: 'int' | 'void';
  params: NativeParamDecl[];
}

export interface NativeDecls {
  /** Every function of the schemas (TIMConv* and TIMSetConv*Callback), by name. */
  functions: NativeSignatureDecl[];
  /** Every callback typedef the functions take (TIMCommCallback and the listeners), by name. */
  callbacks: NativeSignatureDecl[];
}
`;

export const emitNative: Emitter = (ir) => {
  const data = JSON.stringify(nativeDecls(ir), null, 2);
  const content = `${banner(PATH)}${TYPES}
/** The C signatures of the conversation module. */
export const NATIVE_DECLS: NativeDecls = ${data};
`;
  return [{ target: 'ts', path: PATH, content }];
};
