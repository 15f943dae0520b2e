// The order-independent way to parse with exact 64-bit integers: every long integer literal at an
// exact key is first rewritten in the text as a marked string, then JSON.parse, then a walk turns
// those strings (and the shorter integers) into bigint. Exact by construction, but rewriting a
// large text costs more than parsing it, so it is the fallback of the fast path (fast-parse.ts).
import { BRACKET, QUOTE, escapeRe, integerToBig } from './chars.ts';

// Written into the JSON text as the escape \u0001, so JSON.parse yields strings starting with U+0001.
const MARK = '\\u0001';

/** A parser for a fixed set of exact keys; same results as the codec's fast parse. */
export function exactParser(exactKeys: readonly string[]): (text: string) => unknown {
  const keys = new Set(exactKeys);
  if (exactKeys.length === 0) return (text) => JSON.parse(text);
  // `"key" : <value>` where the value is a 16+ digit integer literal or an array of scalars. A key's
  // opening quote never follows a backslash; 15 digits or fewer are exact as doubles already.
  const str = '"(?:[^"\\\\]|\\\\.)*"';
  const keyRe = new RegExp(
    `(?<!\\\\)("(?:${exactKeys.map(escapeRe).join('|')})"\\s*:\\s*)(-?\\d{16,}(?![\\d.eE])|\\[(?:[^\\[\\]{}"]|${str})*\\])`, 'g');
  // Inside an array: strings are skipped whole so digits in them are never touched.
  const itemRe = new RegExp(`${str}|-?\\d{16,}(?![\\d.eE])`, 'g');
  const markLong = (n: string) => (n.charCodeAt(0) === QUOTE ? n : `"${MARK}${n}"`);
  const mark = (_m: string, head: string, val: string) =>
    head + (val.charCodeAt(0) === BRACKET ? val.replace(itemRe, markLong) : markLong(val));
  const toBig = (x: unknown): unknown => {
    if (typeof x === 'number') return integerToBig(x);
    if (typeof x === 'string' && x.charCodeAt(0) === 1) return BigInt(x.slice(1));
    return x;
  };
  const walk = (v: object): void => {
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) walk(x);
      return;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (typeof x === 'object' && x !== null) {
        if (keys.has(k) && Array.isArray(x)) o[k] = x.map(toBig);
        else walk(x);
      } else if (keys.has(k)) o[k] = toBig(x);
    }
  };
  return (text) => {
    const value: unknown = JSON.parse(text.replace(keyRe, mark));
    if (typeof value === 'object' && value !== null) walk(value);
    return value;
  };
}

