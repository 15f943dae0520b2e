// `timconv demo`: a short scripted session on the simulator through the typed API a game uses:
// ConversationManager (validated Promises, exact 64-bit values, events) over SimulatorBridge, whose
// control surface plays the server (seeding conversations, delivering messages). Prints each step,
// the results and every event it sees.
import { ConversationManager } from '../generated/conversation-manager.ts';
import { TIMConvEvent, TIMConvType, TIMConversationMarkType, TIMElemType, type ConvInfo, type TIMConversationListFilter, type TIMConversationOperationResult } from '../generated/types.ts';
import { TimError } from '../errors.ts';
import { ManualClock } from '../simulator/clock.ts';
import { SimulatorBridge } from '../simulator/simulator-bridge.ts';

type Print = (line: string) => void;

const APP_MARK_ON_PC = 1n << 32n; // an app-defined mark in the extension bits 32..63
const MARK_NAMES = new Map<bigint, string>([[1n, 'star'], [2n, 'unread'], [4n, 'fold'], [8n, 'hide'], [APP_MARK_ON_PC, 'app:on-PC']]);

function describeConv(c: ConvInfo): string {
  const parts = [`${c.conv_show_name} (${c.conv_type === TIMConvType.kTIMConv_C2C ? 'c2c' : 'group'} ${c.conv_id})`];
  if (c.conv_is_pinned) parts.push(`pinned, active_time ${c.conv_active_time}`);
  if (c.conv_unread_num) parts.push(`unread ${c.conv_unread_num}`);
  if (c.conv_recv_opt) parts.push('muted');
  if (c.conv_group_at_info_array?.length) parts.push('@me');
  if (c.conv_conversation_group_array?.length) parts.push(`in [${c.conv_conversation_group_array.join(', ')}]`);
  if (c.conv_mark_array?.length) parts.push(`marked ${c.conv_mark_array.map((m) => MARK_NAMES.get(m) ?? String(m)).join('+')}`);
  const first = c.conv_last_msg?.message_elem_array?.[0];
  if (first && 'text_elem_content' in first) parts.push(`last: "${first.text_elem_content}"`);
  return parts.join(', ');
}

const names = (list: ConvInfo[]) => list.map((c) => c.conv_show_name).join(', ');
const outcomes = (list: TIMConversationOperationResult[]) => list
  .map((r) => `${r.conversation_operation_result_conversation_id} ${r.conversation_operation_result_result_code === 0 ? 'ok' : r.conversation_operation_result_result_code}`)
  .join(', ');

/** One listener per event; each event becomes one readable line. */
function listen(conv: ConversationManager, print: Print): void {
  const EVENT = ['add', 'delete', 'update', 'sync start', 'sync finish'];
  conv.on('convEvent', (event: TIMConvEvent, list) => print(`    event convEvent ${EVENT[event]}${list.length ? `: ${names(list)}` : ''}`));
  conv.on('totalUnreadMessageCountChanged', (n) => print(`    event total unread changed: ${n}`));
  conv.on('unreadMessageCountChangedByFilter', (f, n) => print(`    event unread of filter in group "${f.conversation_list_filter_conversation_group}" changed: ${n}`));
  conv.on('conversationGroupCreated', (g, list) => print(`    event group "${g}" created with: ${names(list)}`));
  conv.on('conversationGroupDeleted', (g) => print(`    event group "${g}" deleted`));
  conv.on('conversationGroupNameChanged', (a, b) => print(`    event group "${a}" renamed to "${b}"`));
  conv.on('conversationsAddedToGroup', (g, list) => print(`    event added to "${g}": ${names(list)}`));
  conv.on('conversationsDeletedFromGroup', (g, list, reason) => print(`    event removed from "${g}" (reason ${reason}): ${names(list)}`));
}

