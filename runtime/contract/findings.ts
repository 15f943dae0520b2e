// What the kit reports: one Finding per broken promise of the contract, each naming the API, the
// JSON path and the rule where it has them, so a failure reads as a bug report.

export type Check =
  /** A valid input did not reach the bridge exactly as given. */
  | 'byte-exact'
  /** A valid input was refused by the runtime (the schemas and the validators disagree). */
  | 'valid-refused'
  /** An invalid input reached the bridge. */
  | 'invalid-reached'
  /** An invalid input was refused, but the error does not name its path and rule. */
  | 'refusal'
  /** A success payload breaks the result schema. */
  | 'result-schema'
  /** A listener payload breaks its schema. */
  | 'event-schema'
  /** 64-bit values came back as a double prints them: they passed through a JS number. */
  | 'inexact-int64'
  /** A call did not settle exactly once, or the bridge completed it against the contract. */
  | 'settle'
  /** The bridge threw instead of returning a code. */
  | 'bridge-threw';

export interface Finding {
  check: Check;
  /** C function or callback name. */
  api: string;
  /** JSON pointer into the input object (keyed by C parameter name), the result or the event. */
  path?: string;
  rule?: string;
  message: string;
  /** The input that led to it, as JSON text (bigint as integer literals), to replay it. */
  input?: string;
}

export function formatFinding(f: Finding): string {
  return `${f.api}: ${f.message}${f.input ? `\n    input: ${f.input.length > 300 ? `${f.input.slice(0, 300)}…` : f.input}` : ''}`;
}
