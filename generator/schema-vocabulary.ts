// The `x-` keywords our schemas use, registered on an Ajv instance so schemas compile in strict
// mode (the schema tests, and the reference the generated validators are compared with). Most are
// annotations (facts for the generator); the others validate. The sources of their checks below are
// also what the validators emitter writes into runtime/generated/validators.mjs, which so needs no
// runtime helper and no TextEncoder:
//   x-int64        integer within 64-bit range, as a bigint (bigint after exact parsing) or, on
//                  input, as a safe-integer number (a larger number has already lost digits)
//   x-minUtf8Bytes / x-maxUtf8Bytes   string length counted in UTF-8 bytes, not UTF-16 units
//   x-bitmask      { mask, nonZero }: only bits inside mask may be set (mark types)
//   x-known-keys / x-known-values     what `additionalProperties: false` and `enum` become in the
//                  compiled validators (generator/emit/validators/compiled-schema.ts)
//
// One compiled validator serves both directions. Called plainly it checks input: unknown keys and
// values fail. Called with an output sink as `this` (runtime/core/unknown-data.ts) it checks what
// the SDK sent: keys and enum values or flag bits the schema does not know are handed to the sink
// and pass, and 64-bit numbers need only be integers (a number JSON.parse already rounded is the
// SDK's, not the caller's, and stays tolerated).
import type { Ajv2020 as Ajv, KeywordCxt } from 'ajv/dist/2020.js';
import type { KeywordErrorCxt } from 'ajv/dist/types/index.js';
import { _, _Code, str, strConcat } from 'ajv/dist/compile/codegen/code.js';
import namesModule from 'ajv/dist/compile/names.js';
import { utf8ByteLength } from '../runtime/utf8.ts';
import { ANNOTATION_KEYWORDS } from './schema-annotations.ts';

// The source of runtime/utf8.ts's utf8ByteLength, inlined into the standalone validators so they
// import nothing; test/generator/validators.test.ts checks that both count alike.
export const UTF8_BYTES_SOURCE =
  'function utf8Bytes(s){var n=0;for(var i=0;i<s.length;i++){var c=s.charCodeAt(i);' +
  'if(c<0x80)n+=1;else if(c<0x800)n+=2;else if(c>=0xd800&&c<0xdc00&&i+1<s.length&&' +
  '(s.charCodeAt(i+1)&0xfc00)===0xdc00){n+=4;i++;}else n+=3;}return n;}';

/**
 * The 64-bit integer checks, as the reference functions (used when a schema is compiled in memory)
 * and as the source inlined into the standalone validators; test/generator/validators.test.ts
 * checks that both agree. `output`: a number need only be an integer in range (JSON.parse may
 * have rounded it; that is the SDK's doing), where on input it must be a safe integer.
 */
export function isUint64(d: unknown, output: unknown): boolean {
  if (typeof d === 'bigint') return d >= 0n && d <= 18446744073709551615n;
  return typeof d === 'number' && d >= 0 && (output ? Number.isInteger(d) && d <= 2 ** 64 : Number.isSafeInteger(d));
}
export function isInt64(d: unknown, output: unknown): boolean {
  if (typeof d === 'bigint') return d >= -9223372036854775808n && d <= 9223372036854775807n;
  return typeof d === 'number' && (output ? Number.isInteger(d) && d >= -(2 ** 63) && d <= 2 ** 63 : Number.isSafeInteger(d));
}
export const UINT64_SOURCE = 'function isUint64(d,o){if(typeof d=="bigint")return d>=0n&&d<=18446744073709551615n;'
  + 'return typeof d=="number"&&d>=0&&(o?Number.isInteger(d)&&d<=18446744073709551616:Number.isSafeInteger(d));}';
export const INT64_SOURCE = 'function isInt64(d,o){if(typeof d=="bigint")return d>=-9223372036854775808n&&d<=9223372036854775807n;'
  + 'return typeof d=="number"&&(o?Number.isInteger(d)&&d>=-9223372036854775808&&d<=9223372036854775808:Number.isSafeInteger(d));}';

/** True in generated code when the validator checks output: `this` is an output sink. */
const OUTPUT = _`(this && this.unknownKey)`;

// The ajv package is CommonJS: depending on the loader its default import is the names object or
// the module object that holds it.
type Names = { instancePath: import('ajv').Name };
const N = ((namesModule as unknown as { default?: Names }).default ?? namesModule) as unknown as Names;

/** The instance path of the data a keyword looks at, as generated code. */
function dataPath(cxt: KeywordCxt) {
  return strConcat(N.instancePath, cxt.it.errorPath);
}

