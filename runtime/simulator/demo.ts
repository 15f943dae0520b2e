// `timconv demo`: a short scripted session on the simulator, driven through the Bridge interface
// directly (C-level arguments, JSON text, completion callbacks), printing each step, the results
// and every listener call it sees.
import type { BridgeArg } from '../bridge.ts';
import { codec } from './args.ts';
import { ManualClock } from './clock.ts';
import { SimulatorBridge } from './simulator-bridge.ts';

type Info = Record<string, any>;
type Print = (line: string) => void;

const EVENT_NAMES = ['add', 'delete', 'update', 'sync start', 'sync finish'];
const MARK_NAMES: Record<string, string> = { '1': 'star', '2': 'unread', '4': 'fold', '8': 'hide', '4294967296': 'app:on-PC' };

function describeConv(c: Info): string {
  const parts = [`${c.conv_show_name} (${c.conv_type === 1 ? 'c2c' : 'group'} ${c.conv_id})`];
  if (c.conv_is_pinned) parts.push('pinned');
  if (c.conv_unread_num) parts.push(`unread ${c.conv_unread_num}`);
  if (c.conv_recv_opt) parts.push('muted');
  if (c.conv_group_at_info_array?.length) parts.push('@me');
  if (c.conv_conversation_group_array?.length) parts.push(`in [${c.conv_conversation_group_array.join(', ')}]`);
  if (c.conv_mark_array?.length) parts.push(`marked ${(c.conv_mark_array as bigint[]).map((m) => MARK_NAMES[String(m)] ?? String(m)).join('+')}`);
  const text = c.conv_last_msg?.message_elem_array?.[0]?.text_elem_content;
  if (text) parts.push(`last: "${text}"`);
  return parts.join(', ');
}

function names(json: string): string {
  return (codec.parse(json) as Info[]).map((c) => c.conv_show_name).join(', ');
}

/** Registers all eight listeners; each call becomes one readable line. */
function listen(bridge: SimulatorBridge, print: Print): void {
  bridge.setListener('TIMSetConvEventCallback', (kind, json) => {
    const what = EVENT_NAMES[kind as number];
    print(json === '' ? `    event convEvent ${what}` : `    event convEvent ${what}: ${names(json as string)}`);
  });
  bridge.setListener('TIMSetConvTotalUnreadMessageCountChangedCallback', (n) => print(`    event total unread changed: ${n}`));
  bridge.setListener('TIMSetConvUnreadMessageCountChangedByFilterCallback', (f, n) => print(`    event unread of filter ${f} changed: ${n}`));
  bridge.setListener('TIMSetConvConversationGroupCreatedCallback', (g, json) => print(`    event group "${g}" created with: ${names(json as string)}`));
  bridge.setListener('TIMSetConvConversationGroupDeletedCallback', (g) => print(`    event group "${g}" deleted`));
  bridge.setListener('TIMSetConvConversationGroupNameChangedCallback', (a, b) => print(`    event group "${a}" renamed to "${b}"`));
  bridge.setListener('TIMSetConvConversationsAddedToGroupCallback', (g, json) => print(`    event added to "${g}": ${names(json as string)}`));
  bridge.setListener('TIMSetConvConversationsDeletedFromGroupCallback', (g, json, reason) => print(`    event removed from "${g}" (reason ${reason}): ${names(json as string)}`));
}

