// Turns a validator's errors into Problems a game developer can act on: where (JSON path), which
// rule, the bound, the offending value, and the SDK's own code when the SDK documents one.
import type { Problem } from '../errors.ts';
import type { ValidationIssue } from './validator.ts';

/** The property a `required` / `additionalProperties` error is about lives one level deeper. */
function problemPath(issue: ValidationIssue): string {
  const p = issue.params ?? {};
  if (issue.keyword === 'required' && typeof p.missingProperty === 'string') return `${issue.instancePath}/${escapePointer(p.missingProperty)}`;
  if (issue.keyword === 'additionalProperties' && typeof p.additionalProperty === 'string') return `${issue.instancePath}/${escapePointer(p.additionalProperty)}`;
  return issue.instancePath;
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const s of segments(pointer)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

/** "/filter/conversation_list_filter_mark_type" -> "filter.conversation_list_filter_mark_type",
 *  "/conversation_id_array/3" -> "conversation_id_array[3]"; the root is called `rootName`. */
export function displayPath(pointer: string, rootName: string): string {
  let out = '';
  for (const s of segments(pointer)) out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  return out || rootName;
}

/** A short, one-line rendering of a value for messages. */
export function preview(v: unknown): string {
  switch (typeof v) {
    case 'string': return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    case 'bigint': return `${v}n`;
    case 'undefined': return 'undefined';
    case 'object':
      if (v === null) return 'null';
      return Array.isArray(v) ? `array of ${v.length}` : 'object';
    case 'function': return 'function';
    default: return String(v);
  }
}

/**
 * One Problem per distinct validator error. `codes` maps "<instancePath> <keyword>" to the SDK's
 * code for that rule (FunctionMeta.errorCodes).
 */
export function toProblems(issues: readonly ValidationIssue[], data: unknown, rootName: string, codes?: Readonly<Record<string, number>>): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = problemPath(issue);
    const text = issue.message ?? `breaks rule ${issue.keyword}`;
    const dedupe = `${path}\u0000${issue.keyword}\u0000${text}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const problem: Problem = { path, rule: issue.keyword, message: '', params: issue.params ?? {} };
    if (issue.params && 'limit' in issue.params) problem.limit = issue.params.limit;
    const missing = issue.keyword === 'required';
    if (!missing) problem.value = valueAt(data, path);
    const sdkCode = codes?.[`${issue.instancePath} ${issue.keyword}`];
    if (sdkCode !== undefined) problem.sdkCode = sdkCode;
    const where = displayPath(path, rootName);
    problem.message = missing
      ? `${where} is required`
      : `${where} ${text} (rule ${issue.keyword}, value ${preview(problem.value)})`;
    out.push(problem);
  }
  return out;
}

/** The problems as one sentence for an Error message; long lists are cut. */
export function summarize(problems: readonly Problem[], max = 8): string {
  const shown = problems.slice(0, max).map((p) => p.message);
  if (problems.length > max) shown.push(`and ${problems.length - max} more`);
  return shown.join('; ');
}
