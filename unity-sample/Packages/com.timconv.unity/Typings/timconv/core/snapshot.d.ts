import { ProblemList } from './problems.ts';
import type { ValidationIssue } from './validator.ts';
/** No input of this API holds longer arrays (id lists stop at 100); longer ones are refused
 *  without looking at their items. */
export declare const MAX_ARRAY_ITEMS = 1000;
/** Deeper nesting than any input of this API (a draft's message is about six levels). */
export declare const MAX_DEPTH = 64;
/** Copies arguments; one is reused by every call of a core. */
export declare class Copier {
    /** The problems found while copying, or undefined when none were. */
    problems: ProblemList | undefined;
    /** Arrays longer than MAX_ARRAY_ITEMS: JSON pointer -> the caller's array; undefined when none. */
    cut: Map<string, unknown[]> | undefined;
    private busy;
    private readonly path;
    private readonly parents;
    private rootName;
    /**
     * Copies `args` (C order) into one object keyed by `names`, leaving out undefined arguments;
     * undefined when copying had to stop (see `problems`). A copier in use hands out a fresh one.
     */
    static copyArguments(shared: Copier, names: readonly string[], args: readonly unknown[]): {
        copier: Copier;
        value: Record<string, unknown> | undefined;
    };
    /** The problem list, made on first use. */
    list(): ProblemList;
    private pointer;
    private problem;
    private copy;
    private copyArray;
    private copyObject;
    private keys;
    private read;
    private notJson;
    private checkString;
}
/**
 * Arrays cut short whose length the validator did not refuse (no maxItems in their schema): refused
 * here with the runtime's bound, since their items were never all looked at. Runs before the
 * validator's own problems are added, so it is never among the omitted ones.
 */
export declare function refuseCut(cut: Map<string, unknown[]>, issues: readonly ValidationIssue[], problems: ProblemList, rootName?: string): void;
/** The validator's maxItems problems about arrays cut short now show the caller's array. */
export declare function showCut(cut: Map<string, unknown[]>, problems: ProblemList, rootName?: string): void;
