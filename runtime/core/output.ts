// The SDK's side: a completion (code, desc, json) or a listener's arguments become typed data, or
// a TimError saying exactly what is wrong with them.
import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta, ListenerMeta } from '../api-meta.ts';
import { describeCode, TimError, TIMCONV_ERR_INVALID_RESULT, type Problem } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import { preview, summarize, toProblems } from './problems.ts';
import type { Validator } from './validator.ts';

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: TimError };

function invalid(fn: string, problems: Problem[], payload?: string): Decoded<never> {
  return { ok: false, error: new TimError(TIMCONV_ERR_INVALID_RESULT, summarize(problems), { fn, problems, payload }) };
}

function parseJson(codec: Json64Codec, text: string, path: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: codec.parse(text) };
  } catch (err) {
    const reason = (err as Error)?.message ?? String(err);
    return { ok: false, problem: { path, rule: 'json', value: text, message: `${path || 'payload'} is not JSON: ${reason} (value ${preview(text)})` } };
  }
}

function check(validate: Validator | undefined, data: unknown, rootName: string): Problem[] {
  if (!validate) return [];
  try {
    return validate(data) ? [] : toProblems(validate.errors ?? [], data, rootName);
  } catch (err) {
    return [{ path: '', rule: 'validator', message: `${rootName} could not be checked: ${(err as Error)?.message ?? err}` }];
  }
}

/** A TIMCommCallback's answer. `""` means no payload. */
export function decodeCompletion(meta: FunctionMeta, code: number, desc: string, json: string, codec: Json64Codec, validate: Validator | undefined): Decoded<unknown> {
  if (code !== 0) {
    return { ok: false, error: new TimError(code, desc || describeCode(code) || `SDK error ${code}`, { fn: meta.cName, payload: json || undefined }) };
  }
  if (meta.result === 'none') return { ok: true, value: undefined };
  if (json === '' && meta.resultOptional) return { ok: true, value: undefined };
  let value: unknown;
  if (json !== '') {
    const parsed = parseJson(codec, json, '');
    if (!parsed.ok) return invalid(meta.cName, [parsed.problem], json);
    value = parsed.value;
  }
  if (meta.result === 'unknown') return { ok: true, value };
  const problems = check(validate, value, 'result');
  return problems.length ? invalid(meta.cName, problems, json) : { ok: true, value };
}

/** A native listener's arguments, in C order. A JSON parameter passed as "" reads as an empty
 *  list: the SDK sends that for the sync start and finish conversation events. */
export function decodeEvent(meta: ListenerMeta, args: readonly BridgeArg[], codec: Json64Codec, validate: Validator | undefined): Decoded<unknown[]> {
  const values: unknown[] = [];
  const object: Record<string, unknown> = {};
  for (let i = 0; i < meta.params.length; i++) {
    const p = meta.params[i];
    let v: unknown = args[i];
    if (p.kind === 'json') {
      if (v === '') v = [];
      else if (typeof v === 'string') {
        const parsed = parseJson(codec, v, `/${p.name}`);
        if (!parsed.ok) return invalid(meta.callback, [parsed.problem]);
        v = parsed.value;
      }
    } else if ((p.kind === 'uint64' || p.kind === 'int64') && typeof v === 'number' && Number.isInteger(v)) {
      v = BigInt(v);
    }
    values.push(v);
    object[p.name] = v;
  }
  const problems = check(validate, object, 'arguments');
  return problems.length ? invalid(meta.callback, problems) : { ok: true, value: values };
}
