// The boundary every backend implements: the C functions of the conversation module, one call at a
// time, with arguments already converted to C-level values. Backends: the Puerts bridge (C# facade),
// the Node native bridge (koffi) and the simulator. Nothing here may use Node or browser APIs.
import type { ApiTable } from './api-meta.ts';

/** A C argument, in the JS type its crossing-table row names (runtime/crossing.ts): `const char*`
 *  as string (JSON payloads already serialized), 64-bit integers as bigint, 32-bit ones and enums as
 *  number, `bool` as boolean. */
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
  /** Called by the core with the API table it runs from, before any call; a bridge that converts
   *  arguments by their kinds (the Puerts bridge) takes them from this table. */
  bind?(table: ApiTable): void;
  /** Releases native resources; further calls are not allowed. */
  dispose?(): void;
}
