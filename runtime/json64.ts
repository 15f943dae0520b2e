// JSON with exact 64-bit integers. Keys listed as exact (conv_active_time, message_unique_id, ...)
// always come out as bigint, however small, so their TS type is one thing; every other number is a
// plain number, as JSON.parse gives it. Values at exact keys that are not integers (1.5, "12",
// null) are left as they are, for the validators to report. A number belongs to its nearest key,
// looking through arrays: the items of `"conv_mark_array":[1,[2]]` are exact, the keys of an object
// inside that array are judged on their own. Keys are matched after their escapes are decoded.
// Serializing writes bigint as a bare integer literal and a number beyond 2^53 as the exact value of
// its double (json64/stringify.ts says why). Nothing here mutates its input or uses a Node or browser
// API: it runs in Puerts' engines as it is.
//
// Parsing takes the fast path (json64/fast-parse.ts) and falls back to the exact pass
// (json64/exact-parse.ts, a strict reader of its own that refuses what JSON.parse refuses) for the
// rare texts the fast path cannot vouch for. The runtime core reads results without this codec
// where it can: the generated validators run the fast path's conversion while they check the
// value (runtime/core/output.ts), and this codec is the fallback.
import { exactParser } from './json64/exact-parse.ts';
import { createFastConverter } from './json64/fast-parse.ts';
import { stringify } from './json64/stringify.ts';

export { exactParser, stringify };

export interface Json64Codec {
  parse(text: string): unknown;
  stringify(value: unknown): string;
  readonly exactKeys: ReadonlySet<string>;
}

/** Builds a codec for a fixed set of exact keys. */
export function createJson64(exactKeys: readonly string[]): Json64Codec {
  const keys = new Set(exactKeys);
  const convert = createFastConverter(exactKeys);
  const exact = exactParser(exactKeys);
  return {
    exactKeys: keys,
    parse(text: string): unknown {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || keys.size === 0) return value;
      return convert(text, value) ? value : exact(text);
    },
    stringify,
  };
}
