import type { ApiTable } from '../api-meta.ts';
import type { Validator } from './validator.ts';
/** Something the SDK sent that the schema does not know; it was passed through as it came. */
export interface UnknownData {
    /** 'key': a key no schema property names; 'value': an enum value or flag bits outside the schema's. */
    kind: 'key' | 'value';
    /** The C function (for results) or callback typedef (for listener payloads). */
    fn: string;
    /** Event name, for listener payloads. */
    event?: string;
    /** JSON pointer into the result (or into the listener's arguments keyed by C name) where every
     *  array index is written as a `*` segment, so the same key in each conversation of a page is
     *  one path. */
    path: string;
    /** The unknown key (kind 'key'). */
    key?: string;
    /** The unknown value (kind 'value'). */
    value?: unknown;
    /** The SDK version the schemas were imported from, e.g. "im_electron_sdk 8.0.5906". */
    schemaSdk?: string;
    /** A readable sentence that says all of the above and suggests a re-import. */
    message: string;
}
export type UnknownDataHook = (report: UnknownData) => void;
export declare const warnToConsole: UnknownDataHook;
export declare class UnknownDataReporter {
    private readonly hook;
    private readonly sink;
    private readonly seen;
    private readonly schemaSdk;
    constructor(hook: UnknownDataHook, sdk: ApiTable['sdk']);
    /**
     * Runs an output validator over `data` and reports what it found unknown; returns its verdict.
     * `conversion` is passed on to the validator (see output.ts); when the validator throws, nothing
     * it found is reported.
     */
    validate(validate: Validator, data: unknown, where: {
        fn: string;
        event?: string;
        rootName: string;
    }, conversion?: unknown): boolean;
    private report;
}
