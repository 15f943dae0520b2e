import type { BridgeArg, ListenerCallback } from '../bridge.ts';
import { LISTENER_SETTERS } from '../generated/sdk-constants.ts';
export type Setter = (typeof LISTENER_SETTERS)[keyof typeof LISTENER_SETTERS];
export declare function isSetter(name: string): name is Setter;
export declare class DeliveryQueue {
    private readonly onError;
    private queue;
    private scheduled;
    private idleWaiters;
    private disposed;
    /** `onError` receives what a callback threw; by default it is rethrown from a rejected promise. */
    constructor(onError?: (error: unknown) => void);
    enqueue(job: () => void): void;
    /** Resolves once everything queued so far, and everything it queues in turn, was delivered. */
    settle(): Promise<void>;
    dispose(): void;
    private drain;
}
/** The eight native listeners. A listener set when an event is delivered receives it. */
export declare class ListenerTable {
    private readonly queue;
    private readonly listeners;
    constructor(queue: DeliveryQueue);
    set(setter: Setter, listener: ListenerCallback | null): void;
    clear(): void;
    /**
     * Queues a listener call. `args` is only evaluated when a listener is set now, so events nobody
     * listens to cost nothing; the payload is fixed now, while the listener is looked up on delivery.
     */
    emit(setter: Setter, args: () => BridgeArg[]): void;
}
