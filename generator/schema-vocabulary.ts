// The `x-` keywords our schemas use, registered on an Ajv instance so schemas compile in strict
// mode. Most are annotations (facts for the generator); four validate, and their code is inlined
// so validators compiled to standalone code need no runtime helper and no TextEncoder:
//   x-int64        integer within 64-bit range, as a number or a bigint (bigint after exact parsing)
//   x-minUtf8Bytes / x-maxUtf8Bytes   string length counted in UTF-8 bytes, not UTF-16 units
//   x-bitmask      { mask, nonZero }: only bits inside mask may be set (mark types)
import type { Ajv2020 as Ajv, KeywordCxt } from 'ajv/dist/2020.js';
import type { KeywordErrorCxt } from 'ajv/dist/types/index.js';
import { _, _Code, str } from 'ajv/dist/compile/codegen/code.js';
import { utf8ByteLength } from '../runtime/utf8.ts';
import { ANNOTATION_KEYWORDS } from './schema-annotations.ts';

export { ANNOTATION_KEYWORDS };

// The source of runtime/utf8.ts's utf8ByteLength, inlined into the standalone validators so they
// import nothing; test/generator/validators.test.ts checks that both count alike.
export const UTF8_BYTES_SOURCE =
  'function utf8Bytes(s){var n=0;for(var i=0;i<s.length;i++){var c=s.charCodeAt(i);' +
  'if(c<0x80)n+=1;else if(c<0x800)n+=2;else if(c>=0xd800&&c<0xdc00&&i+1<s.length&&' +
  '(s.charCodeAt(i+1)&0xfc00)===0xdc00){n+=4;i++;}else n+=3;}return n;}';

const INT64_RANGE = {
  signed: { min: '-9223372036854775808', max: '9223372036854775807' },
  unsigned: { min: '0', max: '18446744073709551615' },
};

export function addVocabulary(ajv: Ajv): Ajv {
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });

  ajv.addKeyword({
    keyword: 'x-int64',
    schemaType: 'object',
    error: { message: (cxt: KeywordErrorCxt) => str`must be a ${cxt.schema.signed ? 'signed' : 'unsigned'} 64-bit integer` },
    code(cxt: KeywordCxt) {
      const { data, schema } = cxt;
      const r = schema.signed ? INT64_RANGE.signed : INT64_RANGE.unsigned;
      const min = Number(r.min);
      const max = Number(r.max);
      cxt.fail(_`!((typeof ${data} == "bigint" && ${data} >= ${new _Code(`${r.min}n`)} && ${data} <= ${new _Code(`${r.max}n`)}) || (typeof ${data} == "number" && Number.isInteger(${data}) && ${data} >= ${min} && ${data} <= ${max}))`);
    },
  });

  const utf8 = (keyword: string, op: string, msg: string) => ajv.addKeyword({
    keyword,
    type: 'string',
    schemaType: 'number',
    error: { message: (cxt: KeywordErrorCxt) => str`${msg} ${cxt.schema} bytes in UTF-8`, params: (cxt: KeywordErrorCxt) => _`{limit: ${cxt.schema}}` },
    code(cxt: KeywordCxt) {
      const fn = cxt.gen.scopeValue('func', { ref: utf8ByteLength, code: new _Code(`(${UTF8_BYTES_SOURCE})`) });
      cxt.fail(_`${fn}(${cxt.data}) ${new _Code(op)} ${cxt.schema}`);
    },
  });
  utf8('x-maxUtf8Bytes', '>', 'must be at most');
  utf8('x-minUtf8Bytes', '<', 'must be at least');

  ajv.addKeyword({
    keyword: 'x-bitmask',
    schemaType: 'object',
    error: { message: (cxt: KeywordErrorCxt) => str`must only set the bits of mask ${cxt.schema.mask}${cxt.schema.nonZero ? ' and not be 0' : ''}`, params: (cxt: KeywordErrorCxt) => _`{mask: ${cxt.schema.mask}}` },
    code(cxt: KeywordCxt) {
      const { data, schema } = cxt;
      const outside = `${(~BigInt(schema.mask) & 0xffffffffffffffffn).toString()}n`;
      const isInt = _`(typeof ${data} == "bigint" || (typeof ${data} == "number" && Number.isInteger(${data})))`;
      const bad = _`(BigInt(${data}) & ${new _Code(outside)}) !== 0n`;
      cxt.fail(schema.nonZero ? _`${isInt} && (${bad} || BigInt(${data}) === 0n)` : _`${isInt} && ${bad}`);
    },
  });
  return ajv;
}
