import type { Bridge, BridgeArg } from '../bridge.ts';
import type { ListenerMeta } from '../api-meta.ts';
import type { Decoded } from './output.ts';
import type { ErrorHook } from './options.ts';
export type Listener = (...args: unknown[]) => void;
export declare class EventHub {
    private readonly bridge;
    private readonly listenerMeta;
    private readonly decode;
    private readonly report;
    private readonly active;
    constructor(bridge: Bridge, listenerMeta: Readonly<Record<string, ListenerMeta>>, decode: (meta: ListenerMeta, args: readonly BridgeArg[]) => Decoded<unknown[]>, report: ErrorHook);
    /** Adds a listener; the returned function removes it (calling it again does nothing). */
    add(event: string, meta: ListenerMeta, fn: Listener): () => void;
    private remove;
    private clearNative;
    private dispatch;
    /** Drops every listener and clears every native listener that is set. */
    clear(): void;
    /**
     * Hands every native listener that is set to the bridge again; the listeners stay as they are.
     * One the bridge refuses does not stop the others: the first refusal is thrown after all were tried.
     */
    rebind(): void;
    /** Listener count of an event (0 when its native listener is not set). */
    count(event: string): number;
}
