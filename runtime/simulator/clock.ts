// A clock tests and demos can set and move by hand.
import type { Clock } from './simulation.ts';

export class ManualClock {
  constructor(private seconds: number) {}

  /** Pass this as the simulator's `clock` option. */
  readonly now: Clock = () => this.seconds;

  set(seconds: number): void {
    this.seconds = seconds;
  }

  advance(seconds = 1): number {
    this.seconds += seconds;
    return this.seconds;
  }
}
