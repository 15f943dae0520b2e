/**
 * JSON.stringify that writes bigint as an integer literal, and a number beyond 2^53 as the exact
 * value of its double. Like JSON.stringify it leaves out properties whose value is undefined or a
 * function, and writes undefined array items as null.
 * Unlike it, it throws a TypeError for what JSON cannot hold (NaN, Infinity, cycles, a function or
 * symbol anywhere else) instead of writing null. Never mutates its input.
 */
export declare function stringify(value: unknown): string;
