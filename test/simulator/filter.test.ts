// TIMConversationListFilter rules, one dimension at a time and combined.
import { strict as assert } from 'node:assert';
import { makeSim, ok, pageAll, type Sim } from './helpers.ts';

const STAR = 1n;
const UNREAD_MARK = 2n;
const EXT40 = 1n << 40n;

/** Six conversations with known types, groups, marks, unread counts and @ info. */
async function fixture(): Promise<Sim> {
  const sim = makeSim();
  const { bridge, clock } = sim;
  const add = (id: string, seed = {}) => { clock.advance(); bridge.addConversation(id, seed); };
  add('c2c_a', { unread: 2 });
  add('c2c_b');
  add('c2c_c', { unread: 1 });
  add('group_x', { unread: 3, atInfo: [{ seq: 7, atType: 1 }] });
  add('group_y');
  add('group_z', { unread: 1 });
  await ok(bridge, 'TIMConvCreateConversationGroup', ['work', '["c2c_a","group_x","group_y"]']);
  await ok(bridge, 'TIMConvCreateConversationGroup', ['friends', '["c2c_a","c2c_c"]']);
  await ok(bridge, 'TIMConvMarkConversation', ['["c2c_a","group_x"]', STAR, true]);
  await ok(bridge, 'TIMConvMarkConversation', ['["c2c_b"]', UNREAD_MARK | EXT40, true]);
  await ok(bridge, 'TIMConvMarkConversation', ['["group_z"]', EXT40, true]);
  return sim;
}

const sorted = (xs: string[]) => [...xs].sort();

describe('simulator: filters', () => {
  let sim: Sim;
  beforeEach(async () => { sim = await fixture(); });
  const list = (f: object) => pageAll(sim.bridge, f, 2).then(sorted);

  it('an empty filter lists everything in list order', async () => {
    assert.deepEqual(await pageAll(sim.bridge, {}, 2), ['group_z', 'group_y', 'group_x', 'c2c_c', 'c2c_b', 'c2c_a']);
  });

  it('conversation type 1 / 2 selects C2C / group; 0 does not filter; 3 (system) matches nothing', async () => {
    assert.deepEqual(await list({ conversation_list_filter_conv_type: 1 }), ['c2c_a', 'c2c_b', 'c2c_c']);
    assert.deepEqual(await list({ conversation_list_filter_conv_type: 2 }), ['group_x', 'group_y', 'group_z']);
    assert.equal((await list({ conversation_list_filter_conv_type: 0 })).length, 6);
    assert.deepEqual(await list({ conversation_list_filter_conv_type: 3 }), []);
  });

  it('a conversation group name selects its members; "" selects conversations in no group', async () => {
    assert.deepEqual(await list({ conversation_list_filter_conversation_group: 'work' }), ['c2c_a', 'group_x', 'group_y']);
    assert.deepEqual(await list({ conversation_list_filter_conversation_group: 'friends' }), ['c2c_a', 'c2c_c']);
    assert.deepEqual(await list({ conversation_list_filter_conversation_group: '' }), ['c2c_b', 'group_z']);
    assert.deepEqual(await list({ conversation_list_filter_conversation_group: 'no such group' }), []);
  });

  it('mark type 0 selects unmarked conversations', async () => {
    assert.deepEqual(await list({ conversation_list_filter_mark_type: 0n }), ['c2c_c', 'group_y']);
  });

  it('a mark type selects conversations that carry any of its bits', async () => {
    assert.deepEqual(await list({ conversation_list_filter_mark_type: STAR }), ['c2c_a', 'group_x']);
    assert.deepEqual(await list({ conversation_list_filter_mark_type: EXT40 }), ['c2c_b', 'group_z']);
    assert.deepEqual(await list({ conversation_list_filter_mark_type: UNREAD_MARK }), ['c2c_b']);
    assert.deepEqual(await list({ conversation_list_filter_mark_type: STAR | UNREAD_MARK }), ['c2c_a', 'c2c_b', 'group_x']);
    assert.deepEqual(await list({ conversation_list_filter_mark_type: 4n }), []);
  });

  it('extension marks beyond 2^53 filter exactly (bit 63)', async () => {
    const bit63 = 1n << 63n;
    await ok(sim.bridge, 'TIMConvMarkConversation', ['["c2c_c"]', bit63, true]);
    assert.deepEqual(await list({ conversation_list_filter_mark_type: bit63 }), ['c2c_c']);
    assert.deepEqual(await list({ conversation_list_filter_mark_type: 1n << 62n }), []);
  });

  it('has_unread_count true / false selects conversations with / without unread messages', async () => {
    assert.deepEqual(await list({ conversation_list_filter_has_unread_count: true }), ['c2c_a', 'c2c_c', 'group_x', 'group_z']);
    assert.deepEqual(await list({ conversation_list_filter_has_unread_count: false }), ['c2c_b', 'group_y']);
  });

  it('has_group_at_info true / false selects conversations with / without group @ info', async () => {
    assert.deepEqual(await list({ conversation_list_filter_has_group_at_info: true }), ['group_x']);
    assert.equal((await list({ conversation_list_filter_has_group_at_info: false })).length, 5);
  });

  it('combined keys must all hold', async () => {
    assert.deepEqual(await list({ conversation_list_filter_conv_type: 2, conversation_list_filter_conversation_group: 'work', conversation_list_filter_has_unread_count: true }), ['group_x']);
    assert.deepEqual(await list({ conversation_list_filter_conv_type: 1, conversation_list_filter_mark_type: STAR, conversation_list_filter_conversation_group: 'friends' }), ['c2c_a']);
    assert.deepEqual(await list({ conversation_list_filter_conv_type: 1, conversation_list_filter_conversation_group: '', conversation_list_filter_mark_type: 0n }), []);
  });

  it('matches follow changes: a conversation leaving a group, losing its mark, being read', async () => {
    const { bridge } = sim;
    await ok(bridge, 'TIMConvDeleteConversationsFromGroup', ['work', '["group_y"]']);
    await ok(bridge, 'TIMConvMarkConversation', ['["group_x"]', STAR, false]);
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['c2c_a', 0n, 0n]);
    assert.deepEqual(await list({ conversation_list_filter_conversation_group: 'work' }), ['c2c_a', 'group_x']);
    assert.deepEqual(await list({ conversation_list_filter_mark_type: STAR }), ['c2c_a']);
    assert.deepEqual(await list({ conversation_list_filter_has_unread_count: true }), ['c2c_c', 'group_x', 'group_z']);
    assert.deepEqual(await list({ conversation_list_filter_conversation_group: '' }), ['c2c_b', 'group_y', 'group_z']);
  });

  it('accepts filter keys in any order', async () => {
    const text = '{"conversation_list_filter_has_unread_count":true,"conversation_list_filter_conv_type":1}';
    const r = await ok<{ conversation_list_result_conv_list: unknown[] }>(sim.bridge, 'TIMConvGetConversationListByFilter', [text, 0n, 10]);
    assert.equal(r.conversation_list_result_conv_list.length, 2);
  });
});
