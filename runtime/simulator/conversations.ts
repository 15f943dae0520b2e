// Conversation operations of the API: list, look up, create, delete, pin, drafts, custom data.
import { TIMConvEvent, TIMErrCode, TIMResult } from '../generated/types.ts';
import { SDK_LIMITS } from '../generated/sdk-constants.ts';
import { NO_SUCH_CONVERSATION, fail, ok, overPerCallLimit, type Reply } from './codes.ts';
import { convKeyOf, type ConvRecord, type ConvType, type JsonObject } from './conversation.ts';
import { convInfoArrayJson, convInfoJson } from './conv-info.ts';
import { opResult, opResultsJson, resultsFor } from './op-result.ts';
import { forEachInOrder } from './ordered.ts';
import type { Simulation } from './simulation.ts';


export function getConvList(sim: Simulation): Reply {
  const recs: ConvRecord[] = [];
  forEachInOrder(sim.store.indexes.buckets, (rec) => { recs.push(rec); });
  return ok(convInfoArrayJson(recs));
}

/** ConvInfo of the requested conversations that exist, in request order. */
export function getConvInfo(sim: Simulation, wanted: readonly { type: ConvType; id: string }[]): Reply {
  const recs: ConvRecord[] = [];
  const seen = new Set<ConvRecord>();
  for (const w of wanted) {
    const rec = sim.store.get(convKeyOf(w.type, w.id));
    if (rec && !seen.has(rec)) { seen.add(rec); recs.push(rec); }
  }
  return ok(convInfoArrayJson(recs));
}

/** TIMConvCreate: the conversation, created (and announced) if it did not exist. */
export function createConv(sim: Simulation, type: ConvType, id: string): Reply {
  let rec = sim.store.get(convKeyOf(type, id));
  if (!rec) {
    rec = sim.store.create(type, id, sim.now());
    sim.convEvent(TIMConvEvent.kTIMConvEvent_Add, [rec]);
  }
  return ok(convInfoJson(rec));
}

export function deleteConv(sim: Simulation, type: ConvType, id: string): Reply {
  const rec = sim.store.get(convKeyOf(type, id));
  if (!rec) return fail(TIMErrCode.ERR_INVALID_CONVERSATION, NO_SUCH_CONVERSATION);
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Del, [rec]);
  sim.store.remove(rec);
  return ok();
}

export function deleteConvList(sim: Simulation, ids: readonly string[]): Reply {
  const over = overPerCallLimit(ids);
  if (over) return over;
  const gone: ConvRecord[] = [];
  const results = resultsFor(sim, ids, (rec, key) => { gone.push(rec); return opResult(key); });
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Del, gone);
  for (const rec of gone) sim.store.remove(rec);
  return ok(opResultsJson(results));
}

export function pin(sim: Simulation, type: ConvType, id: string, pinned: boolean): Reply {
  const rec = sim.store.get(convKeyOf(type, id));
  if (!rec) return fail(TIMErrCode.ERR_INVALID_CONVERSATION, NO_SUCH_CONVERSATION);
  if (rec.pinned !== pinned) {
    sim.store.update(rec, (r) => { r.pinned = pinned; });
    sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, [rec]);
  }
  return ok();
}

/** Synchronous: -5 (TIM_ERR_CONV) when the conversation does not exist. */
export function setDraft(sim: Simulation, type: ConvType, id: string, draft: JsonObject): number {
  const rec = sim.store.get(convKeyOf(type, id));
  if (!rec) return TIMResult.TIM_ERR_CONV;
  const stored: JsonObject = { ...draft };
  if (stored.draft_edit_time === undefined) stored.draft_edit_time = sim.now();
  sim.store.update(rec, (r) => { r.draft = stored; });
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, [rec]);
  return TIMResult.TIM_SUCC;
}

export function cancelDraft(sim: Simulation, type: ConvType, id: string): number {
  const rec = sim.store.get(convKeyOf(type, id));
  if (!rec) return TIMResult.TIM_ERR_CONV;
  if (rec.draft) {
    sim.store.update(rec, (r) => { r.draft = null; });
    sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, [rec]);
  }
  return TIMResult.TIM_SUCC;
}

export function setCustomData(sim: Simulation, ids: readonly string[], data: string): Reply {
  const over = overPerCallLimit(ids);
  if (over) return over;
  const changed: ConvRecord[] = [];
  const results = resultsFor(sim, ids, (rec, key) => {
    if (data !== '' && rec.customData === '' && sim.store.customDataCount >= SDK_LIMITS.customDataConversations) {
      return opResult(key, TIMErrCode.ERR_SVR_CONV_CONV_MARK_TOTAL_COUNT_EXCEED_LIMIT, `at most ${SDK_LIMITS.customDataConversations} conversations carry custom data`);
    }
    if (rec.customData !== data) {
      sim.store.update(rec, (r) => { r.customData = data; });
      changed.push(rec);
    }
    return opResult(key);
  });
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, changed);
  return ok(opResultsJson(results));
}
