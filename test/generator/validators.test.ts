import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { UTF8_BYTES_SOURCE } from '../../generator/schema-vocabulary.ts';
import { utf8ByteLength } from '../../runtime/utf8.ts';
import { repoRoot } from '../support/sdk.ts';

describe('generated validators module', () => {
  const text = readFileSync(join(repoRoot, 'runtime', 'generated', 'validators.mjs'), 'utf8');

  it('needs no eval, new Function, require or import at run time', () => {
    assert.doesNotMatch(text, /\bnew Function\b|\beval\(|\brequire\(|^import /m);
  });

  it('runs in a bare context with no Node globals and checks bytes, 64-bit values and unknown keys', async () => {
    const ctx = vm.createContext({});
    const mod = new vm.SourceTextModule(text, { context: ctx });
    await mod.link(() => { throw new Error('validators.mjs must not import anything'); });
    await mod.evaluate();
    const ns = mod.namespace as Record<string, any>;
    const create = ns.TIMConvCreateConversationGroup_input;
    assert.equal(create({ group_name: '一二三四五六七八九十', conversation_id_array: ['c2c_a'] }), true);
    assert.equal(create({ group_name: '一二三四五六七八九十一', conversation_id_array: ['c2c_a'] }), false);
    assert.equal(create.errors[0].instancePath, '/group_name');
    const page = ns.TIMConvGetConversationListByFilter_result;
    assert.equal(page({ conversation_list_result_conv_list: [], conversation_list_result_is_finished: true, conversation_list_result_next_seq: 2n ** 63n }), true);
    assert.equal(page({ conversation_list_result_conv_list: [], conversation_list_result_next_seq: -1n }), false);
    assert.equal(page({ conversation_list_result_conv_list: [], surprise: 1 }), false);
  });

  it('inlines a UTF-8 byte counter that counts exactly like runtime/utf8.ts', () => {
    const inlined = vm.runInNewContext(`(${UTF8_BYTES_SOURCE})`) as (s: string) => number;
    for (const s of ['', 'abc', 'é', '中文', '😀', '\ud800', '\udc00x', 'a\ud83d']) assert.equal(inlined(s), utf8ByteLength(s), JSON.stringify(s));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => inlined(s) === utf8ByteLength(s)), { numRuns: 2000 });
  });
});
