// runtime/generated/types.ts: an enum per SDK enum, an interface per struct with the wire keys, a
// union type per element union.
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { Ir } from '../../ir/model.ts';
import { docs, printFile } from './project.ts';

/** The one generic type of the file: how results and listener payloads are typed (tsFromSdk, ir/value-types.ts). */
const WITH_EXTRA_KEYS: StatementStructures = {
  kind: StructureKind.TypeAlias,
  name: 'WithExtraKeys',
  isExported: true,
  typeParameters: ['T'],
  docs: [{
    description: 'A value as the SDK sends it: each object in it may also hold keys the schema does not know, which a\n'
      + 'newer native library added. They are passed through as they came (and reported once to `onUnknownData`).',
  }],
  type: 'T extends readonly (infer I)[] ? WithExtraKeys<I>[] : T extends object ? { [K in keyof T]: WithExtraKeys<T[K]> } & { readonly [key: string]: unknown } : T',
};

export function typesFile(ir: Ir): string {
  const statements: StatementStructures[] = [WITH_EXTRA_KEYS];
  for (const e of ir.enums) {
    statements.push({
      kind: StructureKind.Enum,
      name: e.name,
      isExported: true,
      docs: docs({ ...e, extra: e.flags ? ['Members are bits that can be combined.'] : [] }),
      members: e.members.map((m) => ({ name: m.name, value: m.value, docs: docs(m) })),
    });
  }
  for (const u of ir.unions) {
    statements.push({
      kind: StructureKind.TypeAlias,
      name: u.name,
      isExported: true,
      docs: docs(u),
      type: u.members.join(' | '),
    });
  }
  for (const s of ir.structs) {
    statements.push({
      kind: StructureKind.Interface,
      name: s.name,
      isExported: true,
      docs: docs(s),
      properties: s.fields.map((f) => ({
        name: f.key,
        type: f.ts,
        hasQuestionToken: f.optional,
        docs: docs({ ...f, extra: f.access === 'read' ? ['Read-only: set by the SDK.'] : [] }),
      })),
    });
  }
  return printFile('types.ts', { statements });
}
