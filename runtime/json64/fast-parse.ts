// The fast way to parse with exact 64-bit integers, without rewriting the text (building a changed
// copy of a large text costs more than parsing it). JSON.parse runs on the text as it is; then one
// walk converts the values of exact keys. A safe integer becomes BigInt(value). An integer beyond
// 2^53 was rounded by JSON.parse, so its digits are read back from the text: JSON.parse creates
// properties in text order and the walk visits them in that order, so a cursor moving forward
// through the text finds each one with indexOf. Every digit string found must round to the value
// JSON.parse produced. Where the order cannot be trusted (objects with integer-like keys, which
// engines enumerate first) or a value is not found, the converter gives up and the caller falls
// back to the exact pass.
//
// Known limit: JSON leaves repeated keys in one object undefined and JSON.parse keeps the last; if
// a dropped duplicate held a 64-bit value that rounds to the same double as the kept one, its
// digits may be used. The SDK never repeats a key.
import { BACKSLASH, BRACKET, CLOSE_BRACKET, COLON, COMMA, MINUS, integerToBig, isDigit } from './chars.ts';

/** Thrown inside the walk when it cannot vouch for a value; never escapes the converter. */
const GIVE_UP = { giveUp: true };

/** Occurrences of each character code below 128 in the first `n` characters of `s`. */
function charCounts(s: string, n: number): Uint32Array {
  const counts = new Uint32Array(128);
  const end = Math.min(n, s.length);
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) counts[c]++;
  }
  return counts;
}

function countOf(counts: Uint32Array, c: number): number {
  return c < 128 ? counts[c] : 0;
}

/**
 * The fast path for a fixed set of exact keys: converts, in place, the value JSON.parse made of
 * `text`. Returns false when it cannot vouch for every value; the caller then parses again with
 * the exact pass (the value may be half converted by then and must be dropped).
 */
export function createFastConverter(exactKeys: readonly string[]): (text: string, value: object) => boolean {
  const keys = new Set(exactKeys);

  // State of one conversion (not re-entrant: nothing in it calls out).
  let src = '';
  let cursor = 0;
  let ordered = true;

  /** Skips JSON whitespace from i. */
  const skipWs = (i: number): number => {
    let c = src.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = src.charCodeAt(++i);
    return i;
  };

  /** End of the integer literal at i, or -1 when the token there is not one. */
  const integerEnd = (i: number): number => {
    if (src.charCodeAt(i) === MINUS) i++;
    const first = i;
    while (isDigit(src.charCodeAt(i))) i++;
    if (i === first) return -1;
    const c = src.charCodeAt(i);
    return c === 46 || c === 101 || c === 69 ? -1 : i; // '.', 'e', 'E': not an integer literal
  };

  // indexOf is fastest when the needle starts with a character that is rare in the text (the
  // engine skips to candidates with memchr), and JSON is full of quotes. So each key is searched
  // from its rarest character, judged by a sample of the text, and the rest of `"key"` is checked
  // around the hit.
  let sample: Uint32Array | null = null;
  const finders = new Map<string, { needle: string; head: string }>();
  const finderFor = (key: string) => {
    let f = finders.get(key);
    if (f) return f;
    if (!sample) sample = charCounts(src, 4096);
    const quoted = `"${key}"`;
    let best = 0;
    for (let j = 1; j < quoted.length - 1; j++) {
      if (countOf(sample, quoted.charCodeAt(j)) <= countOf(sample, quoted.charCodeAt(best))) best = j;
    }
    f = { needle: quoted.slice(best), head: quoted.slice(0, best) };
    finders.set(key, f);
    return f;
  };

  /** Position of the value of the next `"key":` from the cursor, or -1. */
  const nextValueOf = (key: string): number => {
    const { needle, head } = finderFor(key);
    for (;;) {
      const hit = src.indexOf(needle, cursor);
      if (hit < 0) return -1;
      cursor = hit + needle.length;
      const at = hit - head.length;
      if (at < 0 || !src.startsWith(head, at)) continue;
      // A key's opening quote never follows a backslash in valid JSON; inside a string it would.
      if (at > 0 && src.charCodeAt(at - 1) === BACKSLASH) continue;
      const colon = skipWs(cursor);
      if (src.charCodeAt(colon) !== COLON) continue; // a string value equal to the key, not the key
      return skipWs(colon + 1);
    }
  };

  /** The exact value of an unsafe integer JSON.parse rounded to x, read from the text. */
  const readScalar = (key: string, x: number): bigint => {
    if (!ordered) throw GIVE_UP;
    for (;;) {
      const start = nextValueOf(key);
      if (start < 0) throw GIVE_UP;
      const end = integerEnd(start);
      if (end < 0) continue;
      cursor = end;
      const exact = BigInt(src.slice(start, end));
      if (Number(exact) === x) return exact;
    }
  };

  /** Like readScalar for an exact key's array of numbers, some of them unsafe. */
  const readArray = (key: string, xs: number[]): bigint[] => {
    if (!ordered) throw GIVE_UP;
    for (;;) {
      let i = nextValueOf(key);
      if (i < 0) throw GIVE_UP;
      if (src.charCodeAt(i) !== BRACKET) continue;
      const out: bigint[] = [];
      i = skipWs(i + 1);
      while (out.length < xs.length) {
        const end = integerEnd(i);
        if (end < 0) break;
        const exact = BigInt(src.slice(i, end));
        if (Number(exact) !== xs[out.length]) break;
        out.push(exact);
        i = skipWs(end);
        if (src.charCodeAt(i) === COMMA) i = skipWs(i + 1);
      }
      cursor = i;
      if (out.length === xs.length && src.charCodeAt(i) === CLOSE_BRACKET) return out;
    }
  };

  const convertArray = (key: string, xs: unknown[]): unknown[] => {
    let unsafe = false;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      if (typeof x !== 'number') throw GIVE_UP; // mixed arrays: let the exact pass sort them out
      if (Number.isInteger(x) && !Number.isSafeInteger(x)) unsafe = true;
    }
    return unsafe ? readArray(key, xs as number[]) : (xs as number[]).map(integerToBig);
  };

  const walk = (v: object): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'object' && x !== null) walk(x);
      }
      return;
    }
    const o = v as Record<string, unknown>;
    let first = true;
    for (const k in o) {
      // Engines enumerate integer-like keys first, so such an object is not in text order.
      if (first) {
        first = false;
        if (isDigit(k.charCodeAt(0))) ordered = false;
      }
      const x = o[k];
      if (typeof x === 'object') {
        if (x === null) continue;
        if (Array.isArray(x) && keys.has(k)) o[k] = convertArray(k, x);
        else walk(x);
      } else if (typeof x === 'number' && keys.has(k)) {
        if (Number.isSafeInteger(x)) o[k] = BigInt(x);
        else if (Number.isInteger(x)) o[k] = readScalar(k, x);
      }
    }
  };

  return (text, value) => {
    src = text;
    cursor = 0;
    ordered = true;
    sample = null;
    finders.clear();
    try {
      walk(value);
      return true;
    } catch (err) {
      // A RangeError is the walk running out of stack on a deeply nested text (JSON.parse nests
      // far deeper): the exact pass keeps its own stack.
      if (err !== GIVE_UP && !(err instanceof RangeError)) throw err;
      return false;
    } finally {
      src = ''; // do not keep a large payload alive
    }
  };
}
