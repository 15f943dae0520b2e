// Checks of what a bridge answers: each success payload against its result schema, and the 64-bit
// values in all of them for the mark a JS number leaves (see InexactTracker). Results are checked
// as the runtime checks them: keys and enum values the schema does not know are not failures but
// drift (a library newer than the schemas), handed to the reporter; a known key with a wrong value
// is a finding.
import type { FunctionMeta } from '../api-meta.ts';
import { escapePointer, toProblems } from '../core/problems.ts';
import type { UnknownDataReporter } from '../core/unknown-data.ts';
import type { Validator } from '../core/validator.ts';
import type { Json64Codec } from '../json64.ts';
import type { Finding } from './findings.ts';

const SAFE = 2n ** 53n;

/** What a 64-bit value's digits say about the path it took:
 *  - 'printed': exactly how JavaScript prints a double that is not this value (4611686018427388000
 *    is how 2^62 prints): the digits a 64-bit value keeps after a trip through a JS number;
 *  - 'neutral': a double holds it and prints it exactly (2^53, most 16-digit numbers): no evidence;
 *  - 'exact': no double prints like this, so it never went through one. */
export function digitsEvidence(b: bigint): 'printed' | 'neutral' | 'exact' {
  const d = Number(b);
  if (String(d) !== b.toString()) return 'exact';
  return BigInt(d) === b ? 'neutral' : 'printed';
}

interface KeyTally {
  printed: number;
  exact: number;
  first?: { api: string; path: string; value: bigint };
}

/**
 * 64-bit values seen per exact key over a whole run. One value that looks printed from a double
 * proves nothing (about one genuine 64-bit value in a thousand has that form); a key with at least
 * MIN_EVIDENCE such values and not one that no double prints went through a JS number.
 */
export class InexactTracker {
  static readonly MIN_EVIDENCE = 3;
  private readonly keys = new Map<string, KeyTally>();

  /** Records every bigint beyond 2^53 in `value` under its nearest key. */
  add(api: string, value: unknown, path = '', key = ''): void {
    if (typeof value === 'bigint') {
      if (value < SAFE && value > -SAFE) return;
      const evidence = digitsEvidence(value);
      if (evidence === 'neutral') return;
      const t = this.keys.get(key) ?? { printed: 0, exact: 0 };
      t[evidence]++;
      if (evidence === 'printed') t.first ??= { api, path, value };
      this.keys.set(key, t);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => this.add(api, v, `${path}/${i}`, key));
    } else if (value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) this.add(api, (value as Record<string, unknown>)[k], `${path}/${escapePointer(k)}`, k);
    }
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    for (const [key, t] of this.keys) {
      if (!t.first || t.exact > 0 || t.printed < InexactTracker.MIN_EVIDENCE) continue;
      const { api, path, value } = t.first;
      out.push({
        check: 'inexact-int64', api, path, rule: 'x-int64',
        message: `result ${path}: all ${t.printed} values of ${key} that a double cannot hold are written as JavaScript prints a double `
          + `(${value} is how it prints ${BigInt(Number(value))}): the bridge passed 64-bit values through a JS number and lost digits`,
      });
    }
    return out;
  }
}

/** Findings about one success payload of `meta`; records its 64-bit values in `tracker` and what
 *  the schema does not know in `drift`. */
export function checkResult(
  meta: FunctionMeta, json: string, codec: Json64Codec, validate: Validator | undefined, tracker: InexactTracker, drift: UnknownDataReporter,
): Finding[] {
  if (meta.result === 'none') return [];
  if (json === '') {
    return meta.resultOptional || meta.result === 'unknown' ? []
      : [{ check: 'result-schema', api: meta.cName, path: '', rule: 'json', message: 'success without the payload the result schema requires' }];
  }
  let value: unknown;
  try {
    value = codec.parse(json);
  } catch (err) {
    return [{ check: 'result-schema', api: meta.cName, path: '', rule: 'json', message: `result is not JSON: ${(err as Error).message}` }];
  }
  tracker.add(meta.cName, value);
  if (!validate || drift.validate(validate, value, { fn: meta.cName, rootName: 'result' })) return [];
  return toProblems(validate.errors ?? [], value, 'result').items.map((p) => ({
    check: 'result-schema', api: meta.cName, path: p.path, rule: p.rule, message: `result ${p.path || '(root)'}: ${p.message}`,
  }));
}
