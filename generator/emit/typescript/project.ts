// Files are printed straight from ts-morph structures with printStructure: whole file structures,
// printed once, with no source file created, no AST parse, no per-statement manipulation and no
// formatting pass.
import {
  printStructure, StructureKind, VariableDeclarationKind, type CodeBlockWriter, type JSDocStructure, type OptionalKind, type SourceFileStructure,
  type VariableStatementStructure, type WriterFunction,
} from 'ts-morph';
import { banner } from '../types.ts';
import type { IrDoc } from '../../ir/model.ts';

/** Prints a whole file from its structure, with the generated-file banner on top. */
export function printFile(path: string, structure: Omit<SourceFileStructure, 'kind'>): string {
  const text = printStructure({ ...structure, kind: StructureKind.SourceFile } as SourceFileStructure, { indentNumberOfSpaces: 2, useSingleQuote: true });
  return banner(path) + text.replace(/\s*$/, '\n');
}

/** A value of an object literal entry, written by ts-morph's writer (strings quoted and escaped by it). */
export type LiteralValue = string | number | boolean | { bigint: bigint } | WriterFunction;

function writeValue(w: CodeBlockWriter, v: LiteralValue): void {
  if (typeof v === 'function') v(w);
  else if (typeof v === 'string') w.quote(v);
  else if (typeof v === 'object') w.write(`0x${v.bigint.toString(16)}n`);
  else w.write(String(v));
}

/** An object literal, one `key: value,` line per entry under its doc comment; `as const` optional. */
export function objectLiteral(entries: { key: string; value: LiteralValue; doc?: string }[], asConst = false): WriterFunction {
  return (w) => {
    w.inlineBlock(() => {
      for (const e of entries) {
        if (e.doc) w.writeLine(`/** ${e.doc.replace(/\*\//g, '*\\/')} */`);
        w.write(`${e.key}: `);
        writeValue(w, e.value);
        w.write(',').newLine();
      }
    });
    if (asConst) w.write(' as const');
  };
}

/** `export const name: type = initializer;` with a doc comment (type optional). */
export function exportedConst(name: string, doc: string, initializer: string | WriterFunction, type?: string): VariableStatementStructure {
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
