// Conversation operations and the control surface: login sync, adding and delivering, drafts,
// custom data, deleting, creating, looking up.
import { strict as assert } from 'node:assert';
import { SimulatorBridge } from '../../runtime/simulator/index.ts';
import { EventLog, T0, type ConvInfo, type OpResult, call, codec, codesOf, convByKey, convKey, convList, expectCode, makeSim, ok } from './helpers.ts';

describe('simulator: login and the control surface', () => {
  it('login fires convEvent start then finish, with an empty string as the payload', async () => {
    const { bridge } = makeSim({ login: false });
    const log = new EventLog(bridge, ['convEvent']);
    bridge.login('me');
    await bridge.settle();
    assert.deepEqual(log.events.map((e) => e.raw), [[3, ''], [4, '']]);
  });

  it('conversations seeded before login arrive as add events between start and finish, 100 per event', async () => {
    const { bridge, clock } = makeSim({ login: false });
    const log = new EventLog(bridge, ['convEvent']);
    for (let i = 0; i < 150; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`); }
    await bridge.settle();
    assert.equal(log.events.length, 0, 'events while nobody is logged in');
    assert.equal(bridge.conversationCount, 150);
    bridge.login('me');
    await bridge.settle();
    const ev = log.convEvents();
    assert.deepEqual(ev.map(([k, keys]) => [k, keys.length]), [[3, 0], [0, 100], [0, 50], [4, 0]]);
    assert.equal(ev[1][1][0], 'c2c_u149');
  });

  it('addConversation: C2C and group IDs map to bare conv_id and conv_type 1 / 2, and fire add', async () => {
    const { bridge } = makeSim();
    const log = new EventLog(bridge, ['convEvent']);
    bridge.addConversation('c2c_alice', { showName: 'Alice', faceUrl: 'https://example.invalid/a.png' });
    bridge.addConversation('group_team', { groupType: 2 });
    await bridge.settle();
    assert.deepEqual(log.convEvents(), [[0, ['c2c_alice']], [0, ['group_team']]]);
    const [team, alice] = await convList(bridge);
    assert.equal(alice.conv_id, 'alice');
    assert.equal(alice.conv_type, 1);
    assert.equal(alice.conv_show_name, 'Alice');
    assert.equal(alice.conv_face_url, 'https://example.invalid/a.png');
    assert.equal('conv_group_type' in alice, false);
    assert.equal(team.conv_id, 'team');
    assert.equal(team.conv_type, 2);
    assert.equal(team.conv_group_type, 2);
    assert.equal(team.conv_show_name, 'team');
  });

  it('addConversation can seed a last message, a draft and a pinned state; its time sets the active time', async () => {
    const { bridge } = makeSim();
    assert.equal(bridge.userID, 'me');
    bridge.addConversation('c2c_old', { lastMessage: { message_server_time: 1_600_000_000n, message_elem_array: [{ elem_type: 0, text_elem_content: 'long ago' }] } });
    bridge.addConversation('c2c_pin', { pinned: true, draft: { draft_user_define: 'typing' } });
    bridge.addConversation('c2c_new');
    const list = await convList(bridge);
    assert.deepEqual(list.map(convKey), ['c2c_pin', 'c2c_new', 'c2c_old']);
    assert.equal(list[2].conv_active_time, 1_600_000_000n);
    assert.equal(list[2].conv_last_msg.message_elem_array[0].text_elem_content, 'long ago');
    assert.equal(list[0].conv_is_has_draft, true);
    assert.equal(list[0].conv_draft.draft_user_define, 'typing');
  });

  it('addConversation rejects malformed IDs, duplicates and bad receive options', () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    assert.throws(() => bridge.addConversation('c2c_a'), /exists/);
    assert.throws(() => bridge.addConversation('a'), /not c2c_/);
    assert.throws(() => bridge.addConversation('c2c_'), /not c2c_/);
    assert.throws(() => bridge.addConversation('c2c_b', { recvOpt: 7 }), /receive option/);
  });

  it('deliverMessage creates an unknown conversation (add) and updates a known one (update)', async () => {
    const { bridge, clock } = makeSim();
    const log = new EventLog(bridge, ['convEvent']);
    bridge.deliverMessage('c2c_bob', { message_elem_array: [{ elem_type: 0, text_elem_content: 'hi' }] });
    clock.advance();
    const m = bridge.deliverMessage('c2c_bob', { message_elem_array: [{ elem_type: 0, text_elem_content: 'again' }] });
    await bridge.settle();
    assert.deepEqual(log.convEvents(), [[0, ['c2c_bob']], [2, ['c2c_bob']]]);
    const bob = (await convByKey(bridge, 'c2c_bob'))!;
    assert.equal(bob.conv_is_has_lastmsg, true);
    assert.equal(bob.conv_last_msg.message_elem_array[0].text_elem_content, 'again');
    assert.equal(bob.conv_last_msg.message_conv_id, 'bob');
    assert.equal(bob.conv_last_msg.message_conv_type, 1);
    assert.equal(bob.conv_last_msg.message_sender, 'bob');
    assert.equal(bob.conv_last_msg.message_unique_id, m.message_unique_id);
    assert.equal(bob.conv_active_time, BigInt(T0 + 1));
    assert.equal(bob.conv_unread_num, 2);
  });

  it('a message_seq that is no uint64 is refused before anything is stored', async () => {
    const { bridge } = makeSim();
    bridge.deliverMessage('c2c_bob', { message_seq: 7n });
    const before = await call(bridge, 'TIMConvGetConvList', []);
    for (const seq of [-1, -1n, 1n << 64n, 0.5, 2 ** 60, '7']) {
      assert.throws(() => bridge.deliverMessage('c2c_bob', { message_seq: seq as never }), /message_seq must be a uint64/, String(seq));
      assert.throws(() => bridge.deliverMessage('c2c_new', { message_seq: seq as never }), /message_seq must be a uint64/);
      assert.throws(() => bridge.addConversation('c2c_seeded', { lastMessage: { message_seq: seq as never } }), /message_seq must be a uint64/);
    }
    assert.equal((await call(bridge, 'TIMConvGetConvList', [])).json, before.json, 'nothing changed');
    assert.equal(bridge.conversationCount, 1);
    bridge.deliverMessage('c2c_bob', { message_seq: (1n << 64n) - 1n });
    assert.ok((await call(bridge, 'TIMConvGetConvList', [])).json.includes('"message_seq":18446744073709551615'));
  });

  it('message_unique_id of a delivered message is a 63-bit value that survives the JSON text exactly', async () => {
    const { bridge } = makeSim();
    const m = bridge.deliverMessage('c2c_a');
    const id = m.message_unique_id as bigint;
    assert.ok(id > BigInt(Number.MAX_SAFE_INTEGER));
    const c = await call(bridge, 'TIMConvGetConvList', []);
    assert.ok(c.json.includes(`"message_unique_id":${id}`));
    assert.equal((codec.parse(c.json) as ConvInfo[])[0].conv_last_msg.message_unique_id, id);
  });

  it('a message excluded from the last message counts as unread but leaves the last message', async () => {
    const { bridge } = makeSim();
    bridge.deliverMessage('c2c_a', { message_elem_array: [{ elem_type: 0, text_elem_content: 'first' }] });
    bridge.deliverMessage('c2c_a', { message_excluded_from_last_message: true });
    const a = (await convByKey(bridge, 'c2c_a'))!;
    assert.equal(a.conv_last_msg.message_elem_array[0].text_elem_content, 'first');
    assert.equal(a.conv_unread_num, 2);
  });

  it('changing the caller\'s message object after delivery changes nothing stored', async () => {
    const { bridge } = makeSim();
    const msg = { message_elem_array: [{ elem_type: 0, text_elem_content: 'kept' }] };
    bridge.deliverMessage('c2c_a', msg);
    msg.message_elem_array[0].text_elem_content = 'changed';
    assert.equal((await convByKey(bridge, 'c2c_a'))!.conv_last_msg.message_elem_array[0].text_elem_content, 'kept');
  });

  it('setReceiveOption changes conv_recv_opt and fires update', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('group_g');
    const log = new EventLog(bridge, ['convEvent']);
    bridge.setReceiveOption('group_g', 2);
    bridge.setReceiveOption('group_g', 2);
    await bridge.settle();
    assert.deepEqual(log.convEvents(), [[2, ['group_g']]]);
    assert.equal((await convByKey(bridge, 'group_g'))!.conv_recv_opt, 2);
    assert.throws(() => bridge.setReceiveOption('group_none', 1), /no conversation/);
  });

  it('the default clock is the system clock in seconds', () => {
    const bridge = new SimulatorBridge();
    bridge.login('me');
    const before = Math.floor(Date.now() / 1000);
    bridge.addConversation('c2c_a');
    const t = bridge.peek('c2c_a')!.conv_active_time as bigint;
    assert.ok(t >= BigInt(before) && t <= BigInt(Math.floor(Date.now() / 1000)));
  });

  it('peek returns a copy: changing it changes nothing', () => {
    const { bridge } = makeSim();
    bridge.deliverMessage('c2c_a', { message_elem_array: [{ elem_type: 0, text_elem_content: 'x' }] });
    const p = bridge.peek('c2c_a')!;
    (p.conv_conversation_group_array as string[]).push('evil');
    assert.deepEqual(bridge.peek('c2c_a')!.conv_conversation_group_array, []);
  });
});

describe('simulator: drafts (synchronous)', () => {
  it('TIMConvSetDraft stores the draft; conv_is_has_draft and conv_draft follow; TIMConvCancelDraft removes it', async () => {
    const { bridge, clock } = makeSim();
    bridge.addConversation('c2c_a');
    const log = new EventLog(bridge, ['convEvent']);
    clock.advance(5);
    const draft = '{"draft_msg":{"message_elem_array":[{"elem_type":0,"text_elem_content":"half typed"}]},"draft_user_define":"ui-state"}';
    assert.equal(bridge.call('TIMConvSetDraft', ['a', 1, draft]), 0);
    let a = (await convByKey(bridge, 'c2c_a'))!;
    assert.equal(a.conv_is_has_draft, true);
    assert.equal(a.conv_draft.draft_user_define, 'ui-state');
    assert.equal(a.conv_draft.draft_msg.message_elem_array[0].text_elem_content, 'half typed');
    assert.equal(a.conv_draft.draft_edit_time, T0 + 5, 'edit time filled in from the clock');
    assert.equal(bridge.call('TIMConvCancelDraft', ['a', 1]), 0);
    a = (await convByKey(bridge, 'c2c_a'))!;
    assert.equal(a.conv_is_has_draft, false);
    assert.equal('conv_draft' in a, false);
    assert.deepEqual(log.convEvents(), [[2, ['c2c_a']], [2, ['c2c_a']]]);
  });

  it('keeps a given draft_edit_time and does not reorder the list', async () => {
    const { bridge, clock } = makeSim();
    bridge.addConversation('c2c_a');
    clock.advance();
    bridge.addConversation('c2c_b');
    assert.equal(bridge.call('TIMConvSetDraft', ['a', 1, '{"draft_edit_time":123}']), 0);
    const list = await convList(bridge);
    assert.deepEqual(list.map(convKey), ['c2c_b', 'c2c_a']);
    assert.equal(list[1].conv_draft.draft_edit_time, 123);
  });

  it('returns -5 (TIM_ERR_CONV) for a conversation that does not exist', () => {
    const { bridge } = makeSim();
    assert.equal(bridge.call('TIMConvSetDraft', ['ghost', 1, '{}']), -5);
    assert.equal(bridge.call('TIMConvCancelDraft', ['ghost', 2]), -5);
  });
});

describe('simulator: custom data', () => {
  it('sets custom data on each conversation with a result per ID (6004 for unknown ones)', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    bridge.addConversation('group_g');
    const log = new EventLog(bridge, ['convEvent']);
    const r = await ok<OpResult[]>(bridge, 'TIMConvSetConversationCustomData', ['["c2c_a","group_g","c2c_x"]', '{"level":3}']);
    assert.deepEqual(codesOf(r), { c2c_a: 0, group_g: 0, c2c_x: 6004 });
    assert.equal((await convByKey(bridge, 'group_g'))!.conv_custom_data, '{"level":3}');
    assert.deepEqual(log.convEvents(), [[2, ['c2c_a', 'group_g']]]);
  });

  it('accepts 256 UTF-8 bytes and returns -4 for 257 (bytes, not characters)', () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    assert.equal(bridge.call('TIMConvSetConversationCustomData', ['["c2c_a"]', 'a'.repeat(256)], () => {}), 0);
    assert.equal(bridge.call('TIMConvSetConversationCustomData', ['["c2c_a"]', 'a'.repeat(257)], () => {}), -4);
    assert.equal(bridge.call('TIMConvSetConversationCustomData', ['["c2c_a"]', '数'.repeat(85) + 'a'], () => {}), 0); // 256 bytes
    assert.equal(bridge.call('TIMConvSetConversationCustomData', ['["c2c_a"]', '数'.repeat(86)], () => {}), -4); // 258 bytes
    assert.equal(bridge.call('TIMConvSetConversationCustomData', ['["c2c_a"]', '😀'.repeat(64)], () => {}), 0); // 256 bytes
    assert.equal(bridge.call('TIMConvSetConversationCustomData', ['["c2c_a"]', '😀'.repeat(64) + 'a'], () => {}), -4);
  });

  it('more than 100 IDs answer 51006; more than 1000 conversations with custom data get 51008 per ID', async () => {
    const { bridge } = makeSim();
    const ids = (from: number, n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `c2c_u${from + i}`));
    await expectCode(bridge, 'TIMConvSetConversationCustomData', [ids(0, 101), 'x'], 51006);
    for (let i = 0; i < 1001; i++) bridge.addConversation(`c2c_u${i}`);
    for (let i = 0; i < 1000; i += 100) await ok(bridge, 'TIMConvSetConversationCustomData', [ids(i, 100), 'x']);
    assert.deepEqual(codesOf(await ok<OpResult[]>(bridge, 'TIMConvSetConversationCustomData', [ids(999, 2), 'y'])), { c2c_u999: 0, c2c_u1000: 51008 });
    await ok(bridge, 'TIMConvDelete', ['u0', 1]); // custom data cannot be cleared; deleting frees a place
    assert.deepEqual(codesOf(await ok<OpResult[]>(bridge, 'TIMConvSetConversationCustomData', [ids(1000, 1), 'y'])), { c2c_u1000: 0 });
  });
});

describe('simulator: deleting, creating and looking up conversations', () => {
  it('TIMConvDelete removes the conversation and fires del with its ConvInfo', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a', { unread: 1 });
    const log = new EventLog(bridge, ['convEvent']);
    await ok(bridge, 'TIMConvDelete', ['a', 1]);
    assert.deepEqual(log.convEvents(), [[1, ['c2c_a']]]);
    assert.equal(log.of('convEvent')[0].args[1][0].conv_unread_num, 1);
    assert.deepEqual(await convList(bridge), []);
    await expectCode(bridge, 'TIMConvDelete', ['a', 1], 6004);
  });

  it('the conversation type is part of the identity: C2C "x" and group "x" are different', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_x');
    bridge.addConversation('group_x');
    await ok(bridge, 'TIMConvDelete', ['x', 2]);
    assert.deepEqual((await convList(bridge)).map(convKey), ['c2c_x']);
  });

  it('TIMConvDeleteConversationList deletes with a result per ID; unknown ones get 6004', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    bridge.addConversation('group_b');
    const r = await ok<OpResult[]>(bridge, 'TIMConvDeleteConversationList', ['["c2c_a","group_b","group_zz","c2c_a"]', false]);
    assert.deepEqual(r.map((x) => [x.conversation_operation_result_conversation_id, x.conversation_operation_result_result_code]),
      [['c2c_a', 0], ['group_b', 0], ['group_zz', 6004]]);
    assert.deepEqual(await convList(bridge), []);
    await expectCode(bridge, 'TIMConvDeleteConversationList', [JSON.stringify(Array.from({ length: 101 }, (_, i) => `c2c_${i}`)), true], 51006);
  });

  it('TIMConvCreate returns the ConvInfo, creating the conversation (add) only when missing', async () => {
    const { bridge } = makeSim();
    const log = new EventLog(bridge, ['convEvent']);
    const created = await ok<ConvInfo>(bridge, 'TIMConvCreate', ['neo', 1]);
    assert.equal(created.conv_id, 'neo');
    assert.equal(created.conv_type, 1);
    const again = await ok<ConvInfo>(bridge, 'TIMConvCreate', ['neo', 1]);
    assert.deepEqual(again, created);
    assert.deepEqual(log.convEvents(), [[0, ['c2c_neo']]]);
  });

  it('TIMConvGetConvInfo returns the existing ones in request order and skips the rest', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    bridge.addConversation('group_g');
    const param = (id: string, type: number) => ({ get_conversation_list_param_conv_id: id, get_conversation_list_param_conv_type: type });
    const r = await ok<ConvInfo[]>(bridge, 'TIMConvGetConvInfo', [JSON.stringify([param('g', 2), param('nobody', 1), param('a', 1), param('a', 2), param('a', 3)])]);
    assert.deepEqual(r.map(convKey), ['group_g', 'c2c_a']);
  });

  it('every ConvInfo carries the keys the real SDK sends (and only schema keys)', async () => {
    const { bridge } = makeSim();
    bridge.deliverMessage('group_g');
    const [g] = await convList(bridge);
    assert.deepEqual(Object.keys(g), ['conv_id', 'conv_type', 'conv_face_url', 'conv_unread_num', 'conv_active_time', 'conv_is_has_lastmsg',
      'conv_last_msg', 'conv_is_has_draft', 'conv_recv_opt', 'conv_group_type', 'conv_group_at_info_array', 'conv_is_pinned', 'conv_show_name',
      'conv_mark_array', 'conv_custom_data', 'conv_conversation_group_array', 'conv_c2c_read_timestamp', 'conv_group_read_sequence']);
  });
});
