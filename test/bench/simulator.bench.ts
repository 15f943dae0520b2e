// Benchmark of the simulator backend: filtered paging over 100,000 conversations, the cost of one
// unread change with 20 subscribed filters at 10k and at 100k conversations (should not grow with
// the count), and the heap taken by 100k conversations. `run()` returns the numbers; running this
// file prints a report.
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { createJson64 } from '../../runtime/json64.ts';
import { ManualClock, SimulatorBridge } from '../../runtime/simulator/index.ts';

const codec = createJson64(API_TABLE.exactInt64Keys);

const T0 = 1_700_000_000;
const GROUP_NAMES = ['work', 'family', 'games', '好友', 'vip'];

/** Deterministic pseudo-random numbers (xorshift32) so runs are comparable. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
}

function callAsync(bridge: SimulatorBridge, fn: string, args: (string | number | bigint | boolean)[]): Promise<{ code: number; json: string }> {
  return new Promise((resolve, reject) => {
    const r = bridge.call(fn, args, (code, _desc, json) => resolve({ code, json }));
    if (r !== 0) reject(new Error(`${fn} returned ${r}`));
  });
}

/** n conversations: 70% C2C, 40% with unread, 5% muted, 2% of groups with @ info, 1000 marked, 1000 grouped. */
async function seed(n: number): Promise<{ bridge: SimulatorBridge; clock: ManualClock; ids: string[] }> {
  const clock = new ManualClock(T0);
  const bridge = new SimulatorBridge({ clock: clock.now });
  bridge.login('me');
  const random = rng(n);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const group = random() < 0.3;
    const id = group ? `group_g${i}` : `c2c_u${i}`;
    if (i % 10 === 0) clock.advance();
    bridge.addConversation(id, {
      unread: random() < 0.4 ? 1 + Math.floor(random() * 9) : 0,
      recvOpt: random() < 0.05 ? 2 : 0,
      atInfo: group && random() < 0.02 ? [{ seq: 1, atType: 1 }] : [],
      lastMessage: {
        message_sender: `u${i}`,
        message_elem_array: [{ elem_type: 0, text_elem_content: `message number ${i}, just to have some text` }],
        message_sender_profile: { user_profile_identifier: `u${i}`, user_profile_nick_name: `Player ${i}` },
      },
    });
    ids.push(id);
  }
  const pick = (count: number) => Array.from({ length: count }, () => ids[Math.floor(random() * ids.length)]);
  for (let i = 0; i < 10; i++) {
    await callAsync(bridge, 'TIMConvMarkConversation', [JSON.stringify(pick(100)), i % 2 ? 1n : 1n << 33n, true]);
  }
  for (const name of GROUP_NAMES) await callAsync(bridge, 'TIMConvCreateConversationGroup', [name, JSON.stringify(pick(100))]);
  for (let i = 0; i < 5; i++) await callAsync(bridge, 'TIMConvAddConversationsToGroup', [GROUP_NAMES[i], JSON.stringify(pick(100))]);
  await bridge.settle();
  return { bridge, clock, ids };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** How many conversations a filter lists (one untimed pass in pages of 1000). */
async function countMatches(bridge: SimulatorBridge, text: string): Promise<number> {
  let n = 0;
  for (let next = 0n; ;) {
    const r = codec.parse((await callAsync(bridge, 'TIMConvGetConversationListByFilter', [text, next, 1000])).json) as
      { conversation_list_result_conv_list: unknown[]; conversation_list_result_is_finished: boolean; conversation_list_result_next_seq: bigint };
    n += r.conversation_list_result_conv_list.length;
    if (r.conversation_list_result_is_finished) return n;
    next = r.conversation_list_result_next_seq;
  }
}

/** Median time of one page of 100 (call to completion callback), walking the listing from the start, repeatedly. */
async function pageMedian(bridge: SimulatorBridge, filter: object, pages: number): Promise<{ ms: number; matched: number }> {
  const text = JSON.stringify(filter);
  const times: number[] = [];
  let next = 0n;
  while (times.length < pages) {
    const t = performance.now();
    const { code, json } = await callAsync(bridge, 'TIMConvGetConversationListByFilter', [text, next, 100]);
    times.push(performance.now() - t);
    if (code !== 0) throw new Error(`page failed with ${code}`);
    const result = codec.parse(json) as { conversation_list_result_conv_list: unknown[]; conversation_list_result_is_finished: boolean; conversation_list_result_next_seq: bigint };
    next = result.conversation_list_result_is_finished ? 0n : result.conversation_list_result_next_seq;
  }
  return { ms: median(times), matched: await countMatches(bridge, text) };
}

