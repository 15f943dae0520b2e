// The fast way to parse with exact 64-bit integers, without rewriting the text (building a changed
// copy of a large text costs more than parsing it). JSON.parse runs on the text as it is; then one
// walk converts the values of exact keys. A safe integer becomes BigInt(value). An integer beyond
// 2^53 was rounded by JSON.parse, so its digits are read back from the text: JSON.parse creates
// properties in text order and the walk visits them in that order, so a cursor moving forward
// through the text finds each one with indexOf. Every digit string found must round to the value
// JSON.parse produced. Where the order cannot be trusted (objects with integer-like keys, which
// engines enumerate first) or a value is not found, the conversion gives up and the caller falls
// back to the exact pass.
//
// The walk is either the generic one here, or the generated validators' own (they visit objects
// with for-in too, and call `ex`, `prop` and `walk` for what they meet; runtime/core/output.ts), so
// that checking and converting a result is one pass over it.
//
// Known limit: JSON leaves repeated keys in one object undefined and JSON.parse keeps the last; if
// a dropped duplicate held a 64-bit value that rounds to the same double as the kept one, its
// digits may be used. The SDK never repeats a key.
import { BACKSLASH, BRACKET, CLOSE_BRACKET, COLON, COMMA, MINUS, integerToBig, isDigit } from './chars.ts';

/** Thrown inside the walk when it cannot vouch for a value; never escapes a conversion's caller. */
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
 * The conversion of one JSON.parse result at a time (not re-entrant: nothing in it calls out).
 * `begin(text)`, then the walk, then `end()`; a walk that gives up throws, see `gaveUp`.
 */
export class ExactConversion {
  private src = '';
  private cursor = 0;
  private ordered = true;
  // indexOf is fastest when the needle starts with a character that is rare in the text (the
  // engine skips to candidates with memchr), and JSON is full of quotes. So each key is searched
  // from its rarest character, judged by a sample of the first text that needs the key, and the
  // rest of `"key"` is checked around the hit. The choice is kept: the payloads of one SDK look
  // alike, and any choice finds the same values.
  private readonly finders = new Map<string, { needle: string; head: string }>();

  constructor(private readonly keys: ReadonlySet<string>) {}

  /** Whether `err` is a conversion that gave up (or ran out of stack: the exact pass keeps its own). */
  static gaveUp(err: unknown): boolean {
    return err === GIVE_UP || err instanceof RangeError;
  }

  /** Set by accept(): a validator took this conversion for the current text. */
  private taken = false;

  begin(text: string): void {
    this.src = text;
    this.cursor = 0;
    this.ordered = true;
    this.taken = false;
  }

  /**
   * Called by a generated validator when it is given this conversion: the promise that it converts
   * as it walks. A validator that never calls it (a wrapper that drops the second argument) has
   * converted nothing, whatever its `exactKeys` say.
   */
  accept(): void {
    this.taken = true;
  }

  /** Whether a validator accepted the conversion since begin(). */
  get accepted(): boolean {
    return this.taken;
  }

  end(): void {
    this.src = ''; // do not keep a large payload alive
  }

  giveUp(): never {
    throw GIVE_UP;
  }

  /** The value an exact key's value `x` becomes. */
  ex(key: string, x: unknown): unknown {
    if (typeof x === 'number') {
      if (Number.isSafeInteger(x)) return BigInt(x);
      return Number.isInteger(x) ? this.readScalar(key, x) : x;
    }
    if (typeof x === 'object' && x !== null) {
      if (Array.isArray(x)) return this.convertArray(key, x);
      this.walk(x);
    }
    return x;
  }

  /** Converts property `k` of `o` (value `x`) and everything inside it. */
  prop(o: Record<string, unknown>, k: string, x: unknown): void {
    // Engines enumerate integer-like keys first, so an object holding one is not in text order.
    if (isDigit(k.charCodeAt(0))) this.ordered = false;
    if (typeof x === 'object') {
      if (x === null) return;
      if (Array.isArray(x) && this.keys.has(k)) o[k] = this.convertArray(k, x);
      else this.walk(x);
    } else if (typeof x === 'number' && this.keys.has(k)) {
      if (Number.isSafeInteger(x)) o[k] = BigInt(x);
      else if (Number.isInteger(x)) o[k] = this.readScalar(k, x);
    }
  }

