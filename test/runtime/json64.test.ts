// Exact 64-bit JSON: exact keys always come out as bigint with every digit, however the text is laid
// out; everything else parses as JSON.parse would. Property-based where it pays, plus the cases that
// force the fallback pass.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createJson64, exactParser, stringify } from '../../runtime/json64.ts';
import { createFastConverter } from '../../runtime/json64/fast-parse.ts';
import { convInfo, page, PINNED_ACTIVE_TIME, UNIQUE_ID } from './fixtures/payloads.ts';

const EXACT = ['conv_active_time', 'conv_mark_array', 'message_unique_id', 'message_seq', 'conversation_list_result_next_seq'];
const codec = createJson64(EXACT);
const SDK_KEYS = ['conv_active_time', 'conv_mark_array', 'conv_group_read_sequence', 'conv_group_at_info_seq',
  'conversation_list_result_next_seq', 'message_rand', 'message_seq', 'message_unique_id', 'message_version'];
const slow = exactParser(EXACT);

const U64_MAX = 2n ** 64n - 1n;
const I64_MIN = -(2n ** 63n);

/** JSON text with arbitrary whitespace around every token, written by hand (bigint as literals). */
function spaced(v: unknown, ws: () => string): string {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return `[${ws()}${v.map((x) => spaced(x, ws)).join(`${ws()},${ws()}`)}${ws()}]`;
  if (v && typeof v === 'object') {
    return `{${ws()}${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${ws()}:${ws()}${spaced(x, ws)}`).join(`${ws()},${ws()}`)}${ws()}}`;
  }
  return JSON.stringify(v);
}

// Values: exact keys hold bigints anywhere in the signed and unsigned 64-bit range (or arrays of
// them); other keys hold ordinary JSON, including strings that imitate exact keys.
const big = fc.oneof(fc.bigInt({ min: 0n, max: U64_MAX }), fc.bigInt({ min: I64_MIN, max: 0n }), fc.constantFrom(2n ** 62n + 5n, UNIQUE_ID, 2n ** 53n + 1n, 0n, U64_MAX));
const trickyString = fc.oneof(
  fc.string(),
  fc.constantFrom('"message_unique_id":6961616747713488299', '\\"conv_active_time\\":1', 'conv_mark_array', '\u0001123', '\\', 'x\\"'),
);
const plainNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0));
const leaf = fc.oneof(plainNumber, fc.integer(), trickyString, fc.boolean(), fc.constant(null));
// Integer-like keys ("7", "12") make engines enumerate out of text order: the fallback pass.
const otherKey = fc.oneof(
  fc.constantFrom('conv_id', 'message_text', 'x', 'conv_active_timer', 'message_seq_old', '7', '12'),
  fc.string({ maxLength: 6 }).filter((k) => !EXACT.includes(k) && k !== '__proto__'),
);

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.array(fc.oneof(
    fc.tuple(fc.constantFrom('conv_active_time', 'message_unique_id', 'message_seq', 'conversation_list_result_next_seq'), big),
    fc.tuple(fc.constant('conv_mark_array'), fc.array(fc.oneof({ weight: 9, arbitrary: big }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 4 })),
    fc.tuple(otherKey, tie('tree')),
  ), { maxLength: 6 }).map((entries) => Object.fromEntries(entries)),
}));

describe('json64', () => {
  describe('the values real payloads carry', () => {
    it('keeps a pinned conversation near 2^62 and a 63-bit message id exact', () => {
      const text = '[{"conv_id":"98826","conv_active_time":4611686018427387909,"conv_last_msg":{"message_unique_id":6961616747713488299,"message_seq":15840}}]';
      const [c] = codec.parse(text) as any[];
      assert.equal(c.conv_active_time, 2n ** 62n + 5n);
      assert.equal(c.conv_last_msg.message_unique_id, 6961616747713488299n);
      assert.equal(c.conv_last_msg.message_seq, 15840n);
      assert.equal(codec.stringify(c), text.slice(1, -1));
    });

    it('keeps arrays of uint64 marks exact, extension bits 32..63 included', () => {
      const marks = [1n, 2n, 1n << 32n, (1n << 63n) + 1n, U64_MAX];
      const text = stringify({ conv_mark_array: marks });
      assert.equal(text, '{"conv_mark_array":[1,2,4294967296,9223372036854775809,18446744073709551615]}');
      assert.deepEqual(codec.parse(text), { conv_mark_array: marks });
      assert.deepEqual(codec.parse('{"conv_mark_array":[]}'), { conv_mark_array: [] });
    });

    it('turns small exact values into bigint too, and leaves every other number a number', () => {
      assert.deepEqual(codec.parse('{"message_seq":7,"conv_unread_num":7,"big_other":12345678901234567890}'),
        { message_seq: 7n, conv_unread_num: 7, big_other: 12345678901234567000 });
    });

    it('round-trips a 1000-conversation page exactly', () => {
      const { value, text } = page(1000);
      const parsed = createJson64(SDK_KEYS).parse(text);
      assert.deepEqual(parsed, value);
      const convs = (parsed as { conversation_list_result_conv_list: Record<string, any>[] }).conversation_list_result_conv_list;
      assert.equal(convs[0].conv_active_time, PINNED_ACTIVE_TIME);
      assert.equal(convs[999].conv_last_msg.message_unique_id, UNIQUE_ID - 999n);
    });
  });

  describe('properties', () => {
    it('parse(stringify(v)) gives v back, exact keys as bigint', () => {
      fc.assert(fc.property(tree, (v) => {
        const text = stringify(v);
        assert.deepStrictEqual(codec.parse(text), v);
        assert.deepStrictEqual(slow(text), v);
      }), { numRuns: 400, seed: 89 });
    });

    it('whitespace anywhere between tokens changes nothing', () => {
      const ws = fc.constantFrom('', ' ', '\n', '\t', ' \r\n  ');
      fc.assert(fc.property(tree, fc.infiniteStream(ws), (v, spaces) => {
        const text = spaced(v, () => spaces.next().value);
        assert.deepStrictEqual(codec.parse(text), v);
      }), { numRuns: 300, seed: 98 });
    });

    it('on texts without exact keys it is JSON.parse', () => {
      fc.assert(fc.property(fc.json(), (text) => {
        assert.deepStrictEqual(codec.parse(text), JSON.parse(text));
      }), { numRuns: 300, seed: 105 });
    });

    it('stringify agrees with JSON.stringify on everything JSON.stringify can write, but for numbers beyond 2^53', () => {
      const beyond53 = (v: unknown): boolean => (typeof v === 'number' ? Math.abs(v) >= 2 ** 53
        : typeof v === 'object' && v !== null && Object.values(v).some(beyond53));
      fc.assert(fc.property(fc.jsonValue(), (v) => {
        const text = stringify(v);
        assert.deepStrictEqual(JSON.parse(text), JSON.parse(JSON.stringify(v)));
        if (!beyond53(v)) assert.equal(text, JSON.stringify(v));
      }), { numRuns: 300, seed: 113 });
    });

    it('writes every finite double so that it reads back as the same double, integers with their exact digits', () => {
      fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const text = stringify(d);
        assert.ok(Object.is(JSON.parse(text), d === 0 ? 0 : d));
        if (Number.isInteger(d) && /^-?\d+$/.test(text)) assert.equal(BigInt(text), BigInt(d));
        if (Math.abs(d) >= 2 ** 53) assert.match(text, /^-?\d+$/);
      }), { numRuns: 1000, seed: 121 });
    });

    it('never mutates what it serializes', () => {
      fc.assert(fc.property(tree, (v) => {
        const before = structuredClone(v);
        stringify(v);
        assert.deepStrictEqual(v, before);
      }), { numRuns: 100, seed: 130 });
    });
  });

  // The fallback hides a fast path that gives up too often: these check that it vouches by itself.
  describe('texts the fast path reads without the exact pass', () => {
    const fast = createFastConverter(SDK_KEYS);
    const vouches = (text: string) => { const value = JSON.parse(text) as object; return fast(text, value) ? value : undefined; };

    it('a page as the SDK sends it, and the same keys laid out with white space', () => {
      const { text, value } = page(50);
      assert.deepEqual(vouches(text), value);
      const spaced = '{ "message_unique_id" :\n\t6961616747713488299 ,\r\n "conv_mark_array" : [ 1 , 9223372036854775809 ] }';
      assert.deepEqual(vouches(spaced), { message_unique_id: 6961616747713488299n, conv_mark_array: [1n, 9223372036854775809n] });
    });

    it('gives up on objects with integer-like keys', () => {
      assert.equal(vouches('{"2":{"message_unique_id":6961616747713488299},"1":{"message_unique_id":6961616747713488298}}'), undefined);
    });
  });

  describe('texts the fast path does not trust', () => {
    it('objects with integer-like keys (enumerated out of text order) are read by the exact pass', () => {
      const text = '{"2":{"message_unique_id":6961616747713488299},"1":{"message_unique_id":6961616747713488298}}';
      assert.deepEqual(codec.parse(text), { 1: { message_unique_id: 6961616747713488298n }, 2: { message_unique_id: 6961616747713488299n } });
    });

    it('an exact key spelled inside a string value is not mistaken for the key', () => {
      const text = '{"note":"\\"message_unique_id\\":6961616747713488299","message_unique_id":6961616747713488298}';
      assert.deepEqual(codec.parse(text), { note: '"message_unique_id":6961616747713488299', message_unique_id: 6961616747713488298n });
      const text2 = '{"message_unique_id\\"":6961616747713488299,"message_unique_id":6961616747713488298}';
      assert.deepEqual(codec.parse(text2), { 'message_unique_id"': 6961616747713488299, message_unique_id: 6961616747713488298n });
    });

    it('a string value equal to an exact key is not the key', () => {
      const text = '{"k":"message_unique_id","message_unique_id":6961616747713488299}';
      assert.deepEqual(codec.parse(text), { k: 'message_unique_id', message_unique_id: 6961616747713488299n });
    });

    it('mixed arrays under an exact key', () => {
      const text = '{"conv_mark_array":[1,null,9223372036854775809]}';
      assert.deepEqual(codec.parse(text), { conv_mark_array: [1n, null, 9223372036854775809n] });
    });
  });

  // Each of these once went wrong in the exact pass, the fallback taken when the fast path gives up.
  describe('gaps of the exact pass', () => {
    // A null in an exact-key array makes the fast path give up, so these texts reach the exact pass.
    const FALLBACK = '"conv_mark_array":[null],';

    it('reads a long fraction after a null in an exact-key array', () => {
      const text = '{"conv_mark_array":[null,0.1234567890123456]}';
      const expected = { conv_mark_array: [null, 0.1234567890123456] };
      assert.deepStrictEqual(codec.parse(text), expected);
      assert.deepStrictEqual(slow(text), expected);
    });

    it('leaves a string starting with U+0001 at an exact key a string', () => {
      for (const str of ['\\u00011234', '\\u0001abc', '\\u0001', '\\u0001\\u0000']) {
        const text = `{${FALLBACK}"message_seq":"${str}","conv_active_time":["${str}",9223372036854775809]}`;
        const decoded = JSON.parse(`"${str}"`) as string;
        const expected = { conv_mark_array: [null], message_seq: decoded, conv_active_time: [decoded, 9223372036854775809n] };
        assert.deepStrictEqual(codec.parse(text), expected, text);
        assert.deepStrictEqual(slow(text), expected, text);
      }
    });

    it('converts the exact keys of an object inside an exact-key array, and leaks nothing', () => {
      const text = '{"conv_mark_array":[{"message_seq":12345678901234567890,"other":12345678901234567890},9223372036854775809]}';
      const expected = { conv_mark_array: [{ message_seq: 12345678901234567890n, other: 12345678901234567000 }, 9223372036854775809n] };
      assert.deepStrictEqual(codec.parse(text), expected);
      assert.deepStrictEqual(slow(text), expected);
    });

    it('keeps every digit at an exact key spelled with JSON escapes', () => {
      const text = '{"message_\\u0073eq":9223372036854775809,"conv_\\u0061ctive_time":[18446744073709551615],"\\u006dessage_unique_id":6961616747713488299}';
      const expected = { message_seq: 9223372036854775809n, conv_active_time: [U64_MAX], message_unique_id: 6961616747713488299n };
      assert.deepStrictEqual(codec.parse(text), expected);
      assert.deepStrictEqual(slow(text), expected);
    });

    it('the exported exact parser refuses what JSON.parse refuses: leading zeros, and more', () => {
      const bad = ['{"message_seq":01234567890123456789}', '{"message_seq":-01}', '[00]', '{"conv_mark_array":[01234567890123456789]}',
        '{"message_seq":1.}', '{"message_seq":.5}', '{"message_seq":+1}', '{"message_seq":1e}', '[1,]', '{"a":1,}', '{"a" 1}',
        '["\\x"]', '["\\u12"]', '["\t"]', '"abc', '[1]x', 'nul', '', ' '];
      for (const text of bad) {
        assert.throws(() => JSON.parse(text), SyntaxError, `JSON.parse accepts ${text}`);
        assert.throws(() => slow(text), SyntaxError, `exact parser accepts ${text}`);
      }
    });

    it('reads a text nested deeper than the fast walk can recurse', () => {
      const depth = 100_000;
      const text = `${'{"a":'.repeat(depth)}{"message_seq":9223372036854775809}${'}'.repeat(depth)}`;
      let v = codec.parse(text) as Record<string, any>;
      for (let i = 0; i < depth; i++) v = v.a;
      assert.deepStrictEqual(v, { message_seq: 9223372036854775809n });
    });
  });

  describe('values the validators must see as they are', () => {
    it('leaves non-integers, strings and null at exact keys alone', () => {
      assert.deepEqual(codec.parse('{"message_seq":1.5,"conv_active_time":"12","message_unique_id":null}'),
        { message_seq: 1.5, conv_active_time: '12', message_unique_id: null });
    });

    it('converts integers in exponent form from their double', () => {
      assert.deepEqual(codec.parse('{"message_seq":1e3,"conv_active_time":1E+20}'), { message_seq: 1000n, conv_active_time: 100000000000000000000n });
    });

    it('passes top-level scalars and invalid JSON through JSON.parse', () => {
      assert.equal(codec.parse('12'), 12);
      assert.equal(codec.parse('"x"'), 'x');
      assert.throws(() => codec.parse('{"message_seq":'), SyntaxError);
      assert.throws(() => codec.parse(''), SyntaxError);
    });
  });

  describe('stringify', () => {
    it('refuses what JSON cannot hold instead of writing null', () => {
      assert.throws(() => stringify({ a: Number.NaN }), /\$\.a is NaN/);
      assert.throws(() => stringify([Infinity]), /\$\[0\] is Infinity/);
      assert.throws(() => stringify([() => 1]), /\$\[0\] is a function/);
      assert.equal(stringify({ f() {}, a: 1 }), '{"a":1}'); // as JSON.stringify does
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      assert.throws(() => stringify(cyclic), /refers back/);
    });

    it('leaves out undefined properties and writes undefined array items as null, as JSON does', () => {
      assert.equal(stringify({ a: undefined, b: [undefined, 1n] }), '{"b":[null,1]}');
    });

    it('writes a number beyond 2^53 with the exact digits of its double, never its rounded short form', () => {
      assert.equal(stringify({ conversation_list_filter_mark_type: 2 ** 64 }), '{"conversation_list_filter_mark_type":18446744073709551616}');
      assert.equal(stringify([2 ** 60 + 2 ** 33]), `[${(1n << 60n) + (1n << 33n)}]`); // no stray bit 5
      assert.equal(stringify({ message_unique_id: 2 ** 63 + 2 ** 11 }), `{"message_unique_id":${(1n << 63n) + (1n << 11n)}}`);
      assert.equal(stringify(-(2 ** 64)), '-18446744073709551616');
      assert.equal(stringify(2 ** 53 - 1), '9007199254740991');
      assert.equal(stringify(1e21), `1${'0'.repeat(21)}`);
    });

    it('writes shared (non-cyclic) references twice', () => {
      const shared = { message_seq: 1n };
      assert.equal(stringify([shared, shared]), '[{"message_seq":1},{"message_seq":1}]');
    });

    it('writes a conversation the way the SDK reads it', () => {
      const c = convInfo(7);
      assert.deepEqual(createJson64(SDK_KEYS).parse(stringify(c)), c);
    });
  });
});
