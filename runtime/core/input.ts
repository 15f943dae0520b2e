// The caller's side of a call: the arguments are copied once (snapshot.ts) into one object keyed by
// C parameter name, the copy is validated, and it is turned into C-level values for the bridge.
// Nothing here mutates arguments, and the bridge gets exactly the copy that was validated.
import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta } from '../api-meta.ts';
import { CROSSINGS } from '../crossing.ts';
import { TimError, TIM_ERR_PARAM } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import { ProblemList, summarize, toProblems } from './problems.ts';
import { Copier, refuseCut, showCut } from './snapshot.ts';
import type { ValidationIssue, Validator } from './validator.ts';

const NO_ISSUES: readonly ValidationIssue[] = [];

/** Parameter names of a function, in C order, computed once per function. */
const NAMES = new WeakMap<FunctionMeta, string[]>();

function paramNames(meta: FunctionMeta): string[] {
  let names = NAMES.get(meta);
  if (!names) NAMES.set(meta, (names = meta.params.map((p) => p.name)));
  return names;
}

/**
 * The validated copy of the arguments (C order), or the TimError that refuses them. The error's
 * code is the SDK's own code when every problem is a limit the SDK documents with one (the first
 * such code), else -4 (TIM_ERR_PARAM): an SDK that met the same input would refuse anything else
 * as a bad parameter.
 */
export function checkInput(meta: FunctionMeta, args: readonly unknown[], validate: Validator, shared: Copier): Record<string, unknown> | TimError {
  const { copier, value } = Copier.copyArguments(shared, paramNames(meta), args);
  let issues = NO_ISSUES;
  let problems = copier.problems;
  if (value !== undefined) {
    try {
      if (!validate(value)) issues = validate.errors ?? NO_ISSUES;
    } catch (err) {
      // A validator can only throw on input no schema allows.
      (problems ??= new ProblemList()).add('\u0000validator', undefined, () => ({ path: '', rule: 'validator', message: `arguments could not be checked: ${(err as Error)?.message ?? err}` }));
    }
  }
  const { cut } = copier;
  if (problems === undefined && issues.length === 0 && cut === undefined) return value!;
  problems ??= new ProblemList();
  if (cut) refuseCut(cut, issues, problems);
  toProblems(issues, value, 'arguments', meta.errorCodes, problems);
  if (cut) showCut(cut, problems);
  if (problems.size === 0) return value!;
  const list = problems.items;
  const code = problems.allCoded ? list.find((p) => p.sdkCode !== undefined)!.sdkCode! : TIM_ERR_PARAM;
  return new TimError(code, summarize(list, problems.omitted), { fn: meta.cName, problems: list, omittedProblems: problems.omitted });
}

/** C-level arguments: JSON parameters serialized (bigint exact), 64-bit values as bigint. */
export function bridgeArgs(meta: FunctionMeta, input: Record<string, unknown>, codec: Json64Codec): BridgeArg[] {
  const { params } = meta;
  const out = new Array<BridgeArg>(params.length);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    const v = input[p.name];
    if (p.kind === 'json') out[i] = codec.stringify(v);
    else if (typeof v === 'number' && CROSSINGS[p.kind].bridge === 'bigint') out[i] = BigInt(v);
    else out[i] = v as BridgeArg;
  }
  return out;
}
