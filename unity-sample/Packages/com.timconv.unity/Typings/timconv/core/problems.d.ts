import type { Problem } from '../errors.ts';
import type { ValidationIssue } from './validator.ts';
/** At most this many problems are kept per payload; the rest are counted. */
export declare const MAX_PROBLEMS = 20;
/** The problems of one payload: the first MAX_PROBLEMS distinct ones, and a count of the rest. */
export declare class ProblemList {
    readonly items: Problem[];
    omitted: number;
    /** Every problem, kept or not, is a limit the SDK documents with a code of its own. */
    allCoded: boolean;
    private readonly seen;
    /** Adds a problem unless one with the same key is in; `build` runs only for problems kept. */
    add(key: string, sdkCode: number | undefined, build: () => Problem): void;
    get size(): number;
}
export declare function escapePointer(s: string): string;
/** The value at a JSON pointer, or undefined. */
export declare function valueAt(root: unknown, pointer: string): unknown;
/** "/filter/conversation_list_filter_mark_type" -> "filter.conversation_list_filter_mark_type",
 *  "/conversation_id_array/3" -> "conversation_id_array[3]" (a `*` segment, any item, -> "[*]");
 *  the root is called `rootName`. */
export declare function displayPath(pointer: string, rootName: string): string;
/** A short, one-line rendering of a value for messages. */
export declare function preview(v: unknown): string;
/** The sentence of a problem about a value: "<where> <what> (rule <rule>, value <value>)". */
export declare function problemMessage(path: string, rootName: string, text: string, rule: string, value: unknown): string;
/**
 * Adds one Problem per distinct validator error to `list`. `codes` maps "<instancePath> <keyword>"
 * to the SDK's code for that rule (FunctionMeta.errorCodes). An `if` error only says that a `then`
 * branch failed, next to that branch's own errors, so it is left out.
 */
export declare function toProblems(issues: readonly ValidationIssue[], data: unknown, rootName: string, codes?: Readonly<Record<string, number>>, list?: ProblemList): ProblemList;
/** The problems as one sentence for an Error message; long lists are cut. */
export declare function summarize(problems: readonly Problem[], omitted?: number, max?: number): string;
