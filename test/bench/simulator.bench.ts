// Benchmark of the simulator backend: filtered paging over 100,000 conversations through
// ConversationManager (end to end: from the call to the resolved, validated value; Chinese last
// messages), the same page after 20,000 deliveries between pages with 64 abandoned passes (cost and
// heap must stay bounded), the cost of one unread change with 20 subscribed filters at 10k and at
// 100k conversations (should not grow with the count), and the heap of 100k conversations. Times
// are the process's CPU time (user + system, so GC threads count, other processes on a shared
// machine do not), in milliseconds: median, with min..max over the samples; the pages through
// ConversationManager are also given in wall-clock time. `run()` returns the numbers; running
// this file prints a report.
import { performance } from 'node:perf_hooks';
import { cpuUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import type { TIMConversationListFilter } from '../../runtime/generated/types.ts';
import type { TimError } from '../../runtime/errors.ts';
import { createJson64 } from '../../runtime/json64.ts';
import { ManualClock, SimulatorBridge } from '../../runtime/simulator/index.ts';

const codec = createJson64(API_TABLE.exactInt64Keys);

/** CPU milliseconds used by this process so far. */
function cpuMs(): number {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
}

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

/** A last message in Chinese, with the sender's profile, as a game chat would have. */
function chineseMessage(i: number): Record<string, unknown> {
  return {
    message_sender: `u${i}`,
    message_elem_array: [{ elem_type: 0, text_elem_content: `第${i}条消息：今晚八点一起打副本吗？记得带上药水。` }],
    message_sender_profile: { user_profile_identifier: `u${i}`, user_profile_nick_name: `玩家${i}号` },
  };
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
      lastMessage: chineseMessage(i),
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

/** "median (min..max)" of millisecond samples. */
function spread(xs: number[]): string {
  return `${round(median(xs))} (${round(Math.min(...xs))}..${round(Math.max(...xs))})`;
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
    const t = cpuMs();
    const { code, json } = await callAsync(bridge, 'TIMConvGetConversationListByFilter', [text, next, 100]);
    times.push(cpuMs() - t);
    if (code !== 0) throw new Error(`page failed with ${code}`);
    const result = codec.parse(json) as { conversation_list_result_conv_list: unknown[]; conversation_list_result_is_finished: boolean; conversation_list_result_next_seq: bigint };
    next = result.conversation_list_result_is_finished ? 0n : result.conversation_list_result_next_seq;
  }
  return { ms: median(times), matched: await countMatches(bridge, text) };
}

/** 20 different filters over type, group, mark, unread and @ info. */
function twentyFilters(): object[] {
  const out: object[] = [{ conversation_list_filter_has_unread_count: true }, { conversation_list_filter_conv_type: 1 }, { conversation_list_filter_conv_type: 2 },
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
    const t = cpuMs();
    for (let i = 0; i < 100; i++) {
      if (i % 50 === 0) clock.advance();
      bridge.deliverMessage(target());
    }
    await bridge.settle();
    perBatch.push((cpuMs() - t) / 100);
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

const FILTER: TIMConversationListFilter = { conversation_list_filter_conv_type: 2, conversation_list_filter_has_unread_count: true };
const DELIVERIES_BETWEEN_PAGES = 20_000;
const ABANDONED_PASSES = 64;

/**
 * Pages of 100 read through ConversationManager, each timed from the call to the resolved value:
 * `pages` pages of one pass, then again after each of `rounds` rounds of 20,000 deliveries (each
 * round also opens one more pass and abandons it, as a UI re-reading its first page would). The
 * pass read is reopened when it finished or expired (expiry bounds the move entries kept). The
 * heap is read after a full collection at the end of each round.
 */
async function pagingUnderChurn(rounds: number, pages: number): Promise<{ fresh: number[]; freshWall: number[]; churned: number[][]; churnedWall: number[]; walked: number[]; heapMB: number[]; movesKept: number; reopened: number }> {
  const { bridge, clock, ids } = await seed(100_000);
  const conv = new ConversationManager(bridge);
  const random = rng(11);
  let cursor = 0n;
  let reopened = 0;
  // Entries the last timed page looked at: the page's cost in work, whatever the machine's load.
  const walked: number[] = [];
  const timedPages = async (wallMs: number[]): Promise<number[]> => {
    const ms: number[] = [];
    while (ms.length < pages) {
      const w = performance.now();
      const t = cpuMs();
      const page = await conv.getConversationListByFilter(FILTER, cursor, 100).catch((e: TimError) => {
        if (e.code !== 6017) throw e;
        return undefined; // the pass expired
      });
      const elapsed = cpuMs() - t;
      const wall = performance.now() - w;
      const next = page?.conversation_list_result_next_seq ?? 0n;
      if (page && page.conversation_list_result_conv_list?.length === 100) { ms.push(elapsed); wallMs.push(wall); }
      if (ms.length === pages) walked.push(bridge.pagingStats.lastPageWalked);
      if (cursor !== 0n && next === 0n) reopened++;
      cursor = next;
    }
    return ms;
  };
  for (let i = 0; i < ABANDONED_PASSES; i++) await conv.getConversationListByFilter(FILTER, 0n, 100);
  const freshWall: number[] = [];
  const churnedWall: number[] = [];
  const fresh = await timedPages(freshWall);
  const churned: number[][] = [];
  const heapMB: number[] = [heapUsed() / 2 ** 20];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < DELIVERIES_BETWEEN_PAGES; i++) {
      if (i % 100 === 0) clock.advance();
      bridge.deliverMessage(ids[Math.floor(random() * ids.length)], chineseMessage(i));
    }
    await bridge.settle();
    await conv.getConversationListByFilter(FILTER, 0n, 100); // a refresh that abandons its pass
    churned.push(await timedPages(churnedWall));
    heapMB.push(heapUsed() / 2 ** 20);
  }
  const { movesKept } = bridge.pagingStats;
  conv.dispose();
  bridge.dispose();
  return { fresh, freshWall, churned, churnedWall, walked, heapMB, movesKept, reopened };
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
      pages[`bridge only: page of 100, ${label} (${matched} matches), 100k (CPU ms, median)`] = round(ms);
    }
    bridge.dispose();
  }

  const churn = await pagingUnderChurn(12, 12);
  const perRound = churn.churned.map(median);
  const growth = churn.heapMB.slice(1).map((h, i) => h - churn.heapMB[i]);

  // Best of two rounds each, alternating, after a warm-up: garbage collection and JIT noise
  // otherwise outweigh the difference being measured.
  await unreadChangeCost(10_000, 20);
  const at10k = Math.min(await unreadChangeCost(10_000, 60), await unreadChangeCost(10_000, 60));
  const at100k = Math.min(await unreadChangeCost(100_000, 60), await unreadChangeCost(100_000, 60));

  return {
    'ConversationManager page of 100, groups with unread, 100k, Chinese messages (CPU ms, median (min..max)), goal <= 1': spread(churn.fresh),
    [`same pass after each 20,000 deliveries, ${ABANDONED_PASSES}+ abandoned passes (CPU ms, median per round)`]: perRound.map(round).join(' / '),
    'same, all rounds (CPU ms, median (min..max)), goal <= 1 and flat': spread(churn.churned.flat()),
    'the same pages in wall-clock ms, before / all rounds (median (min..max))': `${spread(churn.freshWall)} / ${spread(churn.churnedWall)}`,
    'entries a page of 100 looked at: before, then after each round (goal: flat)': churn.walked.join(' / '),
    'heap growth per 20,000 deliveries (MB, per round), goal: bounded': growth.map((g) => round(g)).join(' / '),
    'move entries kept after the last round (bound: max(10000, conversations))': churn.movesKept,
    'passes reopened after they finished or expired': churn.reopened,
    ...pages,
    'unread change, 20 filters, 10k (CPU µs)': round(at10k),
    'unread change, 20 filters, 100k (CPU µs)': round(at100k),
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
