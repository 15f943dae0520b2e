// The caller's side of a call: arguments become one object keyed by C parameter name, which is
// copied once (snapshot.ts), validated, and turned into C-level values for the bridge. Nothing here
// mutates arguments, and the bridge gets exactly the copy that was validated.
import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta } from '../api-meta.ts';
import { TimError, TIM_ERR_PARAM } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import { ProblemList, summarize, toProblems } from './problems.ts';
import { refuseCut, showCut, snapshot } from './snapshot.ts';
import type { ValidationIssue, Validator } from './validator.ts';

/** The arguments as the input validator sees them, e.g. { filter, next_seq, count }. */
export function inputObject(meta: FunctionMeta, args: readonly unknown[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  meta.params.forEach((p, i) => {
    if (args[i] !== undefined) input[p.name] = args[i];
  });
  return input;
}

/**
 * The validated copy of the input, or the TimError that refuses it. The error's code is the SDK's
 * own code when every problem is a limit the SDK documents with one (the first such code), else -4
 * (TIM_ERR_PARAM): an SDK that met the same input would refuse anything else as a bad parameter.
 */
export function checkInput(meta: FunctionMeta, input: Record<string, unknown>, validate: Validator): { value: Record<string, unknown> } | { error: TimError } {
  const problems = new ProblemList();
  const copy = snapshot(input, problems);
  if (copy.value !== undefined) {
    let issues: readonly ValidationIssue[] = [];
    try {
      if (!validate(copy.value)) issues = validate.errors ?? [];
    } catch (err) {
      // A validator can only throw on input no schema allows.
      problems.add('\u0000validator', undefined, () => ({ path: '', rule: 'validator', message: `arguments could not be checked: ${(err as Error)?.message ?? err}` }));
    }
    refuseCut(copy.cut, issues, problems);
    toProblems(issues, copy.value, 'arguments', meta.errorCodes, problems);
    showCut(copy.cut, problems);
  }
  if (problems.size === 0) return { value: copy.value! };
  const list = problems.items;
  const code = problems.allCoded ? list.find((p) => p.sdkCode !== undefined)!.sdkCode! : TIM_ERR_PARAM;
  return { error: new TimError(code, summarize(list, problems.omitted), { fn: meta.cName, problems: list, omittedProblems: problems.omitted }) };
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
