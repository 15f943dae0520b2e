// The native declarations emitter: runtime/generated/native-decls.ts, the C signatures of every
// conversation function, listener setter and callback typedef as plain data. Native bridges
// (runtime/bridges/node) declare the library from it instead of from hand-typed signatures.
// The file imports only the table's type, from the Node bridge.
import { banner, type Emitter } from '../types.ts';
import { nativeDecls } from './decls.ts';

const PATH = 'native-decls.ts';

// The types are declared once, beside the bridge that reads the table.
const TYPES = `import type { NativeDecls } from '../bridges/node/decls.ts';
`;

export const emitNative: Emitter = (ir) => {
  const data = JSON.stringify(nativeDecls(ir), null, 2);
  const content = `${banner(PATH)}${TYPES}
/** The C signatures of the conversation module. */
export const NATIVE_DECLS: NativeDecls = ${data};
`;
  return [{ target: 'ts', path: PATH, content }];
};
