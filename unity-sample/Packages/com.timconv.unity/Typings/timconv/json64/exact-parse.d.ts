/** A parser for a fixed set of exact keys; same results as the codec's fast parse. */
export declare function exactParser(exactKeys: readonly string[]): (text: string) => unknown;
