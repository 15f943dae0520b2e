import type { Problem } from '../errors.ts';
import type { ValidationIssue } from './validator.ts';
/** The value at a JSON pointer, or undefined. */
export declare function valueAt(root: unknown, pointer: string): unknown;
/** "/filter/conversation_list_filter_mark_type" -> "filter.conversation_list_filter_mark_type",
 *  "/conversation_id_array/3" -> "conversation_id_array[3]"; the root is called `rootName`. */
export declare function displayPath(pointer: string, rootName: string): string;
/** A short, one-line rendering of a value for messages. */
export declare function preview(v: unknown): string;
/**
 * One Problem per distinct validator error. `codes` maps "<instancePath> <keyword>" to the SDK's
 * code for that rule (FunctionMeta.errorCodes).
 */
export declare function toProblems(issues: readonly ValidationIssue[], data: unknown, rootName: string, codes?: Readonly<Record<string, number>>): Problem[];
/** The problems as one sentence for an Error message; long lists are cut. */
export declare function summarize(problems: readonly Problem[], max?: number): string;