  /** Converts everything inside `v`. */
  walk(v: unknown): void {
    if (typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'object' && x !== null) this.walk(x);
      }
      return;
    }
    const o = v as Record<string, unknown>;
    for (const k in o) this.prop(o, k, o[k]);
  }

  private finderFor(key: string): { needle: string; head: string } {
    let f = this.finders.get(key);
    if (f) return f;
    const sample = charCounts(this.src, 4096);
    const quoted = `"${key}"`;
    let best = 0;
    for (let j = 1; j < quoted.length - 1; j++) {
      if (countOf(sample, quoted.charCodeAt(j)) <= countOf(sample, quoted.charCodeAt(best))) best = j;
    }
    f = { needle: quoted.slice(best), head: quoted.slice(0, best) };
    this.finders.set(key, f);
    return f;
  }

  /**
   * Where the value of the next `"key":` at or after `from` starts (past the colon and white
   * space). Throws GIVE_UP when there is none. The value may still turn out not to be the one
   * wanted: the caller then looks again from the returned index.
   */
  private nextValue(key: string, from: number): number {
    const { src } = this;
    const { needle, head } = this.finderFor(key);
    for (let cursor = from; ;) {
      const hit = src.indexOf(needle, cursor);
      if (hit < 0) throw GIVE_UP;
      cursor = hit + needle.length;
      const at = hit - head.length;
      if (at < 0 || (head.length > 0 && !src.startsWith(head, at))) continue;
      // A key's opening quote never follows a backslash in valid JSON; inside a string it would.
      if (at > 0 && src.charCodeAt(at - 1) === BACKSLASH) continue;
      let i = cursor;
      let c = src.charCodeAt(i);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = src.charCodeAt(++i);
      if (c !== COLON) continue; // a string value equal to the key, not the key
      do c = src.charCodeAt(++i); while (c === 32 || c === 10 || c === 13 || c === 9);
      return i;
    }
  }

  /**
   * The exact value of an unsafe integer JSON.parse rounded to x, read from the text: the first
   * `"key":` after the cursor whose value is an integer literal that rounds to x.
   */
  private readScalar(key: string, x: number): bigint {
    if (!this.ordered) throw GIVE_UP;
    const { src } = this;
    for (let from = this.cursor; ;) {
      let i = this.nextValue(key, from);
      from = i;
      const start = i;
      let c = src.charCodeAt(i);
      if (c === MINUS) c = src.charCodeAt(++i);
      const digits = i;
      while (c >= 48 && c <= 57) c = src.charCodeAt(++i);
      // Not an integer literal, or (x being at least 2^53) too short to round to x.
      if (i - digits < 16 || c === 46 || c === 101 || c === 69) continue;
      from = i;
      const exact = BigInt(src.slice(start, i));
      if (Number(exact) === x) {
        this.cursor = i;
        return exact;
      }
    }
  }

  /**
   * Like readScalar for an exact key's array of numbers, some of them unsafe: the safe items are
   * checked against the text digit by digit and taken as they are; only unsafe items are read
   * into a bigint from the text.
   */
  private readArray(key: string, xs: number[]): bigint[] {
    if (!this.ordered) throw GIVE_UP;
    const { src } = this;
    for (let from = this.cursor; ;) {
      let i = this.nextValue(key, from);
      from = i;
      let c = src.charCodeAt(i);
      if (c !== BRACKET) continue;
      do c = src.charCodeAt(++i); while (c === 32 || c === 10 || c === 13 || c === 9);
      const out = new Array<bigint>(xs.length);
      let n = 0;
      for (; n < xs.length; n++) {
        const x = xs[n];
        const start = i;
        const negative = c === MINUS;
        if (negative) c = src.charCodeAt(++i);
        const digits = i;
        let value = 0;
        while (c >= 48 && c <= 57) {
          value = value * 10 + (c - 48);
          c = src.charCodeAt(++i);
        }
        if (i === digits || c === 46 || c === 101 || c === 69) break;
        if (i - digits <= 15) { // exact in a double: compare as numbers
          if ((negative ? -value : value) !== x) break;
          out[n] = integerToBig(x) as bigint;
        } else {
          const exact = BigInt(src.slice(start, i));
          if (Number(exact) !== x) break;
          out[n] = exact;
        }
        while (c === 32 || c === 10 || c === 13 || c === 9) c = src.charCodeAt(++i);
        if (c === COMMA) {
          do c = src.charCodeAt(++i); while (c === 32 || c === 10 || c === 13 || c === 9);
        }
      }
      from = i;
      if (n === xs.length && c === CLOSE_BRACKET) {
        this.cursor = i;
        return out;
      }
    }
  }

  private convertArray(key: string, xs: unknown[]): unknown[] {
    let unsafe = false;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      if (typeof x !== 'number') throw GIVE_UP; // mixed arrays: let the exact pass sort them out
      if (Number.isInteger(x) && !Number.isSafeInteger(x)) unsafe = true;
    }
    return unsafe ? this.readArray(key, xs as number[]) : (xs as number[]).map(integerToBig);
  }
}

/**
 * The fast path for a fixed set of exact keys: converts, in place, the value JSON.parse made of
 * `text`. Returns false when it cannot vouch for every value; the caller then parses again with
 * the exact pass (the value may be half converted by then and must be dropped).
 */
export function createFastConverter(exactKeys: readonly string[]): (text: string, value: object) => boolean {
  const conversion = new ExactConversion(new Set(exactKeys));
  return (text, value) => {
    conversion.begin(text);
    try {
      conversion.walk(value);
      return true;
    } catch (err) {
      if (!ExactConversion.gaveUp(err)) throw err;
      return false;
    } finally {
      conversion.end();
    }
  };
}
