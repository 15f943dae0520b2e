import type { Clock } from './simulation.ts';
export declare class ManualClock {
    private seconds;
    constructor(seconds: number);
    /** Pass this as the simulator's `clock` option. */
    readonly now: Clock;
    set(seconds: number): void;
    advance(seconds?: number): number;
}
