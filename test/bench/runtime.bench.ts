// The runtime end to end, as a caller waits for it: from the call to the resolved, typed value
// (validate the arguments, serialize, call a bridge that answers on the next microtask with the
// same JSON every time, parse with exact 64-bit integers, validate the result, settle).
// Baselines a user would choose instead, answering the same JSON the same way:
//   bare call     JSON.stringify the arguments, JSON.parse the answer (rounds 64-bit values)
//   official SDK  the Electron SDK's own conversation manager (support/official-sdk.ts)
// Every group is timed in one measure() call: interleaved rounds, CPU time of this process.
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { page } from '../runtime/fixtures/payloads.ts';
import { CannedBridge } from './support/canned-bridge.ts';
import type { BenchOutput, Figure } from './support/figures.ts';
import { isMain, measure, ratioSpread, round, type Timing } from './support/measure.ts';
import { loadOfficialSdk } from './support/official-sdk.ts';

const ROUNDS = 21;
const HOW = `CPU time per call after a warm-up, median of ${ROUNDS} interleaved rounds; ratio spread over rounds`;
const BY_FILTER = 'TIMConvGetConversationListByFilter';
const UNREAD = 'TIMConvGetTotalUnreadMessageCount';
const UNREAD_JSON = '{"conv_get_total_unread_message_count_result_unread_count":42}';

/** What a caller without this project writes: stringify, call, JSON.parse on the next microtask. */
function bareCall(args: unknown[], json: string): Promise<unknown> {
  JSON.stringify(args);
  return Promise.resolve().then(() => JSON.parse(json));
}

const filter = { conversation_list_filter_conv_type: 1, conversation_list_filter_mark_type: 1n };
// The same filter with plain numbers: JSON.stringify, and so the official SDK, cannot take a bigint.
const officialFilter = { conversation_list_filter_conv_type: 1, conversation_list_filter_mark_type: 1 };

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`runtime bench: ${what}`);
}

const x = (r: number) => `${r.toFixed(2)}×`;
const spreadText = (s: { median: number; min: number; max: number }) => `${x(s.median)} (${x(s.min)}–${x(s.max)})`;

/** One page size: bare, official and ours (strict and with output validation off), interleaved. */
async function pageGroup(n: number): Promise<{ bare: Timing; official: Timing; strict: Timing; off: Timing; officialCursor: string; ourCursor: string; kib: number }> {
  const { text, value } = page(n);
  const sdk = loadOfficialSdk({ [BY_FILTER]: text });
  const strict = new ConversationManager(new CannedBridge(text));
  const off = new ConversationManager(new CannedBridge(text), { outputValidation: 'off' });
  const officialCall = () => sdk.manager.TIMConvGetConversationListByFilter({
    params: { ...officialFilter, conversation_list_filter_next_seq: 0, conversation_list_filter_count: n }, user_data: '',
  });
  // Fail loudly rather than time an error path.
  const ours = await strict.getConversationListByFilter(filter, 0n, n);
  const theirs = (await officialCall()).json_params as { conversation_list_result_conv_list: unknown[]; conversation_list_result_next_seq: number };
  check(ours.conversation_list_result_conv_list?.length === n && theirs.conversation_list_result_conv_list.length === n, `a ${n}-conversation page did not come back`);
  check(sdk.calls.get(BY_FILTER) === 1, 'the official SDK did not call the native function');
  const [bare, official, s, o] = await measure([
    { name: 'bare', run: () => bareCall([officialFilter, 0, n], text), async: true },
    { name: 'official', run: officialCall, async: true },
    { name: 'strict', run: () => strict.getConversationListByFilter(filter, 0n, n), async: true },
    { name: 'off', run: () => off.getConversationListByFilter(filter, 0n, n), async: true },
  ], { rounds: ROUNDS });
  return {
    bare, official, strict: s, off: o, kib: text.length / 1024,
    officialCursor: String(theirs.conversation_list_result_next_seq),
    ourCursor: `${ours.conversation_list_result_next_seq}${ours.conversation_list_result_next_seq === value.conversation_list_result_next_seq ? ' (exact)' : ' (WRONG)'}`,
  };
}

export async function run(): Promise<BenchOutput> {
  const details: Record<string, number | string> = {};
  const figures: Figure[] = [];
  for (const n of [100, 1000]) {
    const g = await pageGroup(n);
    const vsOfficial = ratioSpread(g.strict, g.official);
    Object.assign(details, {
      [`${n} conversations: payload`]: `${g.kib.toFixed(0)} KiB of JSON`,
      [`${n}: bare call ms`]: round(g.bare.ms),
      [`${n}: official SDK ms`]: round(g.official.ms),
      [`${n}: ConversationManager strict ms`]: round(g.strict.ms),
      [`${n}: ConversationManager, output validation off ms`]: round(g.off.ms),
      [`${n}: strict / official`]: spreadText(vsOfficial),
      [`${n}: strict / bare call`]: spreadText(ratioSpread(g.strict, g.bare)),
      [`${n}: validation off / official`]: spreadText(ratioSpread(g.off, g.official)),
      [`${n}: next_seq, official SDK`]: `${g.officialCursor} (rounded by JSON.parse)`,
      [`${n}: next_seq, ConversationManager`]: g.ourCursor,
    });
    figures.push({
      figure: `a ${n}-conversation page, ConversationManager (strict) / official SDK, same JSON`,
      measured: `${spreadText(vsOfficial)}: ${round(g.strict.ms)} vs ${round(g.official.ms)} ms`,
      goal: '≤ 1.25×',
      met: vsOfficial.median <= 1.25,
      how: HOW,
    });
  }

  const sdk = loadOfficialSdk({ [UNREAD]: UNREAD_JSON });
  const strict = new ConversationManager(new CannedBridge(UNREAD_JSON));
  const ours = await strict.getTotalUnreadMessageCount();
  check(ours.conv_get_total_unread_message_count_result_unread_count === 42, 'the unread total did not come back');
  const [bare, official, tiny] = await measure([
    { name: 'bare', run: () => bareCall([], UNREAD_JSON), async: true },
    { name: 'official', run: () => sdk.manager.TIMConvGetTotalUnreadMessageCount({}), async: true },
    { name: 'strict', run: () => strict.getTotalUnreadMessageCount(), async: true },
  ], { rounds: ROUNDS });
  check((sdk.calls.get(UNREAD) ?? 0) > 0, 'the official SDK did not call the native function');
  const us = (t: Timing) => t.ms * 1000;
  Object.assign(details, {
    'unread total: bare call µs': round(us(bare)),
    'unread total: official SDK µs': round(us(official)),
    'unread total: ConversationManager strict µs': round(us(tiny)),
    'unread total: strict / official': spreadText(ratioSpread(tiny, official)),
  });
  figures.push({
    figure: 'a tiny call (unread total), ConversationManager (strict)',
    measured: `${round(us(tiny), 2)} µs (official ${round(us(official), 2)} µs, bare ${round(us(bare), 2)} µs)`,
    goal: '≤ 2 µs',
    met: us(tiny) <= 2,
    how: `CPU time per call after a warm-up, median of ${ROUNDS} interleaved rounds`,
  });
  return { details, figures };
}

if (isMain(import.meta.url)) {
  const { details, figures } = await run();
  console.log(details);
  console.log(figures);
}