function addInt64(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: 'x-int64',
    schemaType: 'object',
    error: { message: (cxt: KeywordErrorCxt) => str`must be ${cxt.schema.signed ? 'a signed' : 'an unsigned'} 64-bit integer: a bigint, or a number no larger than 2^53` },
    code(cxt: KeywordCxt) {
      const { gen, data, schema } = cxt;
      const fn = schema.signed
        ? gen.scopeValue('func', { ref: isInt64, code: new _Code(`(${INT64_SOURCE})`) })
        : gen.scopeValue('func', { ref: isUint64, code: new _Code(`(${UINT64_SOURCE})`) });
      cxt.fail(_`!${fn}(${data}, ${OUTPUT})`);
    },
  });
}

function addUtf8(ajv: Ajv, keyword: string, op: string, msg: string): void {
  ajv.addKeyword({
    keyword,
    type: 'string',
    schemaType: 'number',
    error: { message: (cxt: KeywordErrorCxt) => str`${msg} ${cxt.schema} bytes in UTF-8`, params: (cxt: KeywordErrorCxt) => _`{limit: ${cxt.schema}}` },
    code(cxt: KeywordCxt) {
      const fn = cxt.gen.scopeValue('func', { ref: utf8ByteLength, code: new _Code(`(${UTF8_BYTES_SOURCE})`) });
      cxt.fail(_`${fn}(${cxt.data}) ${new _Code(op)} ${cxt.schema}`);
    },
  });
}

function addBitmask(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: 'x-bitmask',
    schemaType: 'object',
    error: { message: (cxt: KeywordErrorCxt) => str`must only set the bits of mask ${cxt.schema.mask}${cxt.schema.nonZero ? ' and not be 0' : ''}`, params: (cxt: KeywordErrorCxt) => _`{mask: ${cxt.schema.mask}}` },
    code(cxt: KeywordCxt) {
      const { gen, data, schema } = cxt;
      const outside = `${(~BigInt(schema.mask) & 0xffffffffffffffffn).toString()}n`;
      const isInt = _`(typeof ${data} == "bigint" || (typeof ${data} == "number" && Number.isInteger(${data})))`;
      const bad = _`(BigInt(${data}) & ${new _Code(outside)}) !== 0n`;
      // Zero is the caller's mistake only: an SDK that sends it is not reporting new flags.
      gen.if(_`${isInt} && ${bad}`, () => gen.if(OUTPUT, () => gen.code(_`this.unknownValue(${dataPath(cxt)}, ${data})`), () => cxt.error()));
      if (schema.nonZero) gen.if(_`${isInt} && !${OUTPUT} && BigInt(${data}) === 0n`, () => cxt.error());
    },
  });
}

/** `additionalProperties: false` that an output sink turns into a report. */
function addKnownKeys(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: 'x-known-keys',
    type: 'object',
    schemaType: 'boolean',
    error: { message: 'must NOT have additional properties', params: ({ params }: KeywordErrorCxt) => _`{additionalProperty: ${params.additionalProperty}}` },
    code(cxt: KeywordCxt) {
      const { gen, data, parentSchema } = cxt;
      const keys = Object.keys((parentSchema.properties ?? {}) as object);
      const list = JSON.stringify(keys);
      const known = gen.scopeValue('obj', { key: list, ref: new Set(keys), code: new _Code(`new Set(${list})`) });
      gen.forIn('key', data, (key) => {
        gen.if(_`!${known}.has(${key})`, () => gen.if(
          OUTPUT,
          () => gen.code(_`this.unknownKey(${dataPath(cxt)}, ${key})`),
          () => { cxt.setParams({ additionalProperty: key }); cxt.error(); },
        ));
      });
    },
  });
}

/** `enum` of integers that an output sink turns into a report (the `type` keyword still applies). */
function addKnownValues(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: 'x-known-values',
    schemaType: 'array',
    error: { message: 'must be equal to one of the allowed values', params: (cxt: KeywordErrorCxt) => _`{allowedValues: ${new _Code(JSON.stringify(cxt.schema))}}` },
    code(cxt: KeywordCxt) {
      const { gen, data, schema } = cxt;
      const list = JSON.stringify(schema);
      const known = gen.scopeValue('obj', { key: list, ref: new Set(schema as unknown[]), code: new _Code(`new Set(${list})`) });
      gen.if(_`!${known}.has(${data})`, () => gen.if(
        OUTPUT,
        () => gen.if(_`Number.isInteger(${data})`, () => gen.code(_`this.unknownValue(${dataPath(cxt)}, ${data})`)),
        () => cxt.error(),
      ));
    },
  });
}

export function addVocabulary(ajv: Ajv): Ajv {
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  addInt64(ajv);
  addUtf8(ajv, 'x-maxUtf8Bytes', '>', 'must be at most');
  addUtf8(ajv, 'x-minUtf8Bytes', '<', 'must be at least');
  addBitmask(ajv);
  addKnownKeys(ajv);
  addKnownValues(ajv);
  return ajv;
}
