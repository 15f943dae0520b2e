// A small, steady timer for benchmarks: candidates run in interleaved rounds (so drift hits them
// alike), each round starts from a collected heap, and each reports the median time of one
// operation over the rounds. Time is the process's CPU time, not the wall clock, so other work on a
// shared machine does not count against whichever candidate it happened to interrupt.
import { cpuUsage } from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each round keeps one candidate's garbage off the next one's clock.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface Candidate {
  name: string;
  run: () => unknown;
}

export interface Timing {
  name: string;
  /** Median milliseconds per operation. */
  ms: number;
}

export interface MeasureOptions {
  /** Interleaved rounds per candidate (default 15). */
  rounds?: number;
  /** Target length of one round in milliseconds (default 40). */
  roundMs?: number;
}

let sink: unknown;

/** Times every candidate; the result is in the order given. */
export function measure(candidates: Candidate[], options: MeasureOptions = {}): Timing[] {
  const rounds = options.rounds ?? 15;
  const roundMs = options.roundMs ?? 40;
  const plan = candidates.map((c) => ({ c, reps: calibrate(c.run, roundMs), samples: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    // Rotate the starting candidate so none always runs right after another's garbage.
    for (let j = 0; j < plan.length; j++) {
      const p = plan[(r + j) % plan.length];
      collect();
      const t0 = cpuMs();
      for (let i = 0; i < p.reps; i++) sink = p.c.run();
      p.samples.push((cpuMs() - t0) / p.reps);
    }
  }
  return plan.map((p) => ({ name: p.c.name, ms: median(p.samples) }));
}

function calibrate(run: () => unknown, roundMs: number): number {
  for (let i = 0; i < 5; i++) sink = run(); // warm up the JIT
  let reps = 1;
  for (;;) {
    const t0 = cpuMs();
    for (let i = 0; i < reps; i++) sink = run();
    const ms = cpuMs() - t0;
    if (ms >= roundMs / 4 || reps >= 1 << 20) return Math.max(1, Math.round((reps * roundMs) / Math.max(ms, 0.001)));
    reps *= 2;
  }
}

function cpuMs(): number {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
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
