// The native surface emitter: runtime/generated/native-surface.ts, the C signatures of every
// conversation function, listener setter, session function and callback typedef as plain data.
// Native bridges (runtime/bridges/node) declare the library from it instead of from hand-typed
// signatures; the file imports only the table's type, from runtime/native-surface.ts.
import { StructureKind } from 'ts-morph';
import { exportedConst, printFile } from '../typescript/project.ts';
import type { Emitter } from '../types.ts';
import { nativeSurface } from './surface.ts';

const PATH = 'native-surface.ts';

export const emitNative: Emitter = (ir) => [{
  target: 'ts',
  path: PATH,
  content: printFile(PATH, {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../native-surface.ts', namedImports: ['NativeSurface'] },
      exportedConst('NATIVE_SURFACE', 'The C signatures the bindings reach: conversation functions and setters, session functions, callbacks.', JSON.stringify(nativeSurface(ir), null, 2), 'NativeSurface'),
    ],
  }),
}];
