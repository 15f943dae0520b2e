// runtime/generated/conversation-manager.ts: the typed Promise API (one method per TIMConv function)
// and the typed event map (one event per listener), over the hand-written ConversationCore.
import { Scope, StructureKind, type MethodDeclarationStructure, type OptionalKind } from 'ts-morph';
import type { Ir, IrFunction } from '../../ir/model.ts';
import { docs, printFile } from './project.ts';

function method(f: IrFunction): OptionalKind<MethodDeclarationStructure> {
  const params = f.params.filter((p) => p.kind);
  const args = `[${params.map((p) => p.tsName).join(', ')}]`;
  const paramDocs = params.map((p) => `@param ${p.tsName} ${p.description || p.cName}`);
  if (f.sync) {
    return {
      name: f.tsName,
      docs: docs({ ...f, extra: ['', 'Synchronous: throws a TimError when the SDK refuses.', ...paramDocs] }),
      parameters: params.map((p) => ({ name: p.tsName, type: p.ts })),
      returnType: 'void',
      statements: `this.invokeSync('${f.cName}', ${args});`,
    };
  }
  const result = f.result.kind === 'json' ? f.result.ts : f.result.kind === 'none' ? 'void' : 'unknown';
  const returns = f.result.kind === 'json' ? `@returns ${f.result.description || 'The call\'s result.'}` : '@returns Resolves when the SDK reports success.';
  return {
    name: f.tsName,
    docs: docs({ ...f, extra: ['', ...paramDocs, returns] }),
    parameters: params.map((p) => ({ name: p.tsName, type: p.ts })),
    returnType: `Promise<${result}>`,
    statements: `return this.invoke<${result}>('${f.cName}', ${args});`,
  };
}

export function managerFile(ir: Ir): string {
  const fns = ir.functions.filter((f) => !f.listenerCallback);
  const typeNames = new Set<string>();
  const collect = (ts: string) => { for (const m of ts.matchAll(/\b[A-Z]\w*/g)) typeNames.add(m[0]); };
  for (const f of fns) {
    for (const p of f.params) if (p.ts) collect(p.ts);
    if (f.result.kind === 'json') collect(f.result.ts);
  }
  for (const l of ir.listeners) for (const p of l.params) collect(p.ts!);
  return printFile('conversation-manager.ts', {
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../core/conversation-core.ts', namedImports: ['ConversationCore'] },
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './types.ts', namedImports: [...typeNames].sort() },
      {
        kind: StructureKind.Interface,
        name: 'ConversationEvents',
        isExported: true,
        docs: [{ description: 'Listener events: each entry is the argument list its listeners receive.' }],
        properties: ir.listeners.map((l) => ({
          name: l.event,
          type: `[${l.params.map((p) => `${p.tsName}: ${p.ts}`).join(', ')}]`,
          docs: docs({ ...l, extra: [`Native setter: ${l.setter}.`] }),
        })),
      },
      {
        kind: StructureKind.Class,
        name: 'ConversationManager',
        isExported: true,
        extends: 'ConversationCore',
        docs: [{ description: 'The conversation API of the IM SDK as typed Promises and events, over any bridge (Puerts, Node native, simulator).' }],
        methods: [
          ...fns.map(method),
          {
            name: 'on',
            scope: Scope.Public,
            typeParameters: [{ name: 'K', constraint: 'keyof ConversationEvents' }],
            docs: [{ description: 'Adds a listener for a conversation event; the native listener is set when the first one arrives.\n@returns A function that removes this listener.' }],
            parameters: [{ name: 'event', type: 'K' }, { name: 'listener', type: '(...args: ConversationEvents[K]) => void' }],
            returnType: '() => void',
            statements: 'return this.subscribe(event, listener as (...args: unknown[]) => void);',
          },
        ],
      },
    ],
  });
}
