// The one table the version matrix prints: per version its counts, warnings, whether the TS and
// the C# compile, and what changed against the previous row.
import { changePhrase, diffSurfaces, type Change } from '../../generator/importer/surface.ts';
import type { MatrixRow } from './run-entry.ts';

export function changesOf(row: MatrixRow, rows: MatrixRow[]): Change[] | undefined {
  const prev = rows.find((r) => r.entry.label === row.entry.previous);
  return prev?.surface && row.surface ? diffSurfaces(prev.surface, row.surface) : undefined;
}

export function formatTable(rows: MatrixRow[]): string {
  const head = ['version', 'fns', 'cbs', 'structs', 'keys', 'enums', 'members', 'warn', 'ts', 'c#', 'changes vs previous'];
  const body = rows.map((r) => {
    if (r.error || !r.summary) return [r.entry.label, '-', '-', '-', '-', '-', '-', '-', '-', '-', `FAILED: ${r.error?.split('\n')[0]}`];
    const c = r.summary.counts;
    const changes = changesOf(r, rows);
    const vs = r.entry.previous ? `vs ${r.entry.previous}: ${changes ? changePhrase(changes) : '?'}` : '(first)';
    return [r.entry.label, c.functions, c.callbacks, c.structs, c.keys, c.enums, c.enumMembers, r.summary.warnings.length,
      r.ts?.ok ? 'ok' : 'FAIL', r.cs?.ok ? 'ok' : 'FAIL', vs].map(String);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (i === head.length - 1 ? 0 : b[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const notes = rows.filter((r) => r.entry.note).map((r) => `  ${r.entry.label}: ${r.entry.note}`);
  return [line(head), ...body.map(line), ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}

/** Every failure in the rows, with the compiler output, for assertion messages. */
export function failures(rows: MatrixRow[]): string[] {
  return rows.flatMap((r) => [
    ...(r.error ? [`${r.entry.label}: ${r.error}`] : []),
    ...(r.ts && !r.ts.ok ? [`${r.entry.label}: tsc --strict failed:\n${r.ts.output}`] : []),
    ...(r.cs && !r.cs.ok ? [`${r.entry.label}: mcs failed:\n${r.cs.output}`] : []),
  ]);
}
