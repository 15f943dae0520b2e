// timconv-facade.d.ts: the C# facade in the shape Puerts' typing generator gives C# types (a class in
// `declare namespace CS`, static methods with `$`-prefixed parameters, delegates as
// `System.Action$N<...>`), printed from ts-morph structures.
//
// The file has to live beside the index.d.ts Puerts generates for a project, so it declares only what
// Puerts does not, or what merges: the facade class (TimConvPuertsConfig keeps it out of Puerts'
// typing generation) and the System.Action$N delegates as interfaces with Puerts' own type parameter
// names (T for one argument, T1..Tn otherwise), which TypeScript merges with Puerts' declarations.
import { Scope, StructureKind, type InterfaceDeclarationStructure, type JSDocStructure, type MethodDeclarationStructure, type OptionalKind, type StatementStructures } from 'ts-morph';
import { printFile } from '../typescript/project.ts';
import type { FacadeMethod } from './facade-members.ts';
import { FACADE_DOCS } from '../facade-docs.ts';

export const FACADE_DTS = 'timconv-facade.d.ts';

const CLASS_DOC = [
  'The TimConv C# facade (TimConvFacade.cs), reached from scripts as CS.TimConv.TimConvFacade.',
  'Arguments are string, number and boolean only; a value of another type is written in one of them',
  '(JSON payloads and 64-bit integers as text), as its parameter says. Callbacks and listener events',
  'run only inside Tick().',
  '',
  'Safe beside the index.d.ts Puerts generates: Puerts is not asked to declare this class, and the',
  'System.Action$N interfaces below merge with its own.',
].join('\n');

const LEAVE_DOC = [
  'When true, the Set*Listener methods only remember the listener and never register it with the SDK,',
  'whose listeners are process-wide: the official Tencent IM C# SDK keeps them. Set it before the first',
  'Set*Listener call.',
].join('\n');

/** A JSDoc block; `*\/` inside a description would end the comment early. */
function jsdoc(lines: string[], tags: { tagName: string; text: string }[] = []): OptionalKind<JSDocStructure> {
  return { description: lines.join('\n').replace(/\*\//g, '*\\/'), tags: tags.map((t) => ({ ...t, text: t.text.replace(/\*\//g, '*\\/') })) };
}

function method(m: FacadeMethod): OptionalKind<MethodDeclarationStructure> {
  const tags = [
    ...(m.deprecated ? [{ tagName: 'deprecated', text: FACADE_DOCS.deprecated }] : []),
    ...m.params.filter((p) => p.doc).map((p) => ({ tagName: 'param', text: `$${p.name} ${p.doc}` })),
  ];
  return {
    name: m.name,
    scope: Scope.Public,
    isStatic: true,
    docs: [jsdoc(m.doc, tags)],
    parameters: m.params.map((p) => ({ name: `$${p.name}`, type: `${p.ts}${p.nullable ? ' | null' : ''}` })),
    returnType: m.returns,
  };
}

/** Puerts names the type parameters of Action`1 "T" and of Action`N "T1".."TN" (the CLR's names). */
function actionInterface(arity: number): OptionalKind<InterfaceDeclarationStructure> & { kind: StructureKind.Interface } {
  const typeParameters = arity === 1 ? ['T'] : Array.from({ length: arity }, (_, i) => `T${i + 1}`);
  const parameters = arity === 1 ? [{ name: 'obj', type: 'T' }] : typeParameters.map((t, i) => ({ name: `arg${i + 1}`, type: t }));
  return {
    kind: StructureKind.Interface,
    name: arity === 0 ? 'Action' : `Action$${arity}`,
    typeParameters: arity === 0 ? [] : typeParameters,
    callSignatures: [{ parameters, returnType: 'void' }],
  };
}

export function facadeDts(methods: FacadeMethod[], arities: number[]): string {
  const facade: StatementStructures = {
    kind: StructureKind.Class,
    name: 'TimConvFacade',
    docs: [jsdoc([CLASS_DOC])],
    getAccessors: [{ name: 'LeaveListenersToOfficialSdk', scope: Scope.Public, isStatic: true, returnType: 'boolean', docs: [jsdoc([LEAVE_DOC])] }],
    setAccessors: [{ name: 'LeaveListenersToOfficialSdk', scope: Scope.Public, isStatic: true, parameters: [{ name: 'value', type: 'boolean' }] }],
    methods: methods.map(method),
  };
  return printFile(FACADE_DTS, {
    statements: [{
      kind: StructureKind.Module,
      name: 'CS',
      hasDeclareKeyword: true,
      statements: [
        { kind: StructureKind.Module, name: 'TimConv', statements: [facade] },
        { kind: StructureKind.Module, name: 'System', statements: arities.map(actionInterface) },
      ],
    }],
  });
}
