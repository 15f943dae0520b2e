/** A parser for a fixed set of exact keys; gives the same values as the codec's fast path. */
export declare function exactParser(exactKeys: readonly string[]): (text: string) => unknown;
