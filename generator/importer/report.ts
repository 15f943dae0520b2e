// The short report `timconv import` prints: which SDK and layout it read, how much of the
// conversation API it found, and every warning, grouped by whose move it is (the headers' gaps, the
// overlay's stale entries, payloads nobody has described yet).
import type { BuildOutcome } from './import-command.ts';
import { annotation } from '../schema-annotations.ts';
import type { WriteReport } from './write-schemas.ts';

export interface ImportCounts {
  functions: number;
  callbacks: number;
  structs: number;
  keys: number;
  enums: number;
  enumMembers: number;
}

export interface ImportSummary {
  sdk: string;
  layout: string;
  counts: ImportCounts;
  warnings: string[];
  undescribed: string[];
}

export function summarize(build: BuildOutcome): ImportSummary {
  const r = build.reached;
  const enumDocs = build.docs.filter((d) => d.kind === 'enum');
  const macros = [...new Set(r.functions.map((f) => f.macro))].sort().join('/');
  const files = [...new Set(r.functions.map((f) => f.loc.file))].sort().join(', ');
  const layout = `${build.headers.files.length} headers; ${macros} conversation functions in ${files}`;
  return {
    sdk: build.sdk ? `${build.sdk.package} ${build.sdk.version}` : 'unknown version (pass --sdk-version)',
    layout,
    counts: {
      functions: r.functions.length,
      callbacks: r.callbacks.length,
      structs: r.structs.length + r.unions.length,
      keys: r.structs.reduce((n, s) => n + s.keys.length, 0),
      enums: enumDocs.length,
      enumMembers: enumDocs.reduce((n, d) => n + (annotation(d.schema, 'x-members')?.length ?? 0), 0),
    },
    warnings: build.warnings,
    undescribed: build.undescribed,
  };
}

export const formatCounts = (c: ImportCounts) =>
  `${c.functions} functions, ${c.callbacks} callbacks, ${c.structs} structs with ${c.keys} keys, ${c.enums} enums with ${c.enumMembers} members`;

const GROUPS: { title: string; test: RegExp }[] = [
  { title: 'gaps in the headers (values kept with a loose type or without access)', test: /no header declares|gives no value type|without an element type|does not say read-only|is not declared; .* is used instead/ },
  { title: 'overlay entries these headers do not match', test: /overlay describes|overlay fragment|errors\.json lists|left out of the union/ },
  { title: 'results that are not checked', test: /payload type is unknown/ },
];

/** Warnings under a heading per group, in the order they were found. */
export function groupWarnings(warnings: string[]): { title: string; items: string[] }[] {
  const groups = GROUPS.map((g) => ({ title: g.title, items: [] as string[] }));
  const other = { title: 'other', items: [] as string[] };
  for (const w of warnings) (groups.find((_, i) => GROUPS[i].test.test(w)) ?? other).items.push(w);
  return [...groups, other].filter((g) => g.items.length);
}

export function formatReport(s: ImportSummary, written?: WriteReport, dryRun = false): string {
  const lines = [
    `SDK: ${s.sdk}`,
    `layout: ${s.layout}`,
    `imported: ${formatCounts(s.counts)}`,
    `warnings: ${s.warnings.length || 'none'}`,
  ];
  for (const g of groupWarnings(s.warnings)) {
    lines.push(`  ${g.title} (${g.items.length}):`);
    for (const w of g.items) lines.push(`    ${w}`);
  }
  if (s.undescribed.length) lines.push(`undescribed: ${s.undescribed.length} item(s) have no description in schema/overlay yet: ${s.undescribed.join(', ')}`);
  if (written) {
    lines.push(`${dryRun ? 'would write' : 'wrote'} ${written.written.length}, unchanged ${written.unchanged.length}, removed ${written.removed.length}`);
    for (const f of written.written) lines.push(`  ~ ${f}`);
    for (const f of written.removed) lines.push(`  - ${f}`);
  }
  return `${lines.join('\n')}\n`;
}
