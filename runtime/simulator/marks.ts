// Conversation marks: predefined bits 0..3 and the app's own bits 32..63 of a uint64.
import { TIMConvEvent, TIMErrCode } from '../generated/types.ts';
import { SDK_LIMITS } from '../generated/sdk-constants.ts';
import { ok, overPerCallLimit, type Reply } from './codes.ts';
import type { ConvRecord } from './conversation.ts';
import { MARK_MASK } from './filter.ts';
import { opResult, opResultsJson, resultsFor } from './op-result.ts';
import type { Simulation } from './simulation.ts';


/** A mark type a call may set or clear: not 0, and only known bits. */
export function isValidMarkType(markType: bigint): boolean {
  return markType !== 0n && (markType & ~MARK_MASK) === 0n;
}

/**
 * Sets or clears `markType` on each conversation. A conversation that would become marked while
 * 1000 others already are gets 51008 and stays as it was; the others still succeed.
 */
export function markConversations(sim: Simulation, ids: readonly string[], markType: bigint, enable: boolean): Reply {
  const over = overPerCallLimit(ids);
  if (over) return over;
  const { store } = sim;
  const changed: ConvRecord[] = [];
  const results = resultsFor(sim, ids, (rec, key) => {
    const marks = enable ? rec.marks | markType : rec.marks & ~markType;
    if (rec.marks === 0n && marks !== 0n && store.indexes.marked.size >= SDK_LIMITS.markedConversations) {
      return opResult(key, TIMErrCode.ERR_SVR_CONV_CONV_MARK_TOTAL_COUNT_EXCEED_LIMIT, `at most ${SDK_LIMITS.markedConversations} conversations can be marked`);
    }
    if (marks !== rec.marks) {
      store.update(rec, (r) => { r.marks = marks; });
      changed.push(rec);
    }
    return opResult(key);
  });
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, changed);
  return ok(opResultsJson(results));
}