export async function runDemo(print: Print = (line) => console.log(line)): Promise<number> {
  const clock = new ManualClock(1_714_557_600); // 2024-05-01 10:00 UTC
  const bridge = new SimulatorBridge({ clock: clock.now });
  listen(bridge, print);

  const call = (fn: string, args: BridgeArg[]) => new Promise<{ code: number; desc: string; json: string }>((resolve, reject) => {
    const r = bridge.call(fn, args, (code, desc, json) => resolve({ code, desc, json }));
    if (r !== 0) reject(new Error(`${fn} returned ${r}`));
  });
  const step = async (title: string, run: () => void | Promise<void>) => {
    print(`\n> ${title}`);
    await run();
    await bridge.settle();
  };
  const results = (json: string) => (codec.parse(json) as Info[])
    .map((r) => `${r.conversation_operation_result_conversation_id} ${r.conversation_operation_result_result_code === 0 ? 'ok' : r.conversation_operation_result_result_code}`)
    .join(', ');

  print('timconv demo: the simulator backend, driven through the Bridge interface');

  await step('login as "me"', () => bridge.login('me'));

  await step('the server has 12 conversations for us', () => {
    const seeds: [string, object][] = [
      ['c2c_alice', { showName: 'Alice', unread: 2 }],
      ['c2c_bob', { showName: 'Bob' }],
      ['c2c_xiaoming', { showName: '小明', unread: 1 }],
      ['c2c_gm', { showName: 'Game Master', unread: 1 }],
      ['c2c_erin', { showName: 'Erin' }],
      ['group_raid', { showName: 'Raid Night', unread: 4 }],
      ['group_guild', { showName: '龙之公会', unread: 7 }],
      ['group_world', { showName: 'World Chat', unread: 58, recvOpt: 2 }],
      ['group_trade', { showName: 'Trading Post', unread: 3 }],
      ['group_pvp', { showName: 'PvP Ladder' }],
      ['group_healers', { showName: 'Healers', unread: 1 }],
      ['group_crafting', { showName: 'Crafting', unread: 2 }],
    ];
    for (const [id, seed] of seeds) { clock.advance(60); bridge.addConversation(id, seed); }
  });

  await step('ask for the total unread count (from now on changes are announced)', async () => {
    const r = await call('TIMConvGetTotalUnreadMessageCount', []);
    print(`  total unread: ${r.json}  (World Chat is muted, so its 58 do not count)`);
  });

  const squad = '公会战队';
  const filter = { conversation_list_filter_conv_type: 2, conversation_list_filter_conversation_group: squad, conversation_list_filter_has_unread_count: true };
  await step(`subscribe to the unread count of "group chats in ${squad} with unread"`, () => {
    print(`  sync result: ${bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', [JSON.stringify(filter)])}`);
  });

  await step(`create conversation groups "${squad}" (32-byte limit: 4 Chinese characters are 12 bytes), "Friends" and "Market"`, async () => {
    const ids = ['group_raid', 'group_guild', 'group_pvp', 'group_healers', 'group_crafting', 'group_trade', 'group_world', 'c2c_gm'];
    print(`  results: ${results((await call('TIMConvCreateConversationGroup', [squad, JSON.stringify(ids)])).json)}`);
    print(`  results: ${results((await call('TIMConvCreateConversationGroup', ['Friends', '["c2c_alice","c2c_bob","c2c_nobody"]'])).json)}`);
    print(`  results: ${results((await call('TIMConvCreateConversationGroup', ['Market', '["group_trade"]'])).json)}`);
  });

  await step('file Xiaoming under Friends, take Trading Post out of the squad group', async () => {
    print(`  results: ${results((await call('TIMConvAddConversationsToGroup', ['Friends', '["c2c_xiaoming"]'])).json)}`);
    print(`  results: ${results((await call('TIMConvDeleteConversationsFromGroup', [squad, '["group_trade"]'])).json)}`);
  });

  await step('a group name of 11 Chinese characters (33 bytes) is refused', async () => {
    const r = await call('TIMConvCreateConversationGroup', ['一二三四五六七八九十一', '["c2c_bob"]']);
    print(`  code ${r.code}: ${r.desc}`);
  });

  await step('star Alice and Raid Night, mark Bob with an app-defined mark (bit 32), pin the Guild', async () => {
    print(`  results: ${results((await call('TIMConvMarkConversation', ['["c2c_alice","group_raid"]', 1n, true])).json)}`);
    print(`  results: ${results((await call('TIMConvMarkConversation', ['["c2c_bob"]', 1n << 32n, true])).json)}`);
    await call('TIMConvPinConversation', ['guild', 2, true]);
  });

  await step('messages arrive', () => {
    clock.advance(30);
    bridge.deliverMessage('group_raid', { message_sender: 'alice', message_group_at_user_array: ['me'], message_elem_array: [{ elem_type: 0, text_elem_content: '@me tank needed at 21:00' }] });
    clock.advance(5);
    bridge.deliverMessage('group_pvp', { message_sender: 'erin', message_elem_array: [{ elem_type: 0, text_elem_content: 'season 3 starts' }] });
    clock.advance(5);
    bridge.deliverMessage('c2c_bob', { message_elem_array: [{ elem_type: 0, text_elem_content: 'gg!' }] });
  });

  await step(`page through "${codec.stringify(filter)}" 5 at a time`, async () => {
    let next = 0n;
    for (let n = 1; ; n++) {
      const r = await call('TIMConvGetConversationListByFilter', [JSON.stringify(filter), next, 5]);
      const page = codec.parse(r.json) as Info;
      print(`  page ${n}: ${page.conversation_list_result_conv_list.length} conversation(s), finished: ${page.conversation_list_result_is_finished}`);
      for (const c of page.conversation_list_result_conv_list as Info[]) print(`    - ${describeConv(c)}`);
      await bridge.settle();
      if (page.conversation_list_result_is_finished) break;
      next = page.conversation_list_result_next_seq;
      print('  (between pages a message reaches World Chat: it moves to the top of the list, yet this pass still lists it once, where it was)');
      clock.advance(10);
      bridge.deliverMessage('group_world', { message_sender: 'gm', message_elem_array: [{ elem_type: 0, text_elem_content: 'server restart at 03:00' }] });
      await bridge.settle();
    }
  });

  await step('mark every group chat read ("group")', async () => {
    await call('TIMConvCleanConversationUnreadMessageCount', ['group', 0n, 0n]);
  });

  await step('the conversation list now', async () => {
    const list = codec.parse((await call('TIMConvGetConvList', [])).json) as Info[];
    list.forEach((c, i) => print(`  ${String(i + 1).padStart(2)}. ${describeConv(c)}`));
  });

  bridge.dispose();
  return 0;
}
