// Helpers for generator tests: build outputs in memory and compare them with files on disk.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildIr } from '../../generator/ir/build-ir.ts';
import { loadSchemaDir } from '../../generator/ir/load-schemas.ts';
import type { Ir } from '../../generator/ir/model.ts';
import { repoRoot } from './sdk.ts';

export const miniSchemaDir = join(repoRoot, 'test', 'fixtures', 'mini-schema');
export const goldenDir = join(repoRoot, 'test', 'golden');

let fullIr: Ir | undefined;
export function realIr(): Ir {
  fullIr ??= buildIr(loadSchemaDir(join(repoRoot, 'schema')));
  return fullIr;
}

export function miniIr(): Ir {
  return buildIr(loadSchemaDir(miniSchemaDir));
}

/**
 * Compares generated text with a golden file; with UPDATE_GOLDEN=1 in the environment it rewrites
 * the golden file instead (the one switch that refreshes every baseline).
 */
export function matchGolden(relPath: string, actual: string): { ok: true } | { ok: false; message: string } {
  const file = join(goldenDir, relPath);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return { ok: true };
  }
  if (!existsSync(file)) return { ok: false, message: `no golden file ${relPath}; run with UPDATE_GOLDEN=1 to create it` };
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return { ok: true };
  const a = actual.split('\n'); const e = expected.split('\n');
  const i = a.findIndex((line, n) => line !== e[n]);
  return { ok: false, message: `${relPath} differs from its golden file at line ${i + 1}:\n  golden:    ${e[i]}\n  generated: ${a[i]}\n(run with UPDATE_GOLDEN=1 after reviewing the change)` };
}
