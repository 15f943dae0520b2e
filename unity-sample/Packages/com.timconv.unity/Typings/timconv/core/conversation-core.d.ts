import type { ApiTable } from '../api-meta.ts';
import type { Bridge } from '../bridge.ts';
import { TimError } from '../errors.ts';
import { type Listener } from './events.ts';
import { type CoreOptions } from './options.ts';
export declare class ConversationCore {
    protected readonly table: ApiTable;
    private readonly bridge;
    private readonly validators;
    private readonly codec;
    private readonly conversion;
    private readonly outputs;
    private readonly copier;
    private readonly onTimeout;
    private readonly strict;
    private readonly timeoutMs;
    private readonly timers;
    private readonly report;
    private readonly unknownData;
    private readonly pending;
    private readonly events;
    private isDisposed;
    constructor(bridge: Bridge, options?: CoreOptions);
    /** True after dispose(). */
    get disposed(): boolean;
    /** Calls in flight. */
    get pendingCount(): number;
    /**
     * Runs an asynchronous TIMConv function with its arguments in C order (as the generated method
     * lists them) and resolves with its validated result. Never throws: every failure rejects with a
     * TimError. A synchronous function resolves with undefined when its return code is 0.
     */
    invoke<T = unknown>(cName: string, args: readonly unknown[]): Promise<T>;
    /** Runs a synchronous TIMConv function; throws a TimError when the arguments or the SDK refuse. */
    invokeSync(cName: string, args: readonly unknown[]): void;
    /** Adds a listener to an event of the table (e.g. "convEvent"); returns its remover. */
    subscribe(event: string, listener: Listener): () => void;
    /**
     * Sets every native listener that has listeners again. The SDK keeps one listener per setter for
     * the whole process, so another registration (or an SDK restart) can displace ours; this puts
     * them back, for instance after logging in again.
     */
    relisten(): void;
    /**
     * The TimError a call with these arguments would be refused with before reaching the bridge, or
     * undefined when they would pass. Nothing is called. Lets a caller that splits one request into
     * several calls refuse the whole request before any part of it reaches the SDK.
     */
    checkArguments(cName: string, args: readonly unknown[]): TimError | undefined;
    /** Listeners currently added to an event. */
    listenerCount(event: string): number;
    /**
     * Rejects every pending call with TIMCONV_ERR_DISPOSED, clears every native listener and refuses
     * further use. The bridge itself belongs to the caller and is left open. Calling it again does nothing.
     */
    dispose(): void;
    private functionMeta;
    /** C arguments serialized from the one validated copy of the arguments; throws the input's TimError. */
    private prepare;
    private start;
    private complete;
    private decodeEventArgs;
    /** The output check of a result or listener validator (none when output validation is off),
     *  made once per validator. */
    private output;
    /** Whether a validator converts exactly the keys the codec does, so it can decode in one pass. */
    private convertsLikeCodec;
}
