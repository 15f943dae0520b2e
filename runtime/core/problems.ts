// Turns a validator's errors into Problems a game developer can act on: where (JSON path), which
// rule, the bound, the offending value, and the SDK's own code when the SDK documents one.
import type { Problem } from '../errors.ts';
import type { ValidationIssue } from './validator.ts';

/** Keywords of the compiled validators that stand for a standard keyword of the schema files
 *  (generator/emit/validators/compiled-schema.ts): problems name the rule the schema states. */
const RULE_OF_KEYWORD: Readonly<Record<string, string>> = { 'x-known-keys': 'additionalProperties', 'x-known-values': 'enum' };

/** At most this many problems are kept per payload; the rest are counted. */
export const MAX_PROBLEMS = 20;

/** The problems of one payload: the first MAX_PROBLEMS distinct ones, and a count of the rest. */
export class ProblemList {
  readonly items: Problem[] = [];
  omitted = 0;
  /** Every problem, kept or not, is a limit the SDK documents with a code of its own. */
  allCoded = true;
  private readonly seen = new Set<string>();

  /** Adds a problem unless one with the same key is in; `build` runs only for problems kept. */
  add(key: string, sdkCode: number | undefined, build: () => Problem): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (sdkCode === undefined) this.allCoded = false;
    if (this.items.length < MAX_PROBLEMS) this.items.push(build());
    else this.omitted++;
  }

  get size(): number {
    return this.items.length + this.omitted;
  }
}

/** The property a `required` / unknown-key error is about lives one level deeper. */
function problemPath(issue: ValidationIssue): string {
  const p = issue.params ?? {};
  if (issue.keyword === 'required' && typeof p.missingProperty === 'string') return `${issue.instancePath}/${escapePointer(p.missingProperty)}`;
  if (typeof p.additionalProperty === 'string') return `${issue.instancePath}/${escapePointer(p.additionalProperty)}`;
  return issue.instancePath;
}

export function escapePointer(s: string): string {
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
 *  "/conversation_id_array/3" -> "conversation_id_array[3]" (a `*` segment, any item, -> "[*]");
 *  the root is called `rootName`. */
export function displayPath(pointer: string, rootName: string): string {
  let out = '';
  for (const s of segments(pointer)) out += /^(\d+|\*)$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
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

/** The sentence of a problem about a value: "<where> <what> (rule <rule>, value <value>)". */
export function problemMessage(path: string, rootName: string, text: string, rule: string, value: unknown): string {
  return `${displayPath(path, rootName)} ${text} (rule ${rule}, value ${preview(value)})`;
}

/**
 * Adds one Problem per distinct validator error to `list`. `codes` maps "<instancePath> <keyword>"
 * to the SDK's code for that rule (FunctionMeta.errorCodes). An `if` error only says that a `then`
 * branch failed, next to that branch's own errors, so it is left out.
 */
export function toProblems(issues: readonly ValidationIssue[], data: unknown, rootName: string, codes?: Readonly<Record<string, number>>, list = new ProblemList()): ProblemList {
  for (const issue of issues) {
    if (issue.keyword === 'if') continue;
    const rule = RULE_OF_KEYWORD[issue.keyword] ?? issue.keyword;
    const path = problemPath(issue);
    // Ajv says "must NOT be valid" for `not`; say instead what it means for the caller.
    const text = rule === 'not' ? 'has a form the SDK refuses (see the parameter\'s description)' : issue.message ?? `breaks rule ${rule}`;
    const sdkCode = codes?.[`${issue.instancePath} ${rule}`];
    list.add(`${path}\u0000${rule}\u0000${text}`, sdkCode, () => {
      const problem: Problem = { path, rule, message: '', params: issue.params ?? {} };
      if (issue.params && 'limit' in issue.params) problem.limit = issue.params.limit;
      const missing = rule === 'required';
      if (!missing) problem.value = valueAt(data, path);
      if (sdkCode !== undefined) problem.sdkCode = sdkCode;
      problem.message = missing ? `${displayPath(path, rootName)} is required` : problemMessage(path, rootName, text, rule, problem.value);
      return problem;
    });
  }
  return list;
}

/** The problems as one sentence for an Error message; long lists are cut. */
export function summarize(problems: readonly Problem[], omitted = 0, max = 8): string {
  const shown = problems.slice(0, max).map((p) => p.message);
  const more = problems.length - shown.length + omitted;
  if (more > 0) shown.push(`and ${more} more`);
  return shown.join('; ');
}
