import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta } from '../api-meta.ts';
import { TimError } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import type { Validator } from './validator.ts';
/** The arguments as the input validator sees them, e.g. { filter, next_seq, count }. */
export declare function inputObject(meta: FunctionMeta, args: readonly unknown[]): Record<string, unknown>;
/**
 * Every problem of the input, or undefined when it is valid. The error's code is the SDK's own code
 * when every problem is a limit the SDK documents with one (the first such code), else -4
 * (TIM_ERR_PARAM): an SDK that met the same input would refuse anything else as a bad parameter.
 */
export declare function checkInput(meta: FunctionMeta, input: Record<string, unknown>, validate: Validator): TimError | undefined;
/** C-level arguments: JSON parameters serialized (bigint exact), 64-bit values as bigint. */
export declare function bridgeArgs(meta: FunctionMeta, input: Record<string, unknown>, codec: Json64Codec): BridgeArg[];
