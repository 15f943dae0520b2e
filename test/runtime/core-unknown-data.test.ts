// Results are forward compatible, input stays strict: keys and enum values a newer native library
// adds pass through to the caller and are reported once per function and JSON path; a known key
// with a wrong value still fails with -903; the same unknown key in an input never reaches the bridge.
import { strict as assert } from 'node:assert';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import type { UnknownData } from '../../runtime/core/unknown-data.ts';
import { TimError, TIMCONV_ERR_INVALID_RESULT, TIM_ERR_PARAM } from '../../runtime/errors.ts';
import { stringify } from '../../runtime/json64.ts';
import { FakeBridge } from './fixtures/fake-bridge.ts';
import { rejection } from './fixtures/helpers.ts';
import { page, PINNED_ACTIVE_TIME, UNIQUE_ID } from './fixtures/payloads.ts';

const NEW_MSG_KEY = 'message_disable_cloud_message_pre_hook'; // added to Message in SDK 8.1
const LIST = '/conversation_list_result_conv_list/*';

/** A page as a newer library sends it: new keys in ConvInfo, in conv_last_msg and in its text element. */
function newerPage(n: number) {
  const { value } = page(n);
  for (const conv of value.conversation_list_result_conv_list as Record<string, any>[]) {
    conv.conv_new_flag = 2n ** 62n + 1n; // an unknown 64-bit value: not exact (the schema does not know it)
    conv.conv_last_msg[NEW_MSG_KEY] = true;
    conv.conv_last_msg.message_elem_array[0].text_elem_new_style = { bold: true };
  }
  return { value, text: stringify(value) };
}

function manager(options: { quiet?: boolean } = {}) {
  const bridge = new FakeBridge();
  const reports: UnknownData[] = [];
  const m = new ConversationManager(bridge, { onUnknownData: options.quiet ? undefined : (r) => reports.push(r), onError: () => {} });
  return { bridge, m, reports };
}

