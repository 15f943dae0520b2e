import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta, ListenerMeta } from '../api-meta.ts';
import { TimError } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import { ExactConversion } from '../json64/fast-parse.ts';
import type { UnknownDataReporter } from './unknown-data.ts';
import type { Validator } from './validator.ts';
/** How output is checked: a validator (absent when output validation is off), run through the
 *  reporter of unknown data; `conversion` when the validator can make the exact 64-bit values of
 *  a JSON.parse result exact in the same pass (the generated ones, for the codec's exact keys). */
export interface OutputCheck {
    validate: Validator | undefined;
    reporter: UnknownDataReporter;
    conversion?: ExactConversion;
}
export type Decoded<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: TimError;
};
/** A TIMCommCallback's answer. `""` means no payload. */
export declare function decodeCompletion(meta: FunctionMeta, code: number, desc: string, json: string, codec: Json64Codec, output: OutputCheck): Decoded<unknown>;
/** A native listener's arguments, in C order. A JSON list parameter passed as "" reads as an
 *  empty list: the SDK sends that for the sync start and finish conversation events. A 64-bit
 *  parameter passed as a safe integer number becomes a bigint; an unsafe one stays a number, which
 *  the validator refuses, since its digits are already lost. */
export declare function decodeEvent(meta: ListenerMeta, args: readonly BridgeArg[], codec: Json64Codec, output: OutputCheck): Decoded<unknown[]>;
