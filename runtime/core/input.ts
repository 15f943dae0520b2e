// The caller's side of a call: arguments become one object keyed by C parameter name, which the
// input validator checks, and then C-level values for the bridge. Nothing here mutates arguments.
import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta } from '../api-meta.ts';
import { TimError, TIM_ERR_PARAM, type Problem } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import { preview, summarize, toProblems } from './problems.ts';
import type { Validator } from './validator.ts';

/** The arguments as the input validator sees them, e.g. { filter, next_seq, count }. */
export function inputObject(meta: FunctionMeta, args: readonly unknown[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  meta.params.forEach((p, i) => {
    if (args[i] !== undefined) input[p.name] = args[i];
  });
  return input;
}

/** 64-bit value parameters given as a number must still be exact (a safe integer). */
function unsafeNumbers(meta: FunctionMeta, input: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  for (const p of meta.params) {
    const v = input[p.name];
    if ((p.kind === 'uint64' || p.kind === 'int64') && typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) {
      out.push({
        path: `/${p.name}`, rule: 'safe-integer', value: v,
        message: `${p.name} is beyond 2^53 as a number and may have lost digits; pass a bigint (rule safe-integer, value ${preview(v)})`,
      });
    }
  }
  return out;
}

/**
 * Every problem of the input, or undefined when it is valid. The error's code is the SDK's own code
 * when every problem is a limit the SDK documents with one (the first such code), else -4
 * (TIM_ERR_PARAM): an SDK that met the same input would refuse anything else as a bad parameter.
 */
export function checkInput(meta: FunctionMeta, input: Record<string, unknown>, validate: Validator): TimError | undefined {
  let problems: Problem[];
  try {
    problems = validate(input) ? [] : toProblems(validate.errors ?? [], input, 'arguments', meta.errorCodes);
  } catch (err) {
    // A validator can only throw on input no schema allows, such as a cycle through recursive types.
    problems = [{ path: '', rule: 'validator', message: `arguments could not be checked: ${(err as Error)?.message ?? err}` }];
  }
  problems.push(...unsafeNumbers(meta, input));
  if (problems.length === 0) return undefined;
  const coded = problems.every((p) => p.sdkCode !== undefined);
  const code = coded ? problems[0].sdkCode! : TIM_ERR_PARAM;
  return new TimError(code, summarize(problems), { fn: meta.cName, problems });
}

/** C-level arguments: JSON parameters serialized (bigint exact), 64-bit values as bigint. */
export function bridgeArgs(meta: FunctionMeta, input: Record<string, unknown>, codec: Json64Codec): BridgeArg[] {
  return meta.params.map((p) => {
    const v = input[p.name];
    switch (p.kind) {
      case 'json': return codec.stringify(v);
      case 'uint64':
      case 'int64': return typeof v === 'number' ? BigInt(v) : (v as bigint);
      default: return v as BridgeArg;
    }
  });
}
