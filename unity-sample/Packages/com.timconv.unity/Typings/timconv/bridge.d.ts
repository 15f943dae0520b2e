/** A C argument: `const char*` as string (JSON payloads already serialized), `uint64_t`/`int64_t`
 *  as bigint, `int`/`uint32_t`/enums as number, `bool` as boolean. */
export type BridgeArg = string | number | bigint | boolean;
/** The TIMCommCallback of one asynchronous call, without user_data. */
export type CommCallback = (code: number, desc: string, json: string) => void;
/** A native listener's arguments without user_data, e.g. (conv_event, json_conv_array). */
export type ListenerCallback = (...args: BridgeArg[]) => void;
export interface Bridge {
    /**
     * Calls a `TIMConv*` function with its value arguments in header order (no cb, no user_data) and
     * returns the function's synchronous int (TIMResult). For an asynchronous function `done` must be
     * called exactly once, later, and only when the return value is 0 (TIM_SUCC).
     */
    call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number;
    /** Registers (listener) or clears (null) the native listener of a `TIMSetConv*Callback` setter. */
    setListener(setter: string, listener: ListenerCallback | null): void;
    /** Releases native resources; further calls are not allowed. */
    dispose?(): void;
}
