// Conversation marks: predefined bits 0..3 and the app's own bits 32..63 of a uint64.
import {
  ERR_CONV_REQ_COUNT_EXCEED_LIMIT, ERR_CONV_TOTAL_COUNT_EXCEED_LIMIT, ERR_INVALID_CONVERSATION, NO_SUCH_CONVERSATION,
  fail, ok, type Reply,
} from './codes.ts';
import type { ConvRecord } from './conversation.ts';
import { CONV_EVENT_UPDATE } from './events.ts';
import { MARK_MASK } from './filter.ts';
import { MAX_IDS_PER_CALL } from './args.ts';
import { opResult, opResultsJson, type OpResult } from './op-result.ts';
import type { Simulation } from './simulation.ts';

/** At most this many conversations carry a mark (51008 beyond). */
export const MAX_MARKED_CONVERSATIONS = 1000;

/** A mark type a call may set or clear: not 0, and only known bits. */
export function isValidMarkType(markType: bigint): boolean {
  return markType !== 0n && (markType & ~MARK_MASK) === 0n;
}

/**
 * Sets or clears `markType` on each conversation. A conversation that would become marked while
 * 1000 others already are gets 51008 and stays as it was; the others still succeed.
 */
export function markConversations(sim: Simulation, ids: readonly string[], markType: bigint, enable: boolean): Reply {
  if (ids.length > MAX_IDS_PER_CALL) return fail(ERR_CONV_REQ_COUNT_EXCEED_LIMIT, `at most ${MAX_IDS_PER_CALL} conversations per call`);
  const { store } = sim;
  const results: OpResult[] = [];
  const changed: ConvRecord[] = [];
  for (const key of ids) {
    const rec = store.get(key);
    if (!rec) { results.push(opResult(key, ERR_INVALID_CONVERSATION, NO_SUCH_CONVERSATION)); continue; }
    const marks = enable ? rec.marks | markType : rec.marks & ~markType;
    if (rec.marks === 0n && marks !== 0n && store.indexes.marked.size >= MAX_MARKED_CONVERSATIONS) {
      results.push(opResult(key, ERR_CONV_TOTAL_COUNT_EXCEED_LIMIT, `at most ${MAX_MARKED_CONVERSATIONS} conversations can be marked`));
      continue;
    }
    if (marks !== rec.marks) {
      store.update(rec, (r) => { r.marks = marks; });
      changed.push(rec);
    }
    results.push(opResult(key));
  }
  sim.convEvent(CONV_EVENT_UPDATE, changed);
  return ok(opResultsJson(results));
}
