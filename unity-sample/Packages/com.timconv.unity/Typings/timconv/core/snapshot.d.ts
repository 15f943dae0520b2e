import { type ProblemList } from './problems.ts';
import type { ValidationIssue } from './validator.ts';
/** No input of this API holds longer arrays (id lists stop at 100); longer ones are refused
 *  without looking at their items. */
export declare const MAX_ARRAY_ITEMS = 1000;
/** Deeper nesting than any input of this API (a draft's message is about six levels). */
export declare const MAX_DEPTH = 64;
export interface Snapshot {
    /** The copy, or undefined when copying had to stop (see `problems`). */
    value: Record<string, unknown> | undefined;
    /** Arrays longer than MAX_ARRAY_ITEMS: JSON pointer -> the caller's array. */
    cut: Map<string, unknown[]>;
}
/** Copies the arguments object; problems found while copying go to `problems`. */
export declare function snapshot(input: Record<string, unknown>, problems: ProblemList, rootName?: string): Snapshot;
/**
 * Arrays cut short whose length the validator did not refuse (no maxItems in their schema): refused
 * here with the runtime's bound, since their items were never all looked at. Runs before the
 * validator's own problems are added, so it is never among the omitted ones.
 */
export declare function refuseCut(cut: Map<string, unknown[]>, issues: readonly ValidationIssue[], problems: ProblemList, rootName?: string): void;
/** The validator's maxItems problems about arrays cut short now show the caller's array. */
export declare function showCut(cut: Map<string, unknown[]>, problems: ProblemList, rootName?: string): void;
