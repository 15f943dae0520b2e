// The SDK's side: a completion (code, desc, json) or a listener's arguments become typed data, or
// a TimError saying exactly what is wrong with them. Keys and enum values the schema does not know
// pass through and are reported (unknown-data.ts); a known key with a wrong value fails.
import type { BridgeArg } from '../bridge.ts';
import type { FunctionMeta, ListenerMeta } from '../api-meta.ts';
import { CROSSINGS } from '../crossing.ts';
import { describeCode, TimError, TIMCONV_ERR_INVALID_RESULT, type Problem } from '../errors.ts';
import type { Json64Codec } from '../json64.ts';
import { ExactConversion } from '../json64/fast-parse.ts';
import { preview, summarize, toProblems } from './problems.ts';
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

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: TimError };

function invalid(fn: string, problems: Problem[], payload?: string, omittedProblems = 0): Decoded<never> {
  return { ok: false, error: new TimError(TIMCONV_ERR_INVALID_RESULT, summarize(problems, omittedProblems), { fn, problems, payload, omittedProblems }) };
}

function parseJson(codec: Json64Codec, text: string, path: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: codec.parse(text) };
  } catch (err) {
    const reason = (err as Error)?.message ?? String(err);
    return { ok: false, problem: { path, rule: 'json', value: text, message: `${path || 'payload'} is not JSON: ${reason} (value ${preview(text)})` } };
  }
}

function check(output: OutputCheck, data: unknown, where: { fn: string; event?: string; rootName: string }): { problems: Problem[]; omitted: number } {
  const { validate, reporter } = output;
  if (!validate) return { problems: [], omitted: 0 };
  try {
    if (reporter.validate(validate, data, where)) return { problems: [], omitted: 0 };
    const list = toProblems(validate.errors ?? [], data, where.rootName);
    return { problems: list.items, omitted: list.omitted };
  } catch (err) {
    return { problems: [{ path: '', rule: 'validator', message: `${where.rootName} could not be checked: ${(err as Error)?.message ?? err}` }], omitted: 0 };
  }
}

/**
 * The one-pass decode of a result: JSON.parse, then the validator checks the value and converts
 * its exact 64-bit values as it goes. Undefined when it cannot vouch for the value (the conversion
 * gave up, the payload is invalid or not an object): the caller then decodes the usual way, which
 * also words every problem. A validator that did not accept the conversion (say a wrapper that
 * keeps `exactKeys` but drops the second argument) converted nothing: its value is dropped, and
 * this check decodes the usual way from then on.
 */
function decodeInOnePass(output: OutputCheck, json: string, where: { fn: string; rootName: string }): { value: unknown } | undefined {
  const { validate, reporter, conversion } = output;
  if (!validate || !conversion) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  conversion.begin(json);
  try {
    if (!reporter.validate(validate, value, where, conversion)) return undefined;
    if (conversion.accepted) return { value };
    output.conversion = undefined;
    return undefined;
  } catch {
    return undefined; // gave up, or a validator that throws: the usual way reports it
  } finally {
    conversion.end();
  }
}

/** A TIMCommCallback's answer. `""` means no payload. */
export function decodeCompletion(meta: FunctionMeta, code: number, desc: string, json: string, codec: Json64Codec, output: OutputCheck): Decoded<unknown> {
  if (code !== 0) {
    return { ok: false, error: new TimError(code, desc || describeCode(code) || `SDK error ${code}`, { fn: meta.cName, payload: json || undefined }) };
  }
  if (meta.result === 'none') return { ok: true, value: undefined };
  if (json === '' && meta.resultOptional) return { ok: true, value: undefined };
  let value: unknown;
  if (json !== '' && meta.result === 'json') {
    const decoded = decodeInOnePass(output, json, { fn: meta.cName, rootName: 'result' });
    if (decoded) return { ok: true, value: decoded.value };
  }
  if (json !== '') {
    const parsed = parseJson(codec, json, '');
    if (!parsed.ok) return invalid(meta.cName, [parsed.problem], json);
    value = parsed.value;
  }
  if (meta.result === 'unknown') return { ok: true, value };
  const { problems, omitted } = check(output, value, { fn: meta.cName, rootName: 'result' });
  return problems.length ? invalid(meta.cName, problems, json, omitted) : { ok: true, value };
}

/** A native listener's arguments, in C order. A JSON list parameter passed as "" reads as an
 *  empty list: the SDK sends that for the sync start and finish conversation events. A 64-bit
 *  parameter passed as a safe integer number becomes a bigint; an unsafe one stays a number, which
 *  the validator refuses, since its digits are already lost. */
export function decodeEvent(meta: ListenerMeta, args: readonly BridgeArg[], codec: Json64Codec, output: OutputCheck): Decoded<unknown[]> {
  const values: unknown[] = [];
  const object: Record<string, unknown> = {};
  for (let i = 0; i < meta.params.length; i++) {
    const p = meta.params[i];
    let v: unknown = args[i];
    if (p.kind === 'json') {
      if (v === '' && p.list) v = [];
      else if (typeof v === 'string') {
        const parsed = parseJson(codec, v, `/${p.name}`);
        if (!parsed.ok) return invalid(meta.callback, [parsed.problem]);
        v = parsed.value;
      }
    } else if (typeof v === 'number' && Number.isSafeInteger(v) && CROSSINGS[p.kind].bridge === 'bigint') {
      v = BigInt(v);
    }
    values.push(v);
    object[p.name] = v;
  }
  const { problems, omitted } = check(output, object, { fn: meta.callback, event: meta.event, rootName: 'arguments' });
  return problems.length ? invalid(meta.callback, problems, undefined, omitted) : { ok: true, value: values };
}
