// facade-calls.ts (runtime/generated): for every C function and listener setter, a small typed call
// of its facade method. The TS compiler checks each call against timconv-facade.d.ts, so the Puerts
// bridge dispatches by C name without an untyped method lookup. Printed from ts-morph structures.
import { StructureKind, type StatementStructures, type WriterFunction } from 'ts-morph';
import { exportedConst, objectLiteral, printFile } from '../typescript/project.ts';
import { FACADE_DTS } from './facade-dts.ts';
import type { FacadeMethod } from './facade-members.ts';

export const FACADE_CALLS = 'facade-calls.ts';

/** The checker that narrows a FacadeArg to the facade parameter's TS type. */
const CHECK_OF_TS: Record<string, string> = { string: 'asString', number: 'asNumber', boolean: 'asBoolean' };

/** Writes `(params) => f.Method(args)`, the arguments separated by commas. */
const arrow = (params: string[], method: string, args: string[]): WriterFunction => (w) => {
  w.write('(');
  params.forEach((p, k) => w.conditionalWrite(k > 0, ', ').write(p));
  w.write(`) => f.${method}(`);
  args.forEach((a, k) => w.conditionalWrite(k > 0, ', ').write(a));
  w.write(')');
};

/** `(f, a, done) => f.Method(asString(a[0]), done)`: value arguments in C order, then the completion. */
function call(m: FacadeMethod): WriterFunction {
  let i = 0;
  const args = m.params.map((p) => {
    if (p.ts.startsWith('System.Action')) return 'done';
    const check = CHECK_OF_TS[p.ts];
    if (!check) throw new Error(`${m.name}: no checker for facade type ${p.ts}`);
    return `${check}(a[${i++}])`;
  });
  return arrow(m.completion ? ['f', i > 0 ? 'a' : '_a', 'done'] : i > 0 ? ['f', 'a'] : ['f'], m.name, args);
}

function table(name: string, type: string, doc: string, entries: { key: string; value: WriterFunction }[]): StatementStructures {
  return exportedConst(name, doc, objectLiteral(entries), type);
}

export function facadeCalls(methods: FacadeMethod[]): string {
  const functions = methods.filter((m) => m.cName && !m.listener && !m.standalone);
  const listeners = methods.filter((m) => m.listener);
  const alias = (name: string, type: string, doc: string): StatementStructures => ({ kind: StructureKind.TypeAlias, name, type, isExported: true, docs: [{ description: doc }] });
  return printFile(FACADE_CALLS, {
    statements: [
      // The global CS namespace comes from the declaration file next to this one.
      `/// <reference path="./${FACADE_DTS}" preserve="true" />`,
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../facade-values.ts', namedImports: ['asBoolean', 'asNumber', 'asString', { name: 'FacadeArg', isTypeOnly: true }, { name: 'FacadeDone', isTypeOnly: true }] },
      alias('Facade', 'typeof CS.TimConv.TimConvFacade', 'The facade as Puerts exposes it: CS.TimConv.TimConvFacade.'),
      alias('FacadeCall', '(facade: Facade, args: readonly FacadeArg[], done: FacadeDone | null) => number', 'Calls the facade method of a C function: value arguments in C order, facade-typed; done for asynchronous ones.'),
      alias('FacadeListen', '(facade: Facade, listener: ((...args: FacadeArg[]) => void) | null) => void', 'Registers (or, with null, clears) the listener of a TIMSetConv*Callback setter on the facade.'),
      table('FACADE_CALLS', 'Readonly<Record<string, FacadeCall>>', 'The facade call of every conversation function, by C name.', functions.map((m) => ({ key: m.cName!, value: call(m) }))),
      table('FACADE_LISTENERS', 'Readonly<Record<string, FacadeListen>>', 'The listener registration of every TIMSetConv*Callback setter, by C name.', listeners.map((m) => ({ key: m.cName!, value: arrow(['f', 'listener'], m.name, ['listener']) }))),
    ],
  });
}