describe('core: results from a newer SDK (unknown keys and values)', () => {
  it('resolves a page with unknown keys in ConvInfo, conv_last_msg and a message element, keys and exact values intact', async () => {
    const { bridge, m } = manager();
    const { text } = newerPage(3);
    const p = m.getConversationListByFilter({}, 0n, 3);
    bridge.answer(0, '', text);
    const result = await p;
    const first = result.conversation_list_result_conv_list![0];
    assert.equal(first[NEW_MSG_KEY], undefined, 'the unknown key sits in conv_last_msg, not in ConvInfo');
    assert.equal(first.conv_last_msg![NEW_MSG_KEY], true);
    assert.deepEqual(first.conv_last_msg!.message_elem_array![0].text_elem_new_style, { bold: true });
    assert.equal(typeof first.conv_new_flag, 'number', 'an unknown key is not an exact key: JSON.parse reads it');
    assert.equal(first.conv_active_time, PINNED_ACTIVE_TIME);
    assert.equal(first.conv_last_msg!.message_unique_id, UNIQUE_ID);
    assert.equal(result.conversation_list_result_next_seq, 2n ** 62n + 977n);
  });

  it('reports each unknown key once per function and path, with the schema SDK version, and not again on the next call', async () => {
    const { bridge, m, reports } = manager();
    for (let call = 0; call < 2; call++) {
      const p = m.getConversationListByFilter({}, 0n, 3);
      bridge.answer(0, '', newerPage(3).text);
      await p;
    }
    const seen = reports.map((r) => `${r.kind} ${r.fn} ${r.path} ${r.key}`).sort();
    assert.deepEqual(seen, [
      `key TIMConvGetConversationListByFilter ${LIST}/conv_last_msg/message_elem_array/*/text_elem_new_style text_elem_new_style`,
      `key TIMConvGetConversationListByFilter ${LIST}/conv_last_msg/${NEW_MSG_KEY} ${NEW_MSG_KEY}`,
      `key TIMConvGetConversationListByFilter ${LIST}/conv_new_flag conv_new_flag`,
    ].sort());
    assert.equal(reports.length, 3);
    for (const r of reports) {
      assert.equal(r.schemaSdk, 'im_electron_sdk 8.0.5906');
      assert.match(r.message, /^TIMConvGetConversationListByFilter: the SDK sent key "\w+" \(conversation_list_result_conv_list\[\*\]\./);
      assert.match(r.message, /imported from im_electron_sdk 8\.0\.5906/);
      assert.match(r.message, /import its headers \(timconv import\) and regenerate/);
    }
  });

  it('reports the same key again for another function', async () => {
    const { bridge, m, reports } = manager();
    const list = newerPage(1).value.conversation_list_result_conv_list;
    const p1 = m.getConvList();
    bridge.answer(0, '', stringify(list));
    const p2 = m.getConvInfo([{ get_conversation_list_param_conv_id: 'c2c_a', get_conversation_list_param_conv_type: 1 }]);
    bridge.answer(0, '', stringify(list));
    await Promise.all([p1, p2]);
    const paths = reports.filter((r) => r.key === NEW_MSG_KEY).map((r) => `${r.fn} ${r.path}`);
    assert.deepEqual(paths, [`TIMConvGetConvList /*/conv_last_msg/${NEW_MSG_KEY}`, `TIMConvGetConvInfo /*/conv_last_msg/${NEW_MSG_KEY}`]);
  });

  it('passes an unknown enum value through and reports it once per path and value', async () => {
    const { bridge, m, reports } = manager();
    const { value } = page(2);
    const convs = value.conversation_list_result_conv_list as Record<string, any>[];
    convs[0].conv_recv_opt = 9;
    convs[1].conv_recv_opt = 9;
    convs[1].conv_last_msg.message_elem_array = [{ elem_type: 77, elem_new_kind_payload: 'x' }];
    const p = m.getConversationListByFilter({}, 0n, 2);
    bridge.answer(0, '', stringify(value));
    const result = await p;
    assert.equal(result.conversation_list_result_conv_list![0].conv_recv_opt, 9);
    assert.deepEqual(result.conversation_list_result_conv_list![1].conv_last_msg!.message_elem_array, [{ elem_type: 77, elem_new_kind_payload: 'x' }]);
    assert.deepEqual(reports.map((r) => [r.kind, r.path, r.value]), [
      ['value', `${LIST}/conv_recv_opt`, 9],
      ['value', `${LIST}/conv_last_msg/message_elem_array/*/elem_type`, 77],
    ]);
    assert.match(reports[0].message, /sent 9 at conversation_list_result_conv_list\[\*\]\.conv_recv_opt, a value the schema \(imported from im_electron_sdk 8\.0\.5906\) does not list/);
  });

  it('reports unknown keys of listener payloads with the event, and delivers them', () => {
    const { bridge, m, reports } = manager();
    const seen: unknown[] = [];
    m.on('convEvent', (_event, convs) => seen.push(convs[0].conv_last_msg?.[NEW_MSG_KEY]));
    const json = stringify(newerPage(1).value.conversation_list_result_conv_list);
    bridge.emit('TIMSetConvEventCallback', 2, json);
    bridge.emit('TIMSetConvEventCallback', 2, json);
    assert.deepEqual(seen, [true, true]);
    const r = reports.find((x) => x.key === NEW_MSG_KEY)!;
    assert.deepEqual([r.fn, r.event, r.path], ['TIMConvEventCallback', 'convEvent', `/json_conv_array/*/conv_last_msg/${NEW_MSG_KEY}`]);
    assert.equal(reports.length, 3);
  });

  it('still rejects a known key with the wrong type with -903, unknown keys or not', async () => {
    const { bridge, m } = manager();
    const { value } = newerPage(2);
    (value.conversation_list_result_conv_list as Record<string, any>[])[1].conv_last_msg.message_is_read = 'no';
    const p = m.getConversationListByFilter({}, 0n, 2);
    bridge.answer(0, '', stringify(value));
    const e = await rejection(p);
    assert.equal(e.code, TIMCONV_ERR_INVALID_RESULT);
    assert.deepEqual(e.problems.map((x) => `${x.path} ${x.rule}`), ['/conversation_list_result_conv_list/1/conv_last_msg/message_is_read type']);
  });

  it('refuses the same unknown key in an input with -4 before the bridge sees anything', async () => {
    const { bridge, m } = manager();
    const draft = { draft_msg: { message_elem_array: [{ elem_type: 0, text_elem_content: 'hi' }], [NEW_MSG_KEY]: true } } as never;
    assert.throws(() => m.setDraft('c2c_a', 1, draft), (e: TimError) => e.code === TIM_ERR_PARAM
      && e.problems.some((x) => x.path === `/json_draft_param/draft_msg/${NEW_MSG_KEY}` && x.rule === 'additionalProperties'));
    // @ts-expect-error input types stay exact: an unknown key does not type-check (tsc runs over the tests)
    const e = await rejection(m.getConversationListByFilter({ conversation_list_filter_conv_type: 1, conv_new_flag: 1 }, 0n, 10));
    assert.equal(e.code, TIM_ERR_PARAM);
    assert.deepEqual(e.problems.map((x) => `${x.path} ${x.rule}`), ['/filter/conv_new_flag additionalProperties']);
    const bad = await rejection(m.getConversationListByFilter({ conversation_list_filter_conv_type: 9 as never }, 0n, 10));
    assert.deepEqual(bad.problems.map((x) => `${x.path} ${x.rule}`), ['/filter/conversation_list_filter_conv_type enum']);
    assert.equal(bridge.calls.length, 0);
  });

  it('warns on the console once per path when no hook is given', async () => {
    const { bridge, m } = manager({ quiet: true });
    const warned: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => { warned.push(args); };
    try {
      for (let call = 0; call < 3; call++) {
        const p = m.getConversationListByFilter({}, 0n, 3);
        bridge.answer(0, '', newerPage(3).text);
        await p;
      }
    } finally {
      console.warn = original;
    }
    assert.equal(warned.length, 3);
    assert.ok(warned.every((w) => typeof w[0] === 'string' && w[0].startsWith('[timconv] TIMConvGetConversationListByFilter: the SDK sent key')));
  });

  it('a hook that throws breaks neither the call nor later reports', async () => {
    const bridge = new FakeBridge();
    let calls = 0;
    const m = new ConversationManager(bridge, { onUnknownData: () => { calls++; throw new Error('hook bug'); } });
    const p = m.getConversationListByFilter({}, 0n, 3);
    bridge.answer(0, '', newerPage(3).text);
    assert.equal((await p).conversation_list_result_conv_list!.length, 3);
    assert.equal(calls, 3);
  });

  it("reports nothing and checks nothing with outputValidation 'off'", async () => {
    const bridge = new FakeBridge();
    const reports: UnknownData[] = [];
    const m = new ConversationManager(bridge, { outputValidation: 'off', onUnknownData: (r) => reports.push(r) });
    const p = m.getConversationListByFilter({}, 0n, 3);
    bridge.answer(0, '', newerPage(3).text);
    assert.equal((await p).conversation_list_result_conv_list![0].conv_last_msg![NEW_MSG_KEY], true);
    assert.deepEqual(reports, []);
  });
});
