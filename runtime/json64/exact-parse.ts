// The exact pass: a strict JSON reader of its own that never hands a number to a double before it
// knows where the number sits. A number whose nearest enclosing key (looking through arrays) is an
// exact key becomes a bigint with every digit when it is written as an integer literal; written with
// a fraction or an exponent it goes through its double (1e3 -> 1000n, 1.5 stays 1.5), as the fast
// path does. Keys are compared after their escapes are decoded, strings are never reinterpreted, and
// nesting depth is bounded only by memory (the reader keeps its own stack, no recursion). Grammar
// errors throw a SyntaxError with the position, as JSON.parse does for the same texts.
//
// It reads character by character, so it is several times slower than JSON.parse: it is the
// fallback of the fast path (fast-parse.ts), used for the texts that path cannot vouch for.
import {
  BACKSLASH, BRACKET, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, DOT, MINUS, OPEN_BRACE, QUOTE, ZERO, integerToBig, isDigit,
} from './chars.ts';

type Container = Record<string, unknown> | unknown[];

/** One open object or array; `exact` says whether the numbers directly inside it are exact. */
interface Frame {
  container: Container;
  isArray: boolean;
  key: string;
  exact: boolean;
}

/** A run of string characters that need no decoding: no quote, backslash or control character. */
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A parser for a fixed set of exact keys; gives the same values as the codec's fast path. */
export function exactParser(exactKeys: readonly string[]): (text: string) => unknown {
  const keys = new Set(exactKeys);
  return (text) => new ExactReader(text, keys).read();
}

/** Sets a property the way JSON.parse does: `__proto__` becomes an own property, not the prototype. */
function setProperty(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  else o[key] = value;
}

class ExactReader {
  private i = 0;

  constructor(private readonly src: string, private readonly keys: ReadonlySet<string>) {}

  read(): unknown {
    const stack: Frame[] = [];
    let exact = false; // whether a number read next is exact
    this.skipWs();
    for (;;) {
      let value: unknown;
      const c = this.src.charCodeAt(this.i);
      if (c === OPEN_BRACE || c === BRACKET) {
        this.i++;
        this.skipWs();
        const isArray = c === BRACKET;
        const container: Container = isArray ? [] : {};
        if (this.src.charCodeAt(this.i) === (isArray ? CLOSE_BRACKET : CLOSE_BRACE)) {
          this.i++;
          value = container;
        } else {
          const key = isArray ? '' : this.readKey();
          if (!isArray) exact = this.keys.has(key);
          stack.push({ container, isArray, key, exact });
          continue; // read the first member
        }
      } else {
        value = this.readScalar(c, exact);
      }
      // Attach the value to its container; close every container that ends here.
      for (;;) {
        const top = stack[stack.length - 1];
        this.skipWs();
        if (!top) {
          if (this.i < this.src.length) this.fail();
          return value;
        }
        if (top.isArray) (top.container as unknown[]).push(value);
        else setProperty(top.container as Record<string, unknown>, top.key, value);
        const sep = this.src.charCodeAt(this.i);
        if (sep === COMMA) {
          this.i++;
          this.skipWs();
          if (!top.isArray) top.key = this.readKey();
          exact = top.isArray ? top.exact : this.keys.has(top.key);
          break; // read the next member
        }
        if (sep !== (top.isArray ? CLOSE_BRACKET : CLOSE_BRACE)) this.fail();
        this.i++;
        value = top.container;
        stack.pop();
      }
    }
  }

  /** A string, number or literal starting with character code c. */
  private readScalar(c: number, exact: boolean): unknown {
    if (c === QUOTE) return this.readString();
    if (c === MINUS || isDigit(c)) return this.readNumber(exact);
    for (const [word, value] of LITERALS) {
      if (this.src.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    return this.fail();
  }

  /** `"key"`, whitespace and the colon; leaves the position at the member's value. */
  private readKey(): string {
    if (this.src.charCodeAt(this.i) !== QUOTE) this.fail();
    const key = this.readString();
    this.skipWs();
    if (this.src.charCodeAt(this.i) !== COLON) this.fail();
    this.i++;
    this.skipWs();
    return key;
  }

  private readString(): string {
    const { src } = this;
    let j = this.i + 1;
    let start = j;
    let out = '';
    for (;;) {
      PLAIN_RUN.lastIndex = j; // skip the characters that stand for themselves in one regex step
      PLAIN_RUN.test(src);
      j = PLAIN_RUN.lastIndex;
      const c = src.charCodeAt(j);
      if (c === QUOTE) {
        this.i = j + 1;
        return out + src.slice(start, j);
      }
      if (c === BACKSLASH) {
        out += src.slice(start, j);
        const e = src[j + 1];
        if (e === 'u') {
          const hex = src.slice(j + 2, j + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(j + 2);
          out += String.fromCharCode(parseInt(hex, 16));
          j += 6;
        } else {
          const decoded = e === undefined ? undefined : ESCAPES[e];
          if (decoded === undefined) this.fail(j + 1);
          out += decoded;
          j += 2;
        }
        start = j;
        continue;
      }
      if (!(c >= 0x20)) this.fail(j); // a raw control character, or the end of the text (NaN)
      j++;
    }
  }

  /** `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` */
  private readNumber(exact: boolean): number | bigint {
    const { src } = this;
    const start = this.i;
    let j = start;
    if (src.charCodeAt(j) === MINUS) j++;
    // A leading 0 stands alone: in 012 the number ends after the 0 and the 1 is a syntax error.
    j = src.charCodeAt(j) === ZERO ? j + 1 : this.digits(j);
    const integerEnd = j;
    if (src.charCodeAt(j) === DOT) j = this.digits(j + 1);
    if ((src.charCodeAt(j) | 32) === 101) { // 'e' or 'E'
      j++;
      if (src[j] === '+' || src[j] === '-') j++;
      j = this.digits(j);
    }
    this.i = j;
    const literal = src.slice(start, j);
    if (!exact) return Number(literal);
    return j === integerEnd ? BigInt(literal) : integerToBig(Number(literal));
  }

  /** End of a run of at least one digit starting at j. */
  private digits(j: number): number {
    if (!isDigit(this.src.charCodeAt(j))) this.fail(j);
    while (isDigit(this.src.charCodeAt(j))) j++;
    return j;
  }

  private skipWs(): void {
    let c = this.src.charCodeAt(this.i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = this.src.charCodeAt(++this.i);
  }

  private fail(at = this.i): never {
    if (at >= this.src.length) throw new SyntaxError('Unexpected end of JSON input');
    throw new SyntaxError(`Unexpected token ${JSON.stringify(this.src[at])} in JSON at position ${at}`);
  }
}

const LITERALS: readonly [string, unknown][] = [['true', true], ['false', false], ['null', null]];
