// Benchmark of the simulator backend: filtered paging over 100,000 conversations through
// ConversationManager (end to end: from the call to the resolved, validated value; Chinese last
// messages), the same page after 20,000 deliveries between pages with 64 abandoned passes (cost and
// heap must stay bounded), the cost of one unread change with 20 subscribed filters at 10k and at
// 100k conversations (should not grow with the count), and the heap of 100k conversations. Times
// are the process's CPU time (user + system, so GC threads count, other processes on a shared
// machine do not), in milliseconds: median, with min..max over the samples; the pages through
// ConversationManager are also given in wall-clock time. `run()` returns the numbers and the two
// rows of the closing table (support/simulator-figures.ts); running this file prints a report.
import { pathToFileURL } from 'node:url';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { createJson64 } from '../../runtime/json64.ts';
import type { SimulatorBridge } from '../../runtime/simulator/index.ts';
import type { BenchOutput } from './support/figures.ts';
import { churnFigure, pageFigure } from './support/simulator-figures.ts';
import { pagingUnderChurn } from './support/simulator-paging.ts';
import { callAsync, cpuMs, GROUP_NAMES, heapUsed, median, rng, round, seed, spreadText } from './support/simulator-world.ts';

const codec = createJson64(API_TABLE.exactInt64Keys);

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

export async function run(): Promise<BenchOutput> {
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

  const churn = await pagingUnderChurn(12, 30);
  const perRound = churn.churned.map(median);

  // Best of two rounds each, alternating, after a warm-up: garbage collection and JIT noise
  // otherwise outweigh the difference being measured.
  await unreadChangeCost(10_000, 20);
  const at10k = Math.min(await unreadChangeCost(10_000, 60), await unreadChangeCost(10_000, 60));
  const at100k = Math.min(await unreadChangeCost(100_000, 60), await unreadChangeCost(100_000, 60));

  const how = `CPU time per page, from the call to the resolved value, median of ${churn.fresh.length} pages (before, and after each round), after a warm-up`;
  return {
    details: {
      'ConversationManager page of 100, groups with unread, 100k, Chinese messages (CPU ms, median (min..max)), goal <= 1': spreadText(churn.fresh),
      [`same pass after each ${churn.deliveries.toLocaleString('en')} deliveries, ${churn.abandoned}+ abandoned passes (CPU ms, median per round)`]: perRound.map(round).join(' / '),
      'same, all rounds (CPU ms, median (min..max))': spreadText(churn.churned.flat()),
      'the same pages in wall-clock ms, before / all rounds (median (min..max))': `${spreadText(churn.freshWall)} / ${spreadText(churn.churnedWall)}`,
      'entries a page of 100 looked at: before, then after each round (goal: flat)': churn.walked.join(' / '),
      'heap growth per round (MB), goal: bounded': churn.heapGrowth.map((g) => round(g)).join(' / '),
      [`move entries kept after the last round (bound: max(10000, conversations) = ${churn.movesBound})`]: churn.movesKept,
      'passes reopened after they finished or expired': churn.reopened,
      ...pages,
      'unread change, 20 filters, 10k (CPU µs)': round(at10k),
      'unread change, 20 filters, 100k (CPU µs)': round(at100k),
      'unread change ratio 100k/10k': round(at100k / at10k),
      'heap for 100k conversations (MB)': round(heapMB),
    },
    figures: [pageFigure(churn.fresh, how), churnFigure(churn, how)],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { details, figures } = await run();
  const width = Math.max(...Object.keys(details).map((k) => k.length));
  process.stdout.write('simulator benchmark\n');
  for (const [k, v] of Object.entries(details)) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
  console.log(figures);
}
