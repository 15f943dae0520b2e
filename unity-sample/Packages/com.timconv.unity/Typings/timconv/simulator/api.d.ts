import type { BridgeArg } from '../bridge.ts';
import { type Decoded } from './args.ts';
import { type Reply } from './codes.ts';
import type { Simulation } from './simulation.ts';
export interface AsyncHandler {
    readonly sync: false;
    /** How many value arguments the C function takes (from the native surface). */
    readonly arity: number;
    /** Needs the Premium edition (7013 on standard). */
    readonly premium: boolean;
    decode(args: readonly BridgeArg[]): Decoded<unknown>;
    run(sim: Simulation, params: unknown): Reply;
}
export interface SyncHandler {
    readonly sync: true;
    readonly arity: number;
    decode(args: readonly BridgeArg[]): Decoded<unknown>;
    run(sim: Simulation, params: unknown): number;
}
export type Handler = AsyncHandler | SyncHandler;
export declare const HANDLERS: Readonly<Record<string, Handler>>;
