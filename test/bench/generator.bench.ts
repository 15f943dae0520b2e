// Generator timings: a full cold generation of every output (fresh process: module loading, schema
// loading, IR, all emitters, writing) and a no-op rerun (stamps say nothing changed).
// Targets on the 2-core machine: cold <= 1.5 s, no-op <= 0.3 s.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

const CHILD = `
const t0 = performance.now();
const { generate } = await import(${JSON.stringify(join(root, 'generator', 'generate-command.ts'))});
const cold = await generate(process.argv[1], process.argv[2], true);
const t1 = performance.now();
const noop = await generate(process.argv[1], process.argv[2], false);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ cold: t1 - t0, coldFiles: cold.files, noop: t2 - t1, noopSkipped: noop.skipped }));
`;

function once(out: string): { cold: number; noop: number; noopSkipped: boolean; coldFiles: number } {
  const text = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, join(root, 'schema'), out], { cwd: root, encoding: 'utf8' });
  return JSON.parse(text);
}

function noopProcess(out: string): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, 'bin', 'timconv.mjs'), 'generate', '--out', out], { cwd: root, stdio: 'ignore' });
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<Record<string, number | string>> {
  const runs = [];
  const dirs: string[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const out = mkdtempSync(join(tmpdir(), 'timconv-bench-'));
      dirs.push(out);
      runs.push(once(out));
    }
    const processNoop = median([0, 1, 2].map(() => noopProcess(dirs[0])));
    const cold = median(runs.map((r) => r.cold));
    const noop = median(runs.map((r) => r.noop));
    return {
      'generator: files per generation': runs[0].coldFiles,
      'generator: cold generation, all outputs (ms, median of 5 fresh processes, target <= 1500)': Math.round(cold),
      'generator: no-op rerun (ms, median of 5, target <= 300)': Math.round(noop * 10) / 10,
      'generator: no-op rerun skipped generation': String(runs.every((r) => r.noopSkipped)),
      'generator: `timconv generate` no-op as a whole process incl. Node + tsx start (ms)': Math.round(processNoop),
    };
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [k, v] of Object.entries(await run())) console.log(`${k}: ${v}`);
}
