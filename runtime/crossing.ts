// How each C value type crosses every boundary, one row per type: the schema the importer writes
// for it, the IR kind, the koffi type, the C# P/Invoke type and its marshaling, the Puerts facade
// type with the C# conversions both ways, the JS value a Bridge passes, the TS type and the range.
// The generator (importer, IR, emitters), the bridges and the simulator all read these rows, so
// changing how a type crosses, or adding one, is an edit here (plus, when the row's C# conversion
// is a new one, its helper in generator/templates/csharp/static/TimConvArgs.cs: a conversion is
// code; test/generator/new-c-type.test.ts compiles both). Runtime code: no Node APIs.

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

const INT32_RANGE = [-(2n ** 31n), 2n ** 31n - 1n] as const;
const UINT32_RANGE = [0n, 2n ** 32n - 1n] as const;

const STRING: Crossing = {
  cTypes: ['const char*'], headerWords: ['string'], schema: { type: 'string' },
  bridge: 'string', ts: 'string', koffi: 'str', facadeValue: 'same',
  cs: { native: 'IntPtr', facade: 'string', toNative: 'utf8', fromNative: 'TimConvUtf8.FromNative' },
};

const INT32: Crossing = {
  cTypes: ['int', 'int32_t'], headerWords: ['int', 'int32'],
  schema: { type: 'integer', minimum: Number(INT32_RANGE[0]), maximum: Number(INT32_RANGE[1]) }, range: INT32_RANGE,
  bridge: 'number', ts: 'number', koffi: 'int32_t', facadeValue: 'same',
  cs: { native: 'int', facade: 'int' },
};

export const CROSSINGS = {
  string: STRING,
  /** A `const char*` that carries JSON text: crosses as a string; the core serializes and parses it. */
  json: { ...STRING, cTypes: [], headerWords: [], cs: { ...STRING.cs, hint: 'JSON text.' } },
  int32: INT32,
  /** A C enum: crosses as a C int; its TS type is the enum. */
  enum: { ...INT32, cTypes: [], headerWords: [] },
  uint32: {
    cTypes: ['uint32_t'], headerWords: ['uint', 'uint32'],
    schema: { type: 'integer', minimum: Number(UINT32_RANGE[0]), maximum: Number(UINT32_RANGE[1]) }, range: UINT32_RANGE,
    // A double holds every uint32 exactly, and Puerts passes a JS number to it unchanged.
    bridge: 'number', ts: 'number', koffi: 'uint32_t', facadeValue: 'same',
    cs: { native: 'uint', facade: 'double', toNative: 'TimConvArgs.TryToUInt32', hint: 'A whole number from 0 to 4294967295.' },
  },
  // 64-bit integers cross the facade as decimal text: Puerts would turn C# long/ulong into bigint,
  // and signed under Puerts 2.x.
  uint64: {
    cTypes: ['uint64_t'], headerWords: ['uint64'], schema: { 'x-int64': { signed: false } }, range: [0n, 2n ** 64n - 1n],
    bridge: 'bigint', ts: 'bigint', koffi: 'uint64_t', facadeValue: 'decimal',
    cs: { native: 'ulong', facade: 'string', toNative: 'TimConvArgs.TryParseUInt64', fromNative: 'TimConvArgs.FromUInt64', hint: 'As a decimal string (64-bit).' },
  },
  int64: {
    cTypes: ['int64_t'], headerWords: ['int64'], schema: { 'x-int64': { signed: true } }, range: [-(2n ** 63n), 2n ** 63n - 1n],
    bridge: 'bigint', ts: 'bigint', koffi: 'int64_t', facadeValue: 'decimal',
    cs: { native: 'long', facade: 'string', toNative: 'TimConvArgs.TryParseInt64', fromNative: 'TimConvArgs.FromInt64', hint: 'As a decimal string (64-bit, signed).' },
  },
  bool: {
    cTypes: ['bool'], headerWords: ['bool'], schema: { type: 'boolean' },
    bridge: 'boolean', ts: 'boolean', koffi: 'bool', facadeValue: 'same',
    cs: { native: 'bool', marshal: '[MarshalAs(UnmanagedType.U1)]', facade: 'bool' },
  },
  double: {
    cTypes: ['double'], headerWords: ['double'], schema: { type: 'number' },
    bridge: 'number', ts: 'number', koffi: 'double', facadeValue: 'same',
    cs: { native: 'double', facade: 'double' },
  },
} as const satisfies Record<string, Crossing>;

