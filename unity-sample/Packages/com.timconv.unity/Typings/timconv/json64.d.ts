import { exactParser } from './json64/exact-parse.ts';
import { stringify } from './json64/stringify.ts';
export { exactParser, stringify };
export interface Json64Codec {
    parse(text: string): unknown;
    stringify(value: unknown): string;
    readonly exactKeys: ReadonlySet<string>;
}
/** Builds a codec for a fixed set of exact keys. */
export declare function createJson64(exactKeys: readonly string[]): Json64Codec;
