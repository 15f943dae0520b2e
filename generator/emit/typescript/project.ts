// Files are printed straight from ts-morph structures with printStructure: whole file structures,
// printed once, with no source file created, no AST parse, no per-statement manipulation and no
// formatting pass.
import { printStructure, StructureKind, VariableDeclarationKind, type SourceFileStructure, type OptionalKind, type JSDocStructure, type VariableStatementStructure } from 'ts-morph';
import { banner } from '../types.ts';
import type { IrDoc } from '../../ir/model.ts';

/** Prints a whole file from its structure, with the generated-file banner on top. */
export function printFile(path: string, structure: Omit<SourceFileStructure, 'kind'>): string {
  const text = printStructure({ ...structure, kind: StructureKind.SourceFile } as SourceFileStructure, { indentNumberOfSpaces: 2, useSingleQuote: true });
  return banner(path) + text.replace(/\s*$/, '\n');
}

/** `export const name: type = initializer;` with a doc comment (type optional). */
export function exportedConst(name: string, doc: string, initializer: string, type?: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const,
    docs: [{ description: doc }], declarations: [{ name, ...(type ? { type } : {}), initializer }],
  };
}

/** TSDoc for an IR element: its description, since-version and deprecation. */
export function docs(d: IrDoc & { extra?: string[] }): OptionalKind<JSDocStructure>[] {
  const lines = [d.description || 'No description yet.', ...(d.extra ?? [])].join('\n');
  const tags = [
    ...(d.since ? [{ tagName: 'since', text: `SDK ${d.since}` }] : []),
    ...(d.deprecated ? [{ tagName: 'deprecated', text: 'The SDK marks this as deprecated.' }] : []),
  ];
  return [{ description: lines.replace(/\*\//g, '*\\/'), tags }];
}
