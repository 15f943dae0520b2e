/**
 * The fast path for a fixed set of exact keys: converts, in place, the value JSON.parse made of
 * `text`. Returns false when it cannot vouch for every value; the caller then parses again with
 * the exact pass (the value may be half converted by then and must be dropped).
 */
export declare function createFastConverter(exactKeys: readonly string[]): (text: string, value: object) => boolean;
