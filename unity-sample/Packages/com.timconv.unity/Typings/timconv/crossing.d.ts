/** What a Bridge argument of the type is in JS (see BridgeArg). */
export type BridgeValue = 'string' | 'number' | 'bigint' | 'boolean';
/** The C# side of a crossing (generated P/Invoke and facade code). */
export interface CsCrossing {
    /** Type in the [DllImport] and delegate signatures. */
    native: string;
    /** Marshaling attribute for `native`, if the default is wrong. */
    marshal?: string;
    /** Type at the Puerts facade: one of the types Puerts passes unchanged. */
    facade: 'string' | 'int' | 'bool' | 'double';
    /**
     * Facade value to native value: `utf8` allocates a NUL-terminated UTF-8 copy freed after the call;
     * otherwise a static `bool Try...(facade, out native)` helper (a false return refuses the call with
     * TIM_ERR_PARAM); absent: the facade value is passed as it is.
     */
    toNative?: 'utf8' | string;
    /** Native callback argument to facade value: a static helper method, or absent (as it is). */
    fromNative?: string;
    /** What the facade's doc comment tells a caller about the value, if anything. */
    hint?: string;
}
export interface Crossing {
    /** C types (normalized spelling) that cross this way. `enum` and `json` rows are chosen by role. */
    cTypes: readonly string[];
    /** Type words the header comments use for JSON keys of this type ("uint", "uint64"). */
    headerWords: readonly string[];
    /** The JSON Schema the importer writes for a value of this type (64-bit: `x-int64`, policy added). */
    schema: Readonly<Record<string, unknown>>;
    /** Inclusive value range, for integer types. */
    range?: readonly [bigint, bigint];
    /** How the value travels as a Bridge argument. */
    bridge: BridgeValue;
    /** TS type in generated signatures (64-bit: with the exact policy; the number policy gives number). */
    ts: string;
    /** koffi type of the parameter. */
    koffi: string;
    /** How the Puerts bridge hands the value to the facade: as it is, or as decimal text. */
    facadeValue: 'same' | 'decimal';
    cs: CsCrossing;
}
export declare const CROSSINGS: {
    readonly string: Crossing;
    /** A `const char*` that carries JSON text: crosses as a string; the core serializes and parses it. */
    readonly json: {
        readonly schema: Readonly<Record<string, unknown>>;
        readonly range?: readonly [bigint, bigint];
        readonly bridge: BridgeValue;
        readonly ts: string;
        readonly koffi: string;
        readonly facadeValue: 'same' | 'decimal';
        readonly cTypes: readonly [];
        readonly headerWords: readonly [];
        readonly cs: {
            readonly native: string;
            readonly marshal?: string;
            readonly facade: 'string' | 'int' | 'bool' | 'double';
            readonly toNative?: 'utf8' | string;
            readonly fromNative?: string;
            readonly hint: 'JSON text.';
        };
    };
    readonly int32: Crossing;
    /** A C enum: crosses as a C int; its TS type is the enum. */
    readonly enum: {
        readonly schema: Readonly<Record<string, unknown>>;
        readonly range?: readonly [bigint, bigint];
        readonly bridge: BridgeValue;
        readonly ts: string;
        readonly koffi: string;
        readonly facadeValue: 'same' | 'decimal';
        readonly cs: CsCrossing;
        readonly cTypes: readonly [];
        readonly headerWords: readonly [];
    };
    readonly uint32: {
        readonly cTypes: readonly ["uint32_t"];
        readonly headerWords: readonly ["uint", "uint32"];
        readonly schema: {
            readonly type: 'integer';
            readonly minimum: number;
            readonly maximum: number;
        };
        readonly range: readonly [0n, bigint];
        readonly bridge: 'number';
        readonly ts: 'number';
        readonly koffi: 'uint32_t';
        readonly facadeValue: 'same';
        readonly cs: {
            readonly native: 'uint';
            readonly facade: 'double';
            readonly toNative: 'TimConvArgs.TryToUInt32';
            readonly hint: 'A whole number from 0 to 4294967295.';
        };
    };
    readonly uint64: {
        readonly cTypes: readonly ["uint64_t"];
        readonly headerWords: readonly ["uint64"];
        readonly schema: {
            readonly 'x-int64': {
                readonly signed: false;
            };
        };
        readonly range: readonly [0n, bigint];
        readonly bridge: 'bigint';
        readonly ts: 'bigint';
        readonly koffi: 'uint64_t';
        readonly facadeValue: 'decimal';
        readonly cs: {
            readonly native: 'ulong';
            readonly facade: 'string';
            readonly toNative: 'TimConvArgs.TryParseUInt64';
            readonly fromNative: 'TimConvArgs.FromUInt64';
            readonly hint: 'As a decimal string (64-bit).';
        };
    };
    readonly int64: {
        readonly cTypes: readonly ["int64_t"];
        readonly headerWords: readonly ["int64"];
        readonly schema: {
            readonly 'x-int64': {
                readonly signed: true;
            };
        };
        readonly range: readonly [bigint, bigint];
        readonly bridge: 'bigint';
        readonly ts: 'bigint';
        readonly koffi: 'int64_t';
        readonly facadeValue: 'decimal';
        readonly cs: {
            readonly native: 'long';
            readonly facade: 'string';
            readonly toNative: 'TimConvArgs.TryParseInt64';
            readonly fromNative: 'TimConvArgs.FromInt64';
            readonly hint: 'As a decimal string (64-bit, signed).';
        };
    };
    readonly bool: {
        readonly cTypes: readonly ["bool"];
        readonly headerWords: readonly ["bool"];
        readonly schema: {
            readonly type: 'boolean';
        };
        readonly bridge: 'boolean';
        readonly ts: 'boolean';
        readonly koffi: 'bool';
        readonly facadeValue: 'same';
        readonly cs: {
            readonly native: 'bool';
            readonly marshal: '[MarshalAs(UnmanagedType.U1)]';
            readonly facade: 'bool';
        };
    };
    readonly double: {
        readonly cTypes: readonly ["double"];
        readonly headerWords: readonly ["double"];
        readonly schema: {
            readonly type: 'number';
        };
        readonly bridge: 'number';
        readonly ts: 'number';
        readonly koffi: 'double';
        readonly facadeValue: 'same';
        readonly cs: {
            readonly native: 'double';
            readonly facade: 'double';
        };
    };
};
/** A row of the table: how a value parameter crosses. Also the parameter kind of the API table. */
export type ValueKind = keyof typeof CROSSINGS;
export declare const VALUE_KINDS: ValueKind[];
/** The row of a C type, or undefined (enums and JSON strings are chosen by role, not by C type). */
export declare function kindOfCType(cType: string): ValueKind | undefined;
/** The row of a header type word ("uint" -> uint32), or undefined. */
export declare function kindOfHeaderWord(word: string): ValueKind | undefined;
/** What a Bridge argument of the kind must be, in words, for error messages. */
export declare function expectedValue(kind: ValueKind): string;
/**
 * Checks one Bridge argument against its row and returns it in the row's JS type (a safe integer
 * for a 64-bit kind becomes a bigint), or undefined when it does not fit: wrong type, out of range,
 * not whole, or a string with a NUL (a C string ends there).
 */
export declare function toBridgeValue(kind: ValueKind, v: unknown): string | number | bigint | boolean | undefined;
/** `n` held within the range of an integer row that crosses as a number (a count summed past C's
 *  int stops at its largest value): the nearest bound when beyond it. */
export declare function clampToRange(kind: 'int32' | 'uint32', n: number): number;
/** How Puerts' typings spell each facade type in TS (`$name: number`). */
export declare const FACADE_TS_OF_CS: {
    readonly string: 'string';
    readonly int: 'number';
    readonly double: 'number';
    readonly bool: 'boolean';
};
