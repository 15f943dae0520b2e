// The paging scenario of the simulator bench: pages of 100 read through ConversationManager at
// 100k conversations, each timed from the call to the resolved value, before any delivery and
// again after each round of 20,000 deliveries, with abandoned passes around (a UI that re-reads
// its first page on every refresh never closes its passes).
import { performance } from 'node:perf_hooks';
import { ConversationManager } from '../../../runtime/generated/conversation-manager.ts';
import type { TIMConversationListFilter } from '../../../runtime/generated/types.ts';
import type { TimError } from '../../../runtime/errors.ts';
import { MIN_MOVES_KEPT } from '../../../runtime/simulator/store.ts';
import type { PagingResults } from './simulator-figures.ts';
import { chineseMessage, cpuMs, heapUsed, rng, seed } from './simulator-world.ts';

export const FILTER: TIMConversationListFilter = { conversation_list_filter_conv_type: 2, conversation_list_filter_has_unread_count: true };
export const DELIVERIES_BETWEEN_PAGES = 20_000;
export const ABANDONED_PASSES = 64;
const CONVERSATIONS = 100_000;
/** Pages read on a small account first, so the pages timed run the code the engine has optimized
 *  (the state of the measured account is left as the scenario describes it). */
const WARM_UP_PAGES = 400;

export interface PagingRun extends PagingResults {
  freshWall: number[];
  churnedWall: number[];
  reopened: number;
}

async function warmUp(): Promise<void> {
  const { bridge } = await seed(5_000);
  const conv = new ConversationManager(bridge);
  let cursor = 0n;
  for (let i = 0; i < WARM_UP_PAGES; i++) {
    const page = await conv.getConversationListByFilter(FILTER, cursor, 100);
    cursor = page.conversation_list_result_is_finished ? 0n : page.conversation_list_result_next_seq ?? 0n;
  }
  conv.dispose();
  bridge.dispose();
}

/**
 * `pages` pages of one pass, then again after each of `rounds` rounds of deliveries (each round
 * also opens one more pass and abandons it). The pass read is reopened when it finished or expired
 * (expiry bounds the move entries kept). The heap is read after a full collection each round.
 */
export async function pagingUnderChurn(rounds: number, pages: number): Promise<PagingRun> {
  await warmUp();
  const { bridge, clock, ids } = await seed(CONVERSATIONS);
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
  return {
    fresh, freshWall, churned, churnedWall, walked, reopened, movesKept,
    heapGrowth: heapMB.slice(1).map((h, i) => h - heapMB[i]),
    movesBound: Math.max(MIN_MOVES_KEPT, CONVERSATIONS),
    deliveries: DELIVERIES_BETWEEN_PAGES,
    abandoned: ABANDONED_PASSES,
  };
}
