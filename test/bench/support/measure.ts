// A small, steady timer for benchmarks: candidates are warmed up, then run in interleaved rounds
// (so drift hits them alike), each round starts from a collected heap, and each reports the median
// time of one operation over the rounds. Time is the process's CPU time, not the wall clock, so other work on a
// shared machine does not count against whichever candidate it happened to interrupt.
import { resolve } from 'node:path';
import { cpuUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each round keeps one candidate's garbage off the next one's clock.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface Candidate {
  name: string;
  /** One operation. When `async` is set, its Promise is awaited before the next one starts. */
  run: () => unknown;
  async?: boolean;
}

export interface Timing {
  name: string;
  /** Median milliseconds per operation. */
  ms: number;
  /** Milliseconds per operation in each round, in round order (round i of every candidate ran together). */
  samples: number[];
}

export interface MeasureOptions {
  /** Interleaved rounds per candidate (default 15). */
  rounds?: number;
  /** Target length of one round in milliseconds (default 40). */
  roundMs?: number;
}

let sink: unknown;

/** Times every candidate; the result is in the order given. */
export async function measure(candidates: Candidate[], options: MeasureOptions = {}): Promise<Timing[]> {
  const rounds = options.rounds ?? 15;
  const roundMs = options.roundMs ?? 40;
  const plan = [];
  for (const c of candidates) plan.push({ c, reps: await calibrate(c, roundMs), samples: [] as number[] });
  for (let r = 0; r < rounds; r++) {
    // Rotate the starting candidate so none always runs right after another's garbage.
    for (let j = 0; j < plan.length; j++) {
      const p = plan[(r + j) % plan.length];
      collect();
      p.samples.push((await repeat(p.c, p.reps)) / p.reps);
    }
  }
  return plan.map((p) => ({ name: p.c.name, ms: median(p.samples), samples: p.samples }));
}

/** CPU milliseconds for `reps` operations. */
async function repeat(c: Candidate, reps: number): Promise<number> {
  const t0 = cpuMs();
  if (c.async) for (let i = 0; i < reps; i++) sink = await c.run();
  else for (let i = 0; i < reps; i++) sink = c.run();
  return cpuMs() - t0;
}

/** CPU time each candidate runs before it is timed: the engine compiles and optimizes the hot
 *  code of a large validator over the first hundred or so calls (the compiler's threads count
 *  in CPU time), and the figures are about the code it then runs. */
const WARM_UP_MS = 300;

async function calibrate(c: Candidate, roundMs: number): Promise<number> {
  for (let reps = 5, spent = 0; spent < WARM_UP_MS; reps *= 2) spent += await repeat(c, reps);
  for (let reps = 1; ; reps *= 2) {
    const ms = await repeat(c, reps);
    if (ms >= roundMs / 4 || reps >= 1 << 20) return Math.max(1, Math.round((reps * roundMs) / Math.max(ms, 0.001)));
  }
}

function cpuMs(): number {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Per-round ratios a/b of two timings from the same measure() call: their median, min and max. */
export function ratioSpread(a: Timing, b: Timing): { median: number; min: number; max: number } {
  const r = a.samples.map((x, i) => x / b.samples[i]);
  return { median: median(r), min: Math.min(...r), max: Math.max(...r) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Keeps results alive so the engine cannot drop the measured work. */
export function consumed(): unknown {
  return sink;
}

/** Rounds to 3 significant decimals for reports. */
export function round(n: number, digits = 3): number {
  return Number(n.toFixed(digits));
}

/** True when this module file is the script node was started with. */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  return !!entry && pathToFileURL(resolve(entry)).href === metaUrl;
}
