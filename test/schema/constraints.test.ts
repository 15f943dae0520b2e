import { strict as assert } from 'node:assert';
import { createJson64 } from '../../runtime/json64.ts';
import { strictAjv } from '../support/schemas.ts';
import * as seed from '../fixtures/seed-payloads.ts';

const ajv = strictAjv();
const validator = (id: string) => {
  const v = ajv.getSchema(id);
  assert.ok(v, id);
  return v;
};
const result = (fn: string) => validator(`timconv:api/${fn}#/$defs/result`);
const input = (fn: string) => validator(`timconv:api/${fn}`);
const exact = createJson64(['conv_active_time', 'message_unique_id', 'message_rand', 'message_seq', 'message_version', 'conversation_list_result_next_seq']);

/** Asserts a payload is rejected and returns "path keyword" pairs of the errors. */
function rejects(v: ReturnType<typeof validator>, data: unknown): string[] {
  assert.equal(v(data), false, 'payload was accepted');
  return v.errors!.map((e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`);
}

describe('schemas accept the documented sample payloads', () => {
  it('conversation list with a pinned conversation near 2^62 and a 63-bit message id', () => {
    const data = exact.parse(seed.convInfoArrayText) as any[];
    assert.equal(data[0].conv_active_time, 4611686018427387909n);
    assert.equal(data[0].conv_last_msg.message_unique_id, 6961616747713488299n);
    const v = result('TIMConvGetConvList');
    assert.equal(v(data), true, JSON.stringify(v.errors));
  });
  it('draft for TIMConvSetDraft', () => {
    const v = input('TIMConvSetDraft');
    assert.equal(v({ conv_id: '98826', conv_type: 1, json_draft_param: JSON.parse(seed.draftText) }), true, JSON.stringify(v.errors));
  });
  it('filter, id arrays and results', () => {
    assert.equal(input('TIMConvGetConversationListByFilter')({ filter: seed.filter, next_seq: 0n, count: 20 }), true);
    assert.equal(input('TIMConvGetConversationListByFilter')({ filter: {}, next_seq: 0n, count: 20 }), true, 'an empty filter pages everything');
    assert.equal(input('TIMConvGetUnreadMessageCountByFilter')({ filter: { conversation_list_filter_has_unread_count: true } }), true);
    assert.equal(input('TIMConvMarkConversation')({ conversation_id_array: seed.conversationIds, mark_type: 2n | (1n << 32n), enable_mark: true }), true);
    assert.equal(input('TIMConvCreateConversationGroup')({ group_name: '一二三四五六七八九十', conversation_id_array: seed.conversationIds }), true, '30 bytes');
    assert.equal(result('TIMConvGetTotalUnreadMessageCount')(seed.unreadResult), true);
    assert.equal(result('TIMConvGetConversationGroupList')(seed.groupList), true);
    assert.equal(result('TIMConvGetConversationListByFilter')(seed.emptyFilterResult), true);
  });
});

describe('schemas reject payloads that break a documented constraint, naming the field', () => {
  it('group name of 11 Chinese characters (33 UTF-8 bytes)', () => {
    const name = '一二三四五六七八九十一';
    assert.equal(name.length, 11);
    assert.deepEqual(rejects(input('TIMConvCreateConversationGroup'), { group_name: name, conversation_id_array: ['c2c_a'] }), ['/group_name x-maxUtf8Bytes']);
    assert.deepEqual(rejects(input('TIMConvRenameConversationGroup'), { old_name: 'a', new_name: name }), ['/new_name x-maxUtf8Bytes']);
  });
  it('group name of 8 emoji (32 bytes) passes, 9 (36 bytes) fails', () => {
    assert.equal(input('TIMConvDeleteConversationGroup')({ group_name: '😀'.repeat(8) }), true);
    assert.deepEqual(rejects(input('TIMConvDeleteConversationGroup'), { group_name: '😀'.repeat(9) }), ['/group_name x-maxUtf8Bytes']);
  });
  it('empty conversation id list', () => {
    assert.deepEqual(rejects(input('TIMConvAddConversationsToGroup'), { group_name: 'g', conversation_id_array: [] }), ['/conversation_id_array minItems']);
  });
  it('101 conversation ids', () => {
    const ids = Array.from({ length: 101 }, (_, i) => `c2c_${i}`);
    assert.deepEqual(rejects(input('TIMConvMarkConversation'), { conversation_id_array: ids, mark_type: 1n, enable_mark: true }), ['/conversation_id_array maxItems']);
    assert.equal(input('TIMConvMarkConversation')({ conversation_id_array: ids.slice(1), mark_type: 1n, enable_mark: true }), true);
  });
  it('257 bytes of custom data', () => {
    assert.equal(input('TIMConvSetConversationCustomData')({ conversation_id_array: ['c2c_a'], custom_data: 'x'.repeat(256) }), true);
    assert.deepEqual(rejects(input('TIMConvSetConversationCustomData'), { conversation_id_array: ['c2c_a'], custom_data: 'x'.repeat(255) + 'é' }), ['/custom_data x-maxUtf8Bytes']);
  });
  it('a key the struct does not have', () => {
    assert.deepEqual(rejects(input('TIMConvGetConversationListByFilter'), { filter: { conversation_list_filter_conv_typo: 1 }, next_seq: 0n, count: 20 }), ['/filter additionalProperties']);
  });
  it('a value of the wrong type', () => {
    assert.deepEqual(rejects(input('TIMConvGetConversationListByFilter'), { filter: { conversation_list_filter_conv_type: '2' }, next_seq: 0n, count: 20 }), ['/filter/conversation_list_filter_conv_type type', '/filter/conversation_list_filter_conv_type enum']);
    assert.deepEqual(rejects(input('TIMConvPinConversation'), { conv_id: 'a', conv_type: 1, is_pinned: 'yes' }), ['/is_pinned type']);
  });
  it('mark types outside the known bits 0..3 and the extension bits 32..63', () => {
    const base = { conversation_id_array: ['c2c_a'], enable_mark: true };
    assert.deepEqual(rejects(input('TIMConvMarkConversation'), { ...base, mark_type: 1n << 4n }), ['/mark_type x-bitmask']);
    assert.deepEqual(rejects(input('TIMConvMarkConversation'), { ...base, mark_type: 0n }), ['/mark_type x-bitmask']);
    assert.deepEqual(rejects(input('TIMConvMarkConversation'), { ...base, mark_type: 1n << 64n }), ['/mark_type x-int64']);
    assert.equal(input('TIMConvMarkConversation')({ ...base, mark_type: 1n << 63n }), true);
    assert.equal(input('TIMConvGetConversationListByFilter')({ filter: { conversation_list_filter_mark_type: 0 }, next_seq: 0n, count: 1 }), true, '0 filters unmarked conversations');
  });
  it('a negative or fractional paging cursor', () => {
    assert.deepEqual(rejects(input('TIMConvGetConversationListByFilter'), { filter: {}, next_seq: -1n, count: 1 }), ['/next_seq x-int64']);
    assert.deepEqual(rejects(input('TIMConvGetConversationListByFilter'), { filter: {}, next_seq: 1.5, count: 1 }), ['/next_seq x-int64']);
  });
  it('a message element whose keys do not match its elem_type', () => {
    const v = input('TIMConvSetDraft');
    const draft = { draft_msg: { message_elem_array: [{ elem_type: 0, image_elem_orig_path: '/a.png' }] } };
    const errs = rejects(v, { conv_id: 'a', conv_type: 1, json_draft_param: draft });
    assert.ok(errs.includes('/json_draft_param/draft_msg/message_elem_array/0 additionalProperties'), errs.join());
  });
});
