import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta } from '../api-meta.ts';
import { TimError } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import { Copier } from './snapshot.ts';
import type { Validator } from './validator.ts';
/**
 * The validated copy of the arguments (C order), or the TimError that refuses them. The error's
 * code is the SDK's own code when every problem is a limit the SDK documents with one (the first
 * such code), else -4 (TIM_ERR_PARAM): an SDK that met the same input would refuse anything else
 * as a bad parameter.
 */
export declare function checkInput(meta: FunctionMeta, args: readonly unknown[], validate: Validator, shared: Copier): Record<string, unknown> | TimError;
/** C-level arguments: JSON parameters serialized (bigint exact), 64-bit values as bigint. */
export declare function bridgeArgs(meta: FunctionMeta, input: Record<string, unknown>, codec: Json64Codec): BridgeArg[];
