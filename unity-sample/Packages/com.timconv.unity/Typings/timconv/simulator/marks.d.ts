import { type Reply } from './codes.ts';
import type { Simulation } from './simulation.ts';
/** A mark type a call may set or clear: not 0, and only known bits. */
export declare function isValidMarkType(markType: bigint): boolean;
/**
 * Sets or clears `markType` on each conversation. A conversation that would become marked while
 * 1000 others already are gets 51008 and stays as it was; the others still succeed.
 */
export declare function markConversations(sim: Simulation, ids: readonly string[], markType: bigint, enable: boolean): Reply;
