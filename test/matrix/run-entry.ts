// One row of the version matrix: import the headers into a temporary copy of schema/, generate
// every output in memory, type-check the TS, compile the C#, and keep the surface for the diff.
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { generateAll } from '../../generator/generate-command.ts';
import { buildIr } from '../../generator/ir/build-ir.ts';
import { loadSchemaDir } from '../../generator/ir/load-schemas.ts';
import { runImport } from '../../generator/importer/import-command.ts';
import { summarize, type ImportSummary } from '../../generator/importer/report.ts';
import { surfaceFromDocs, type Surface } from '../../generator/importer/surface.ts';
import { repoRoot } from '../support/sdk.ts';
import { compileCs, typecheckTs, type CompileOutcome } from './compile.ts';
import type { MatrixEntry } from './entries.ts';

export interface MatrixRow {
  entry: MatrixEntry;
  /** Set when a step failed before the compilers could run. */
  error?: string;
  summary?: ImportSummary;
  schemaDir?: string;
  surface?: Surface;
  ts?: CompileOutcome;
  cs?: CompileOutcome;
  ms: number;
}

export async function runEntry(entry: MatrixEntry, scratch: string): Promise<MatrixRow> {
  const t0 = performance.now();
  const dir = mkdtempSync(join(scratch, 'row-'));
  const schemaDir = join(dir, 'schema');
  try {
    cpSync(join(repoRoot, 'schema'), schemaDir, { recursive: true });
    const headers = entry.headers(dir);
    const { build } = runImport(headers, schemaDir, entry.sdkVersion ? { sdkVersion: entry.sdkVersion } : {});
    const files = await generateAll(buildIr(loadSchemaDir(schemaDir)));
    const ts = typecheckTs(join(dir, 'ts'), files);
    const cs = compileCs(join(dir, 'cs'), files);
    const surface = surfaceFromDocs(build.docs.map((d) => d.schema));
    return { entry, summary: summarize(build), schemaDir, surface, ts, cs, ms: performance.now() - t0 };
  } catch (err) {
    return { entry, error: (err as Error).message, ms: performance.now() - t0 };
  }
}
