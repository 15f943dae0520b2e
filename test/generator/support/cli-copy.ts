// A private copy of the command (bin/, its compiled dist/cli and the sources it was built from) in
// a folder of its own, for tests that rewrite or rebuild the compiled CLI: the repository's own
// dist/cli, which other suites run at the same time, is left alone. node_modules is linked, not
// copied.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR } from '../../../bin/cli-build.mjs';
import { repoRoot } from '../../support/sdk.ts';

export interface CliCopy {
  root: string;
  bin: string;
  /** The copy's own build helpers (bin/cli-build.mjs loaded from the copy). */
  build: { builtCli(): { entry?: string; changed: string[] }; DIST_DIR: string };
  remove(): void;
}

/** Copies the command into a new folder whose name starts with `prefix` (any characters). */
export async function copyCli(prefix: string): Promise<CliCopy> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const part of ['bin', 'generator', 'runtime', 'scripts', 'package.json']) cpSync(join(repoRoot, part), join(root, part), { recursive: true });
  cpSync(DIST_DIR, join(root, 'dist', 'cli'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const build = await import(pathToFileURL(join(root, 'bin', 'cli-build.mjs')).href) as CliCopy['build'];
  return { root, bin: join(root, 'bin', 'timconv.mjs'), build, remove: () => rmSync(root, { recursive: true, force: true }) };
}