/** A row of the table: how a value parameter crosses. Also the parameter kind of the API table. */
export type ValueKind = keyof typeof CROSSINGS;

export const VALUE_KINDS = Object.keys(CROSSINGS) as ValueKind[];

const rows = () => Object.entries(CROSSINGS as Record<string, Crossing>) as [ValueKind, Crossing][];

/** The row of a C type, or undefined (enums and JSON strings are chosen by role, not by C type). */
export function kindOfCType(cType: string): ValueKind | undefined {
  return rows().find(([, r]) => r.cTypes.includes(cType))?.[0];
}

/** The row of a header type word ("uint" -> uint32), or undefined. */
export function kindOfHeaderWord(word: string): ValueKind | undefined {
  return rows().find(([, r]) => r.headerWords.includes(word))?.[0];
}

/** What a Bridge argument of the kind must be, in words, for error messages. */
export function expectedValue(kind: ValueKind): string {
  const row: Crossing = CROSSINGS[kind];
  if (row.bridge === 'string') return 'a string without NUL characters';
  if (row.bridge === 'boolean') return 'a boolean';
  if (!row.range) return 'a number';
  const span = `${row.range[0]}..${row.range[1]}`;
  return row.bridge === 'bigint' ? `a bigint (or a safe integer) in ${span}` : `an integer in ${span}`;
}

/** The range of an integer row that crosses as a number, as numbers (exact: such a range lies
 *  within 2^53), made once per row, so checking an argument compares numbers and makes no BigInt
 *  (it runs for every argument of every call). Keyed by the row itself: a row added later works. */
const NUMBER_RANGES = new WeakMap<Crossing, readonly [number, number]>();

function numberRange(row: Crossing): readonly [number, number] | undefined {
  if (!row.range) return undefined;
  let range = NUMBER_RANGES.get(row);
  if (!range) NUMBER_RANGES.set(row, (range = [Number(row.range[0]), Number(row.range[1])]));
  return range;
}

/**
 * Checks one Bridge argument against its row and returns it in the row's JS type (a safe integer
 * for a 64-bit kind becomes a bigint), or undefined when it does not fit: wrong type, out of range,
 * not whole, or a string with a NUL (a C string ends there).
 */
export function toBridgeValue(kind: ValueKind, v: unknown): string | number | bigint | boolean | undefined {
  const row: Crossing = CROSSINGS[kind];
  switch (row.bridge) {
    case 'string': return typeof v === 'string' && !v.includes('\0') ? v : undefined;
    case 'boolean': return typeof v === 'boolean' ? v : undefined;
    case 'number': {
      if (typeof v !== 'number' || Number.isNaN(v)) return undefined;
      const range = numberRange(row);
      if (!range) return v;
      return Number.isInteger(v) && v >= range[0] && v <= range[1] ? v : undefined;
    }
    case 'bigint': {
      const n = typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined;
      return n !== undefined && (!row.range || inRange(n, row.range)) ? n : undefined;
    }
  }
}

const inRange = (n: bigint, [lo, hi]: readonly [bigint, bigint]) => n >= lo && n <= hi;

/** `n` held within the range of an integer row that crosses as a number (a count summed past C's
 *  int stops at its largest value): the nearest bound when beyond it. */
export function clampToRange(kind: 'int32' | 'uint32', n: number): number {
  const [lo, hi] = numberRange(CROSSINGS[kind])!; // both rows have one
  return n > hi ? hi : n < lo ? lo : n;
}

/** How Puerts' typings spell each facade type in TS (`$name: number`). */
export const FACADE_TS_OF_CS = { string: 'string', int: 'number', double: 'number', bool: 'boolean' } as const satisfies Record<CsCrossing['facade'], string>;
