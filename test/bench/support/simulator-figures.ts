// The simulator rows, read from what test/bench/simulator.bench.ts returns (a record of
// labelled numbers; that bench belongs to the simulator and is only called from here). Where it
// does not yet measure a row the way the goal is stated, the row says so and gives no verdict.
import type { Figure } from './figures.ts';

type Result = Record<string, number | string>;

const numbers = (r: Result, test: (key: string) => boolean) => Object.entries(r).filter((e): e is [string, number] => typeof e[1] === 'number' && test(e[0]));

function pageRow(r: Result): Figure {
  const figure = 'simulator, 100k conversations, filtered page of 100 through ConversationManager, Chinese last messages';
  const pages = numbers(r, (k) => /page of 100/.test(k) && /100k/.test(k));
  const viaManager = pages.filter(([k]) => /ConversationManager/.test(k));
  const used = viaManager.length ? viaManager : pages;
  if (!used.length) return { figure, measured: 'not measured (simulator.bench.ts has no page figure)', goal: '≤ 1 ms', how: '-' };
  const worst = Math.max(...used.map(([, v]) => v));
  return viaManager.length
    ? { figure, measured: `${worst} ms, the slowest of ${used.length} filters`, goal: '≤ 1 ms', met: worst <= 1, how: 'median per filter, as simulator.bench.ts measures' }
    : { figure, measured: `${worst} ms, the slowest of ${used.length} filters; bridge call + exact parse only, not yet through ConversationManager`, goal: '≤ 1 ms', how: 'wall time, median per filter (simulator.bench.ts)' };
}

function churnRow(r: Result): Figure {
  const figure = 'simulator after 20,000 deliveries with open passes';
  const goal = 'per-page cost and memory bounded';
  const found = Object.entries(r).filter(([k]) => /deliver/i.test(k) && /20[,. ]?000|20k/i.test(k));
  if (!found.length) return { figure, measured: 'not measured yet (simulator.bench.ts has no such case)', goal, how: '-' };
  return { figure, measured: found.map(([k, v]) => `${k}: ${v}`).join('; '), goal, how: 'as simulator.bench.ts measures; read the values' };
}

export function simulatorFigures(r: Result): Figure[] {
  return [pageRow(r), churnRow(r)];
}
