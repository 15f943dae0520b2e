// The figures `npm run bench` closes with: each measured value beside its goal, with how it was
// measured. A missed goal is reported, never a failure: the table is the baseline to work against.

export interface Figure {
  /** What is measured, as the user experiences it. */
  figure: string;
  /** The value, with its unit and spread where there is one. */
  measured: string;
  goal: string;
  /** Whether the goal is met; undefined when the figure could not be measured. */
  met?: boolean;
  /** How: wall or CPU time, samples, interleaving. */
  how: string;
}

/** A bench module's answer: details for its own section and the figures for the closing table. */
export interface BenchOutput { details: Record<string, number | string>; figures: Figure[] }

export interface Spread { median: number; min: number; max: number }

export function spread(samples: number[]): Spread {
  const s = [...samples].sort((a, b) => a - b);
  const m = s.length >> 1;
  return { median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, min: s[0], max: s[s.length - 1] };
}

/** "0.74 s (0.68–1.30)" from samples in milliseconds. */
export function seconds(x: Spread): string {
  const f = (ms: number) => (ms / 1000).toFixed(2);
  return `${f(x.median)} s (${f(x.min)}–${f(x.max)})`;
}

/** "21.3 ms (19.8–25.0)". */
export function millis(x: Spread, digits = 1): string {
  return `${x.median.toFixed(digits)} ms (${x.min.toFixed(digits)}–${x.max.toFixed(digits)})`;
}

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [f.figure, f.measured, f.goal, f.met === undefined ? '-' : f.met ? 'met' : 'MISSED', f.how]);
  const head = ['figure', 'measured', 'goal', 'verdict', 'how'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
