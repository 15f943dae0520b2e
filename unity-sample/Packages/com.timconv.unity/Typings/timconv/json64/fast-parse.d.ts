/**
 * The conversion of one JSON.parse result at a time (not re-entrant: nothing in it calls out).
 * `begin(text)`, then the walk, then `end()`; a walk that gives up throws, see `gaveUp`.
 */
export declare class ExactConversion {
    private readonly keys;
    private src;
    private cursor;
    private ordered;
    private readonly finders;
    constructor(keys: ReadonlySet<string>);
    /** Whether `err` is a conversion that gave up (or ran out of stack: the exact pass keeps its own). */
    static gaveUp(err: unknown): boolean;
    /** Set by accept(): a validator took this conversion for the current text. */
    private taken;
    begin(text: string): void;
    /**
     * Called by a generated validator when it is given this conversion: the promise that it converts
     * as it walks. A validator that never calls it (a wrapper that drops the second argument) has
     * converted nothing, whatever its `exactKeys` say.
     */
    accept(): void;
    /** Whether a validator accepted the conversion since begin(). */
    get accepted(): boolean;
    end(): void;
    giveUp(): never;
    /** The value an exact key's value `x` becomes. */
    ex(key: string, x: unknown): unknown;
    /** Converts property `k` of `o` (value `x`) and everything inside it. */
    prop(o: Record<string, unknown>, k: string, x: unknown): void;
    /** Converts everything inside `v`. */
    walk(v: unknown): void;
    private finderFor;
    /**
     * Where the value of the next `"key":` at or after `from` starts (past the colon and white
     * space). Throws GIVE_UP when there is none. The value may still turn out not to be the one
     * wanted: the caller then looks again from the returned index.
     */
    private nextValue;
    /**
     * The exact value of an unsafe integer JSON.parse rounded to x, read from the text: the first
     * `"key":` after the cursor whose value is an integer literal that rounds to x.
     */
    private readScalar;
    /**
     * Like readScalar for an exact key's array of numbers, some of them unsafe: the safe items are
     * checked against the text digit by digit and taken as they are; only unsafe items are read
     * into a bigint from the text.
     */
    private readArray;
    private convertArray;
}
/**
 * The fast path for a fixed set of exact keys: converts, in place, the value JSON.parse made of
 * `text`. Returns false when it cannot vouch for every value; the caller then parses again with
 * the exact pass (the value may be half converted by then and must be dropped).
 */
export declare function createFastConverter(exactKeys: readonly string[]): (text: string, value: object) => boolean;
