// The two simulator rows, with their verdicts, from what test/bench/simulator.bench.ts
// measures: a page of 100 through ConversationManager at 100k conversations, and the same pass
// read again after each round of 20,000 deliveries with abandoned passes around.
//
// "Bounded" is judged from the rounds themselves, so that it means "does not grow with the
// deliveries": the page cost over the last third of the rounds stays within 1.25 times the cost
// over the first third, a page looks at no more than twice the entries it looked at before any
// delivery, the heap grows at most half as fast over the last third of the rounds as over the
// first third (growth levelling off), and the simulator keeps no more move entries than its own
// bound. The pages right after a burst of deliveries cost more than before any (the burst's
// garbage is collected on their clock); that is shown, not judged.
import type { Figure } from './figures.ts';
import { median, round } from './simulator-world.ts';

export interface PagingResults {
  /** CPU ms of each page before any delivery. */
  fresh: number[];
  /** CPU ms of each page after each round of deliveries (one list per round). */
  churned: number[][];
  /** Entries the last page looked at: before, then after each round. */
  walked: number[];
  /** Heap growth per round, MB. */
  heapGrowth: number[];
  movesKept: number;
  movesBound: number;
  /** Deliveries per round and abandoned passes, as run. */
  deliveries: number;
  abandoned: number;
}

const PAGE_GOAL_MS = 1;

const third = <T>(xs: T[], last: boolean): T[] => {
  const n = Math.max(1, Math.floor(xs.length / 3));
  return last ? xs.slice(-n) : xs.slice(0, n);
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function pageFigure(fresh: number[], how: string): Figure {
  const m = median(fresh);
  return {
    figure: 'simulator, 100k conversations, filtered page of 100 through ConversationManager (text read, parsed, validated), Chinese last messages',
    measured: `${round(m)} ms (${round(Math.min(...fresh))}–${round(Math.max(...fresh))})`,
    goal: `≤ ${PAGE_GOAL_MS} ms`,
    met: m <= PAGE_GOAL_MS,
    how,
  };
}

export function churnFigure(r: PagingResults, how: string): Figure {
  const perRound = r.churned.map(median);
  const before = median(r.fresh);
  // Pages pooled over a third of the rounds: a single round's median is a handful of pages.
  const first = median(third(r.churned, false).flat());
  const late = median(third(r.churned, true).flat());
  const costBounded = late <= 1.25 * first && Math.max(...r.walked) <= 2 * r.walked[0];
  const early = mean(third(r.heapGrowth, false));
  const lateGrowth = mean(third(r.heapGrowth, true));
  const memoryBounded = lateGrowth <= 0.5 * early && r.movesKept <= r.movesBound;
  return {
    figure: `simulator after 20,000 deliveries with open passes (${r.churned.length} rounds of ${r.deliveries.toLocaleString('en')}, ${r.abandoned} abandoned passes, 100k)`,
    measured: `page ${round(first)} ms in the first rounds, ${round(late)} in the last (${round(before)} before any delivery; ${round(Math.min(...perRound))}–${round(Math.max(...perRound))} per round); `
      + `entries per page ${Math.min(...r.walked)}–${Math.max(...r.walked)}; heap growth per round ${round(early)} MB at first, ${round(lateGrowth)} MB at last; `
      + `move entries ${r.movesKept} (bound ${r.movesBound})`,
    goal: 'per-page cost and memory bounded',
    met: costBounded && memoryBounded,
    how,
  };
}
