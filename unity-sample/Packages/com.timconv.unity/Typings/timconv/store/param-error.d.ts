/** Throws unless `value` is an integer from `min` to `max`. */
export declare function checkCount(fn: string, name: string, value: unknown, min: number, max: number): void;
/** Throws unless `value` is a non-empty string. */
export declare function checkName(fn: string, name: string, value: unknown): void;
