// The `timconv` command as a user waits for it: whole processes of bin/timconv.mjs (Node start,
// the compiled CLI, every module it loads, schema reading, emitters, writing), spawned several
// times. The figures are wall time; the CPU time the processes used (read from /proc on Linux) is
// shown beside it, since wall time on a busy machine also counts the time others' work took.
// `generate --out <new folder>` generates everything; a no-op `generate` reruns on a folder that is
// up to date. A bare `node -e 0` shows the floor no command can go below.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/sdk.ts';
import { seconds, spread, type BenchOutput } from './support/figures.ts';
import { isMain } from './support/measure.ts';

const BIN = join(repoRoot, 'bin', 'timconv.mjs');
const COLD_SAMPLES = 7;
const NOOP_SAMPLES = 9;

/** CPU milliseconds (user + system) of this process's finished children, or NaN without /proc. */
function childrenCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After "pid (comm) ", cutime and cstime are fields 14 and 15 (from 0), in clock ticks of 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

interface Sample { wall: number; cpu: number }

/** One process's wall and CPU milliseconds; fails when it fails or does not say `expect`. */
function timed(args: string[], expect?: RegExp): Sample {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cli bench: node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (expect && !expect.test(r.stdout)) throw new Error(`cli bench: node ${args.join(' ')} printed ${JSON.stringify(r.stdout.slice(-300))}`);
  return { wall, cpu: childrenCpuMs() - c0 };
}

const both = (xs: Sample[]) => `${seconds(spread(xs.map((x) => x.wall)))}; CPU ${seconds(spread(xs.map((x) => x.cpu)))}`;

export async function run(): Promise<BenchOutput> {
  // A current build first, so no sample pays for compiling the CLI.
  execFileSync(process.execPath, [join(repoRoot, 'bin', 'cli-build.mjs'), '--if-stale'], { stdio: 'ignore' });
  const root = mkdtempSync(join(tmpdir(), 'timconv-bench-cli-'));
  try {
    const upToDate = join(root, 'up-to-date');
    timed([BIN, 'generate', '--out', upToDate], /generated \d+ files/);
    const cold: Sample[] = [];
    const noop: Sample[] = [];
    const floor: Sample[] = [];
    for (let i = 0; i < Math.max(COLD_SAMPLES, NOOP_SAMPLES); i++) {
      if (i < COLD_SAMPLES) cold.push(timed([BIN, 'generate', '--out', join(root, `new-${i}`)], /generated \d+ files: \d+ written/));
      if (i < NOOP_SAMPLES) noop.push(timed([BIN, 'generate', '--out', upToDate], /up to date/));
      floor.push(timed(['-e', '0']));
    }
    const c = spread(cold.map((x) => x.wall));
    const n = spread(noop.map((x) => x.wall));
    const how = (k: number) => `wall time, whole process, median (min–max) of ${k}`;
    return {
      details: {
        'generate --out <new folder>, wall': both(cold),
        'no-op generate, wall': both(noop),
        'node -e 0 (the floor), wall': both(floor),
      },
      figures: [
        { figure: '`timconv generate --out <new folder>`, whole process', measured: seconds(c), goal: '≤ 1.2 s', met: c.median <= 1200, how: how(COLD_SAMPLES) },
        { figure: 'no-op `timconv generate`, whole process', measured: seconds(n), goal: '≤ 0.25 s', met: n.median <= 250, how: how(NOOP_SAMPLES) },
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) console.log(await run());
