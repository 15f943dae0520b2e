// Compiling and running generated C# with Mono's mcs/mono (installed by scripts/setup.sh).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../../../generator/emit/types.ts';
import { repoRoot } from '../../support/sdk.ts';

export const PROGRAMS_DIR = join(repoRoot, 'test', 'csharp', 'programs');
/** Test-only stand-ins for Puerts and UnityEngine types. */
export const STUBS_DIR = join(repoRoot, 'test', 'csharp', 'stubs');

/** Exactly what the generated C# must compile with: C# 7.2, no unsafe code, every warning an error. */
export const MCS_STRICT = ['-langversion:7.2', '-unsafe-', '-warnaserror+', '-warn:4', '-nologo'];

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0;
}

/** Fails with a clear message when Mono is missing (scripts/setup.sh installs it). */
export function requireMono(): void {
  const missing = ['mcs', 'mono'].filter((t) => !has(t));
  if (missing.length) {
    throw new Error(`${missing.join(' and ')} not found: run \`npm run setup\` (scripts/setup.sh installs the Debian packages mono-mcs and mono-runtime)`);
  }
}

const created: string[] = [];
// Temporary folders (builds, SDK data and logs) go when the test process ends; TIMCONV_KEEP_TMP=1 keeps them.
process.on('exit', () => {
  if (process.env.TIMCONV_KEEP_TMP === '1') return;
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `timconv-${prefix}-`));
  created.push(dir);
  return dir;
}

/** Writes generated files below dir; returns the .cs paths. */
export function writeGenerated(dir: string, files: GeneratedFile[]): string[] {
  for (const f of files) {
    const p = join(dir, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.content);
  }
  return listCs(dir);
}

export function listCs(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listCs(p) : n.endsWith('.cs') ? [p] : [];
  });
}

export interface CompileResult { ok: boolean; output: string; out: string }

export function mcs(sources: string[], out: string, opts: { defines?: string[]; target?: 'exe' | 'library'; extra?: string[] } = {}): CompileResult {
  const args = [
    ...MCS_STRICT,
    `-target:${opts.target ?? 'library'}`,
    `-out:${out}`,
    ...(opts.defines?.length ? [`-define:${opts.defines.join(';')}`] : []),
    ...(opts.extra ?? []),
    ...sources,
  ];
  const r = spawnSync('mcs', args, { encoding: 'utf8' });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  return { ok: r.status === 0, output, out };
}

export function mono(exe: string, args: string[], opts: SpawnSyncOptions = {}) {
  return spawnSync('mono', [exe, ...args], { encoding: 'utf8', timeout: 120000, ...opts });
}

/** Outcome lines ("PASS name" / "FAIL name: why" / "SKIP name: why") of a test program run. */
export function outcomes(text: string): Map<string, { status: 'PASS' | 'FAIL' | 'SKIP'; why: string }> {
  const m = new Map<string, { status: 'PASS' | 'FAIL' | 'SKIP'; why: string }>();
  for (const line of text.split('\n')) {
    const hit = /^(PASS|FAIL|SKIP) (.*)$/.exec(line.trimEnd());
    if (!hit) continue;
    const [name, ...why] = hit[1] === 'PASS' ? [hit[2]] : hit[2].split(': ');
    m.set(name, { status: hit[1] as 'PASS' | 'FAIL' | 'SKIP', why: why.join(': ') });
  }
  return m;
}
