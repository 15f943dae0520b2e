// Prints the version matrix: `npm run matrix`, or with extra header folders for a local check:
//   npm run matrix -- --headers DIR --label 8.6.7021 [--previous LABEL] [--headers DIR --label ...]
// Folders given here come after the npm versions and fixtures; they are diffed against the row
// before them unless --previous names another.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/sdk.ts';
import { fixtureEntries, folderEntry, npmEntries, type MatrixEntry } from './entries.ts';
import { runEntry, type MatrixRow } from './run-entry.ts';
import { failures, formatTable } from './table.ts';

/**
 * The folders given on the command line: each --headers DIR starts one, and the --label and
 * --previous after it (in either order) belong to it. Anything else is refused.
 */
export function extraEntries(argv: string[], before: string): MatrixEntry[] {
  const given: { dir: string; label?: string; previous?: string }[] = [];
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(`matrix: ${flag} needs a value`);
    if (flag === '--headers') { given.push({ dir: value }); continue; }
    const current = given.at(-1);
    if (flag !== '--label' && flag !== '--previous') throw new Error(`matrix: unknown option ${flag} (takes --headers DIR [--label NAME] [--previous LABEL], repeated)`);
    if (!current) throw new Error(`matrix: ${flag} comes before any --headers`);
    const key = flag === '--label' ? 'label' : 'previous';
    if (current[key] !== undefined) throw new Error(`matrix: ${flag} given twice for ${current.dir}`);
    current[key] = value;
  }
  const out: MatrixEntry[] = [];
  for (const g of given) out.push(folderEntry(g.dir, g.label ?? g.dir, g.previous ?? out.at(-1)?.label ?? before));
  return out;
}

/** Runs every entry in order. The rows' temporary schema folders live until `cleanup()` is called. */
export async function runMatrix(entries: MatrixEntry[], log: (s: string) => void = () => {}): Promise<{ rows: MatrixRow[]; ms: number; cleanup: () => void }> {
  const t0 = performance.now();
  mkdirSync(join(repoRoot, '.cache'), { recursive: true });
  // Inside the repository so the copied runtime resolves the project's node_modules.
  const scratch = mkdtempSync(join(repoRoot, '.cache', 'matrix-'));
  const cleanup = () => { if (process.env.TIMCONV_KEEP_TMP !== '1') rmSync(scratch, { recursive: true, force: true }); };
  try {
    const rows: MatrixRow[] = [];
    for (const e of entries) {
      const row = await runEntry(e, scratch);
      log(`${e.label}: ${row.error ? 'failed' : 'done'} in ${Math.round(row.ms)} ms`);
      rows.push(row);
    }
    return { rows, ms: performance.now() - t0, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}

if (process.argv[1]?.endsWith('run.ts')) {
  const base = [...npmEntries(), ...fixtureEntries()];
  const entries = [...base, ...extraEntries(process.argv.slice(2), npmEntries().at(-1)!.label)];
  const { rows, ms, cleanup } = await runMatrix(entries, (s) => process.stderr.write(`[matrix] ${s}\n`));
  cleanup();
  process.stdout.write(`${formatTable(rows)}\n\n${rows.length} versions in ${(ms / 1000).toFixed(1)} s\n`);
  const failed = failures(rows);
  for (const f of failed) process.stderr.write(`${f}\n`);
  process.exitCode = failed.length ? 1 : 0;
}
