import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta, ListenerMeta } from '../api-meta.ts';
import { TimError } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import type { Validator } from './validator.ts';
export type Decoded<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: TimError;
};
/** A TIMCommCallback's answer. `""` means no payload. */
export declare function decodeCompletion(meta: FunctionMeta, code: number, desc: string, json: string, codec: Json64Codec, validate: Validator | undefined): Decoded<unknown>;
/** A native listener's arguments, in C order. A JSON parameter passed as "" reads as an empty
 *  list: the SDK sends that for the sync start and finish conversation events. */
export declare function decodeEvent(meta: ListenerMeta, args: readonly BridgeArg[], codec: Json64Codec, validate: Validator | undefined): Decoded<unknown[]>;