export async function runDemo(print: Print = (line) => console.log(line)): Promise<number> {
  const clock = new ManualClock(1_714_557_600); // 2024-05-01 10:00 UTC
  const server = new SimulatorBridge({ clock: clock.now });
  const conv = new ConversationManager(server);
  listen(conv, print);
  const step = async (title: string, run: () => void | Promise<void>) => {
    print(`\n> ${title}`);
    await run();
    await server.settle();
  };

  print('timconv demo: ConversationManager (typed, validated) over the simulator backend');

  await step('log in as "me"', () => server.login('me'));

  await step('the server has 12 conversations for us', () => {
    const seeds: [string, object][] = [
      ['c2c_alice', { showName: 'Alice', unread: 2 }], ['c2c_bob', { showName: 'Bob' }], ['c2c_xiaoming', { showName: '小明', unread: 1 }],
      ['c2c_gm', { showName: 'Game Master', unread: 1 }], ['c2c_erin', { showName: 'Erin' }], ['group_raid', { showName: 'Raid Night', unread: 4 }],
      ['group_guild', { showName: '龙之公会', unread: 7 }], ['group_world', { showName: 'World Chat', unread: 58, recvOpt: 2 }],
      ['group_trade', { showName: 'Trading Post', unread: 3 }], ['group_pvp', { showName: 'PvP Ladder' }],
      ['group_healers', { showName: 'Healers', unread: 1 }], ['group_crafting', { showName: 'Crafting', unread: 2 }],
    ];
    for (const [id, seed] of seeds) { clock.advance(60); server.addConversation(id, seed); }
  });

  await step('ask for the total unread count (from now on every change is announced)', async () => {
    const r = await conv.getTotalUnreadMessageCount();
    print(`  total unread: ${r.conv_get_total_unread_message_count_result_unread_count} (World Chat is muted, so its 58 do not count)`);
  });

  const squad = '公会战队';
  const filter: TIMConversationListFilter = {
    conversation_list_filter_conv_type: TIMConvType.kTIMConv_Group,
    conversation_list_filter_conversation_group: squad,
    conversation_list_filter_has_unread_count: true,
  };
  await step(`subscribe to the unread count of "group chats in ${squad} with unread"`, () => conv.subscribeUnreadMessageCountByFilter(filter));

  await step(`create conversation groups "${squad}" (12 of the 32 bytes allowed), "Friends" and "Market"`, async () => {
    print(`  results: ${outcomes(await conv.createConversationGroup(squad, ['group_raid', 'group_guild', 'group_pvp', 'group_healers', 'group_crafting', 'group_trade', 'group_world', 'c2c_gm']))}`);
    print(`  results: ${outcomes(await conv.createConversationGroup('Friends', ['c2c_alice', 'c2c_bob', 'c2c_nobody']))}`);
    print(`  results: ${outcomes(await conv.createConversationGroup('Market', ['group_trade']))}`);
  });

  await step('file Xiaoming under Friends, take Trading Post out of the squad group', async () => {
    print(`  results: ${outcomes(await conv.addConversationsToGroup('Friends', ['c2c_xiaoming']))}`);
    print(`  results: ${outcomes(await conv.deleteConversationsFromGroup(squad, ['group_trade']))}`);
  });

  await step('bad input is refused before it reaches the backend, with the SDK\'s own code where it has one', async () => {
    for (const attempt of [
      () => conv.createConversationGroup('一二三四五六七八九十一', ['c2c_bob']),
      () => conv.createConversationGroup('Raiders', []),
      () => conv.markConversation(['c2c_bob'], 1n << 20n, true),
    ]) {
      try { await attempt(); print('  accepted?!'); } catch (err) { print(`  refused: code ${(err as TimError).code}: ${(err as TimError).message}`); }
    }
  });

  await step('star Alice and Raid Night, mark Bob with an app-defined mark (bit 32), pin the Guild', async () => {
    print(`  results: ${outcomes(await conv.markConversation(['c2c_alice', 'group_raid'], BigInt(TIMConversationMarkType.kTIMConversationMarkTypeStar), true))}`);
    print(`  results: ${outcomes(await conv.markConversation(['c2c_bob'], APP_MARK_ON_PC, true))}`);
    await conv.pinConversation('guild', TIMConvType.kTIMConv_Group, true);
  });

  await step('messages arrive', () => {
    clock.advance(30);
    server.deliverMessage('group_raid', { message_sender: 'alice', message_group_at_user_array: ['me'], message_elem_array: [{ elem_type: TIMElemType.kTIMElem_Text, text_elem_content: '@me tank needed at 21:00' }] });
    clock.advance(5);
    server.deliverMessage('group_pvp', { message_sender: 'erin', message_elem_array: [{ elem_type: TIMElemType.kTIMElem_Text, text_elem_content: 'season 3 starts' }] });
    clock.advance(5);
    server.deliverMessage('c2c_bob', { message_elem_array: [{ elem_type: TIMElemType.kTIMElem_Text, text_elem_content: 'gg!' }] });
  });

  await step(`page through "group chats in ${squad} with unread" 5 at a time`, async () => {
    let next = 0n;
    for (let n = 1; ; n++) {
      const page = await conv.getConversationListByFilter(filter, next, 5);
      const list = page.conversation_list_result_conv_list ?? [];
      print(`  page ${n}: ${list.length} conversation(s), finished: ${page.conversation_list_result_is_finished}`);
      for (const c of list) print(`    - ${describeConv(c)}`);
      await server.settle();
      if (page.conversation_list_result_is_finished) break;
      next = page.conversation_list_result_next_seq ?? 0n;
      print('  (between pages a message reaches World Chat: it moves to the top of the list, yet this pass lists it once)');
      clock.advance(10);
      server.deliverMessage('group_world', { message_sender: 'gm', message_elem_array: [{ elem_type: TIMElemType.kTIMElem_Text, text_elem_content: 'server restart at 03:00' }] });
      await server.settle();
    }
  });

  await step('mark every group chat read ("group")', () => conv.cleanConversationUnreadMessageCount('group', 0, 0n));

  await step('the conversation list now (pinned first, then newest first)', async () => {
    (await conv.getConvList()).forEach((c, i) => print(`  ${String(i + 1).padStart(2)}. ${describeConv(c)}`));
  });

  conv.dispose();
  server.dispose();
  return 0;
}
