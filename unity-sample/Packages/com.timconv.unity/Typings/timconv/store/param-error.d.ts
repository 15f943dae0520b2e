import { TimError } from '../errors.ts';
/** A -4 TimError naming the argument (as a JSON path), the rule broken and the value given. */
export declare function paramError(fn: string, name: string, rule: string, value: unknown, message: string): TimError;
/** Throws unless `value` is an integer from `min` to `max`. */
export declare function checkCount(fn: string, name: string, value: unknown, min: number, max: number): void;
/** Throws unless `value` is a non-empty string. */
export declare function checkName(fn: string, name: string, value: unknown): void;
