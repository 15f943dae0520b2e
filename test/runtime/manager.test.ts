// The generated ConversationManager over the core with the generated table and validators: typed
// methods reach the right C function with C-level arguments, the schema limits carry the SDK's
// codes, and real-sized results come back exact.
import { strict as assert } from 'node:assert';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { TimError } from '../../runtime/errors.ts';
import { stringify } from '../../runtime/json64.ts';
import { FakeBridge } from './fixtures/fake-bridge.ts';
import { page, PINNED_ACTIVE_TIME, UNIQUE_ID } from './fixtures/payloads.ts';

function manager() {
  const bridge = new FakeBridge();
  const reported: unknown[] = [];
  const m = new ConversationManager(bridge, { onError: (e) => reported.push(e) });
  return { bridge, m, reported };
}

async function code(p: Promise<unknown>): Promise<number> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof TimError);
    return e.code;
  }
  return 0;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `c2c_u${i}`);

describe('ConversationManager (generated) over the core', () => {
  it('has a method for every function and an event for every listener of the table', () => {
    const proto = ConversationManager.prototype as unknown as Record<string, unknown>;
    for (const f of Object.values(API_TABLE.functions)) assert.equal(typeof proto[f.tsName], 'function', f.tsName);
    const { bridge, m } = manager();
    for (const l of Object.values(API_TABLE.listeners)) {
      const off = m.on(l.event as never, () => {});
      assert.equal(bridge.isSet(l.setter), true, l.setter);
      off();
      assert.equal(bridge.isSet(l.setter), false, l.setter);
    }
  });

  it('passes C-level arguments in header order', () => {
    const { bridge, m } = manager();
    void m.getConversationListByFilter({ conversation_list_filter_conv_type: 2, conversation_list_filter_mark_type: 1n << 33n }, 0n, 50);
    void m.markConversation(['c2c_a'], 1n << 40n, true);
    assert.deepEqual(bridge.calls.map((c) => [c.fn, c.args]), [
      ['TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conv_type":2,"conversation_list_filter_mark_type":8589934592}', 0n, 50]],
      ['TIMConvMarkConversation', ['["c2c_a"]', 1099511627776n, true]],
    ]);
  });

  it('refuses group names over 32 UTF-8 bytes with 51011 and more than 100 conversations with 51006', async () => {
    const { bridge, m } = manager();
    const long = '分'.repeat(11);
    assert.equal(await code(m.createConversationGroup(long, ['c2c_a'])), 51011);
    assert.equal(await code(m.addConversationsToGroup(long, ['c2c_a'])), 51011);
    assert.equal(await code(m.renameConversationGroup('friends', long)), 51011);
    assert.equal(await code(m.createConversationGroup('friends', ids(101))), 51006);
    assert.equal(await code(m.markConversation(ids(101), 1n, true)), 51006);
    assert.equal(await code(m.setConversationCustomData(ids(101), 'x')), 51006);
    assert.equal(await code(m.createConversationGroup('', ['c2c_a'])), -4);
    assert.equal(bridge.calls.length, 0);
  });

  it('resolves a 100-conversation page with exact 64-bit values', async () => {
    const { bridge, m } = manager();
    const { value, text } = page(100);
    const p = m.getConversationListByFilter({}, 0n, 100);
    bridge.answer(0, '', text);
    const result = await p;
    const first = result.conversation_list_result_conv_list![0];
    assert.equal(first.conv_active_time, PINNED_ACTIVE_TIME);
    assert.equal(first.conv_last_msg!.message_unique_id, UNIQUE_ID);
    assert.deepEqual(result, value);
  });

  it('delivers typed conversation events', () => {
    const { bridge, m, reported } = manager();
    const seen: unknown[] = [];
    m.on('convEvent', (event, convs) => seen.push([event, convs.map((c) => c.conv_active_time)]));
    m.on('totalUnreadMessageCountChanged', (n) => seen.push(n));
    bridge.emit('TIMSetConvEventCallback', 2, stringify(page(2).value.conversation_list_result_conv_list));
    bridge.emit('TIMSetConvTotalUnreadMessageCountChangedCallback', 9);
    assert.deepEqual(seen, [[2, [PINNED_ACTIVE_TIME, 1620877709n]], 9]);
    assert.deepEqual(reported, []);
  });

  it('runs the synchronous functions synchronously', () => {
    const { bridge, m } = manager();
    m.setDraft('c2c_a', 1, { draft_msg: { message_elem_array: [{ elem_type: 0, text_elem_content: 'hi' }] }, draft_user_define: 'u', draft_edit_time: 1 });
    m.subscribeUnreadMessageCountByFilter({ conversation_list_filter_conv_type: 1 });
    bridge.onCall = () => -2;
    assert.throws(() => m.cancelDraft('c2c_a', 1), (e: TimError) => e.code === -2);
    assert.deepEqual(bridge.calls.map((c) => c.fn), ['TIMConvSetDraft', 'TIMConvSubscribeUnreadMessageCountByFilter', 'TIMConvCancelDraft']);
  });
});
