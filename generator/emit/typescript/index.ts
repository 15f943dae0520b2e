// The TypeScript emitter: types, the API table, the SDK constants, the typed manager and an index, for
// runtime/generated.
import type { Emitter } from '../types.ts';
import { apiTableFile } from './api-table-file.ts';
import { constantsFile } from './constants-file.ts';
import { managerFile } from './manager-file.ts';
import { printFile } from './project.ts';
import { typesFile } from './types-file.ts';
import { StructureKind } from 'ts-morph';

export const emitTypescript: Emitter = (ir) => [
  { target: 'ts', path: 'types.ts', content: typesFile(ir) },
  { target: 'ts', path: 'api-table.ts', content: apiTableFile(ir) },
  { target: 'ts', path: 'sdk-constants.ts', content: constantsFile(ir) },
  { target: 'ts', path: 'conversation-manager.ts', content: managerFile(ir) },
  {
    target: 'ts',
    path: 'index.ts',
    content: printFile('index.ts', {
      statements: [
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: './types.ts' },
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: './api-table.ts', namedExports: ['API_TABLE'] },
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: './conversation-manager.ts', namedExports: ['ConversationManager'] },
        { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: './conversation-manager.ts', namedExports: ['ConversationEvents'] },
      ],
    }),
  },
];
