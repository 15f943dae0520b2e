import type { ConvRecord } from './conversation.ts';
import { DeliveryQueue, ListenerTable } from './events.ts';
import { RecordStore } from './store.ts';
export type Edition = 'standard' | 'premium';
/** Unix time in seconds. */
export type Clock = () => number;
export interface SimulationOptions {
    /** 'standard' answers conversation-group and mark calls with 7013, like the SDK without Premium. */
    edition?: Edition;
    /** Source of Unix seconds (fractions are dropped); defaults to the system clock. */
    clock?: Clock;
    /** Receives what a callback or listener threw; by default it is rethrown from a rejected promise. */
    onCallbackError?: (error: unknown) => void;
}
export declare class Simulation {
    readonly store: RecordStore;
    readonly queue: DeliveryQueue;
    readonly listeners: ListenerTable;
    readonly edition: Edition;
    private readonly clock;
    userID: string | null;
    /** Feeds the rand / unique IDs of delivered messages. */
    messageCounter: number;
    /** Clock time of the last accepted clean of all (or all C2C / group) unread counts. */
    lastCleanAllAt: number | undefined;
    private depth;
    constructor(options?: SimulationOptions);
    get loggedIn(): boolean;
    now(): number;
    /** The clock with its fraction, for rate limits shorter than a second apart. */
    exactNow(): number;
    /** Runs a change; when the outermost one ends, announces the unread totals it changed. */
    operation<T>(run: () => T): T;
    /** Queues a convEvent with the ConvInfo of `recs` (as they are now). Nothing while logged out. */
    convEvent(kind: number, recs: readonly ConvRecord[]): void;
    /** Queues a convEvent whose payload is the empty string (start / finish of a sync). */
    convEventEmpty(kind: number): void;
    private announceUnread;
}
