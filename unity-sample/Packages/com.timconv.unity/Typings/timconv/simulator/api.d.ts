import type { BridgeArg } from '../bridge.ts';
import { type NativeSurface } from '../native-surface.ts';
import { type CArg, type Decoded } from './args.ts';
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
/** What a function's arguments mean, given them checked against their C value kinds. */
type Meaning<P> = (a: readonly CArg[]) => Decoded<P>;
type Definition = (Omit<AsyncHandler, 'arity' | 'decode'> | Omit<SyncHandler, 'arity' | 'decode'>) & {
    meaning: Meaning<unknown>;
};
/**
 * Each definition with its C function's signature from the native surface: the arity, and a
 * decoder that checks every argument against its parameter's crossing-table row before the
 * definition reads what it means.
 */
export declare function withSignatures(defs: Record<string, Definition>, surface?: NativeSurface): Record<string, Handler>;
/** The definitions, by C function (what HANDLERS is made of). */
export declare const DEFINITIONS: Readonly<Record<string, Definition>>;
export declare const HANDLERS: Readonly<Record<string, Handler>>;
export {};
