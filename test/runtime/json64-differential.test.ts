// The exact 64-bit parser against a reference, lossless-json, over generated JSON texts. The texts
// are written token by token, so they hold what a value-level generator never produces: keys and
// strings spelled with escapes, number literals in every grammatical form, raw control characters
// where JSON refuses them, arbitrary whitespace, deep nesting. The reference reads every number as
// its text, and the rule "a number is exact when its nearest key (through arrays) is exact" is
// applied to that by fixtures/json-reference.ts, written independently of the parser under test.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createJson64, exactParser } from '../../runtime/json64.ts';
import { referenceParser } from './fixtures/json-reference.ts';

const EXACT = ['conv_active_time', 'conv_mark_array', 'message_unique_id', 'message_seq'];
const codec = createJson64(EXACT);
const exact = exactParser(EXACT);

/** What the exact parser must return for `text`; throws where the text is not JSON. */
const reference = referenceParser(EXACT);

// ---- texts, token by token ----

const ws = fc.constantFrom('', '', '', ' ', '\n', '\t', '\r\n  ');
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates too

/** A JSON string literal for s, each character written plainly or as \uXXXX at random. */
function spell(s: string, escapes: boolean[]): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const plain = JSON.stringify(s[i]).slice(1, -1);
    out += escapes[i % Math.max(escapes.length, 1)] || plain.length > 1 || c >= 0xd800 && c < 0xe000
      ? `\\u${c.toString(16).padStart(4, '0')}` : plain;
  }
  return `${out}"`;
}

const spelled = (s: fc.Arbitrary<string>) => fc.tuple(s, fc.array(fc.boolean(), { maxLength: 8 })).map(([v, e]) => spell(v, e));

const keyName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EXACT) },
  { weight: 3, arbitrary: fc.constantFrom('conv_id', 'x', 'conv_active_timer', '7', '12', '__proto__', 'message_seq\u0000', '') },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 5 }) },
);
const stringLiteral = spelled(fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 8 }),
  fc.constantFrom('\u00011234', '\u0001abc', '\u0001', '12345678901234567890', '"message_seq":9223372036854775809', '\\'),
));

const digitRun = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
/** Every form of the number grammar: signs, zero, long integers, fractions, exponents. */
const numberLiteral = fc.oneof(
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(String),
  fc.constantFrom('0', '-0', '0.1234567890123456', '9223372036854775809', '18446744073709551615', '1e3', '1E+20', '-2.5e-3', '12345678901234567890.0', '1' + '0'.repeat(30)),
  fc.tuple(fc.boolean(), fc.oneof(fc.constant('0'), fc.tuple(fc.integer({ min: 1, max: 9 }), digitRun(0, 24)).map(([a, b]) => `${a}${b}`)),
    fc.option(digitRun(1, 20)), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digitRun(1, 3))))
    .map(([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);
const scalar = fc.oneof({ weight: 3, arbitrary: numberLiteral }, { weight: 2, arbitrary: stringLiteral }, fc.constantFrom('true', 'false', 'null'));

/** A JSON text; exact keys often hold arrays mixing numbers, null, strings and objects. */
const { text } = fc.letrec<{ text: string; array: string; object: string }>((tie) => ({
  text: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.tuple(ws, fc.array(fc.tuple(tie('text'), ws), { maxLength: 5 }), ws)
    .map(([a, items, b]) => `[${a}${items.map(([t, w]) => `${t}${w}`).join(',')}${b}]`),
  object: fc.tuple(fc.array(fc.tuple(ws, spelled(keyName), ws, ws, tie('text'), ws), { maxLength: 5 }), ws)
    .map(([members, w]) => `{${w}${members.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(',')}}`),
}));

/** A value nested `depth` levels deep in arrays and objects, exact keys at random levels. */
const deep = fc.tuple(fc.array(fc.tuple(fc.boolean(), fc.constantFrom('a', ...EXACT)), { minLength: 50, maxLength: 1500 }), numberLiteral)
  .map(([levels, leaf]) => levels.reduce((inner, [isArray, key]) => (isArray ? `[${inner},null]` : `{"${key}":${inner}}`), leaf));

/** A text broken in one place: a leading zero, a character dropped, doubled or replaced. */
const broken = fc.tuple(text, fc.nat(), fc.constantFrom('zero', 'drop', 'double', 'replace'), fc.constantFrom('0', ',', ']', '}', '"', '\\', '\u0001', ':', 'e', '.', '-'))
  .map(([t, at, how, c]) => {
    const i = t.length ? at % t.length : 0;
    switch (how) {
      case 'zero': return t.replace(/(?<![\d.eE])(-?)([1-9])/, '$10$2');
      case 'drop': return t.slice(0, i) + t.slice(i + 1);
      case 'double': return t.slice(0, i) + t[i] + t.slice(i);
      default: return t.slice(0, i) + c + t.slice(i + 1);
    }
  });

function outcome(parse: (t: string) => unknown, t: string): { value: unknown } | { error: string } {
  try {
    return { value: parse(t) };
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    return { error: 'SyntaxError' };
  }
}

describe('json64 against lossless-json (differential)', () => {
  it('generated texts parse to the same values', () => {
    fc.assert(fc.property(text, (t) => {
      const expected = reference(t);
      assert.deepStrictEqual(exact(t), expected);
      assert.deepStrictEqual(codec.parse(t), expected);
    }), { numRuns: 3000, seed: 128 });
  });

  it('deeply nested texts parse to the same values', () => {
    fc.assert(fc.property(deep, (t) => {
      const expected = reference(t);
      assert.deepStrictEqual(exact(t), expected);
      assert.deepStrictEqual(codec.parse(t), expected);
    }), { numRuns: 60, seed: 136 });
  });

  it('broken texts are refused by all three parsers alike, or read alike', () => {
    fc.assert(fc.property(broken, (t) => {
      const ref = outcome(reference, t);
      assert.equal('error' in outcome(JSON.parse, t), 'error' in ref, `JSON.parse and lossless-json disagree on ${t}`);
      assert.deepStrictEqual(outcome(exact, t), ref);
      assert.deepStrictEqual(outcome((x) => codec.parse(x), t), ref);
    }), { numRuns: 3000, seed: 144 });
  });

  it('the generators reach the shapes the exact pass once got wrong', () => {
    // Guards the generators themselves: a sample must contain every shape named in the header.
    const sample = fc.sample(text, { numRuns: 3000, seed: 42 }).join('\n');
    for (const shape of [/"conv_mark_array":\s*\[[^\]]*null/, /\\u0001/, /"conv_mark_array":\s*\[\s*\{/, /"[a-z_]*\\u00[0-9a-f]{2}[a-z_]*":/, /\\ud[89ab]/]) {
      assert.match(sample, shape);
    }
  });
});