/** 20 different filters over type, group, mark, unread and @ info. */
function twentyFilters(): object[] {
  const out: object[] = [{}, { conversation_list_filter_conv_type: 1 }, { conversation_list_filter_conv_type: 2 },
    { conversation_list_filter_has_group_at_info: true }, { conversation_list_filter_mark_type: 0 },
    { conversation_list_filter_mark_type: 1 }, { conversation_list_filter_mark_type: 2 ** 33 },
    { conversation_list_filter_conversation_group: '' }, { conversation_list_filter_conv_type: 2, conversation_list_filter_has_group_at_info: true }];
  for (const g of GROUP_NAMES) out.push({ conversation_list_filter_conversation_group: g });
  for (const g of GROUP_NAMES) out.push({ conversation_list_filter_conversation_group: g, conversation_list_filter_conv_type: 1 });
  out.push({ conversation_list_filter_conv_type: 1, conversation_list_filter_mark_type: 1 });
  return out;
}

/**
 * Cost of one delivered message (unread +1, reorder, 20 filter counters, all events delivered to
 * listeners): the median over batches of 100, so a garbage collection landing in one batch does
 * not decide the result.
 */
export async function unreadChangeCost(n: number, batches: number): Promise<number> {
  const { bridge, clock, ids } = await seed(n);
  let delivered = 0;
  bridge.setListener('TIMSetConvEventCallback', () => { delivered++; });
  bridge.setListener('TIMSetConvTotalUnreadMessageCountChangedCallback', () => { delivered++; });
  bridge.setListener('TIMSetConvUnreadMessageCountChangedByFilterCallback', () => { delivered++; });
  await callAsync(bridge, 'TIMConvGetTotalUnreadMessageCount', []);
  for (const f of twentyFilters()) {
    if (bridge.call('TIMConvSubscribeUnreadMessageCountByFilter', [JSON.stringify(f)]) !== 0) throw new Error('subscribe failed');
  }
  const random = rng(7);
  const target = () => ids[Math.floor(random() * ids.length)];
  for (let i = 0; i < 500; i++) bridge.deliverMessage(target()); // warm-up
  await bridge.settle();
  heapUsed();
  const perBatch: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = performance.now();
    for (let i = 0; i < 100; i++) {
      if (i % 50 === 0) clock.advance();
      bridge.deliverMessage(target());
    }
    await bridge.settle();
    perBatch.push((performance.now() - t) / 100);
  }
  if (delivered === 0) throw new Error('no events delivered');
  return median(perBatch) * 1000;
}

// A full collection before reading the heap, without needing --expose-gc on the command line.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapUsed(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

export async function run(): Promise<Record<string, number | string>> {
  const pages: Record<string, number> = {};
  let heapMB: number;
  {
    const before = heapUsed();
    const { bridge } = await seed(100_000);
    heapMB = (heapUsed() - before) / 2 ** 20;
    const filters: [string, object, number][] = [
      ['groups with unread', { conversation_list_filter_conv_type: 2, conversation_list_filter_has_unread_count: true }, 300],
      ['C2C unmarked', { conversation_list_filter_conv_type: 1, conversation_list_filter_mark_type: 0 }, 300],
      ['group "work" with unread', { conversation_list_filter_conversation_group: 'work', conversation_list_filter_has_unread_count: true }, 100],
      ['starred', { conversation_list_filter_mark_type: 1 }, 100],
      ['with @ info', { conversation_list_filter_has_group_at_info: true }, 100],
      ['no filter', {}, 300],
    ];
    for (const [label, filter, count] of filters) {
      const { ms, matched } = await pageMedian(bridge, filter, count);
      pages[`page of 100, ${label} (${matched} matches), 100k (ms, median)`] = round(ms);
    }
    bridge.dispose();
  }

  // Best of two rounds each, alternating, after a warm-up: garbage collection and JIT noise
  // otherwise outweigh the difference being measured.
  await unreadChangeCost(10_000, 20);
  const at10k = Math.min(await unreadChangeCost(10_000, 60), await unreadChangeCost(10_000, 60));
  const at100k = Math.min(await unreadChangeCost(100_000, 60), await unreadChangeCost(100_000, 60));

  return {
    ...pages,
    'page target (ms)': 1,
    'unread change, 20 filters, 10k (µs)': round(at10k),
    'unread change, 20 filters, 100k (µs)': round(at100k),
    'unread change ratio 100k/10k': round(at100k / at10k),
    'heap for 100k conversations (MB)': round(heapMB),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await run();
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  process.stdout.write('simulator benchmark\n');
  for (const [k, v] of Object.entries(results)) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
}
