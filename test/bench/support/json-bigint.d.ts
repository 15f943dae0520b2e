// json-bigint ships no types; the benchmark uses this much of it.
declare module 'json-bigint' {
  interface JsonBig {
    parse(text: string): unknown;
    stringify(value: unknown): string;
  }
  function JSONbig(options?: { useNativeBigInt?: boolean; alwaysParseAsBig?: boolean }): JsonBig;
  export default JSONbig;
}
