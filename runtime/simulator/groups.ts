// Conversation groups: at most 20, names of 1..32 UTF-8 bytes, at most 1000 grouped conversations
// (beyond that the one that joined a group longest ago leaves its groups, reason 1, as the header
// describes). Each change keeps conv_conversation_group_array of the conversations involved in step
// and fires the group listeners plus a convEvent update for those conversations.
import { TIMConvEvent, TIMErrCode } from '../generated/types.ts';
import { LISTENER_SETTERS, SDK_LIMITS } from '../generated/sdk-constants.ts';
import { fail, ok, overPerCallLimit, type Reply } from './codes.ts';
import type { ConvRecord } from './conversation.ts';
import { convInfoArrayJson } from './conv-info.ts';
import { stringify } from '../json64.ts';
import { opResult, opResultsJson, resultsFor, type OpResult } from './op-result.ts';
import type { Simulation } from './simulation.ts';
import { utf8ByteLength } from '../utf8.ts';

/** reason of conversationsDeletedFromGroup: the app removed them. */
export const REASON_REMOVED_BY_APP = 0;
/** reason of conversationsDeletedFromGroup: more than 1000 grouped conversations, the oldest left. */
export const REASON_OVER_LIMIT = 1;


/** The checks every group call shares: name length, ID count, and (optionally) that the group exists. */
function precheck(sim: Simulation, names: readonly string[], ids: readonly string[] | null, mustExist: string | null): Reply | null {
  for (const n of names) {
    if (utf8ByteLength(n) > SDK_LIMITS.groupNameBytes) return fail(TIMErrCode.ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH, `group name longer than ${SDK_LIMITS.groupNameBytes} bytes`);
  }
  const over = ids && overPerCallLimit(ids);
  if (over) return over;
  if (mustExist !== null && !sim.store.indexes.hasGroup(mustExist)) return fail(TIMErrCode.ERR_SVR_CONV_CONV_GROUP_NOT_EXIST, `no conversation group "${mustExist}"`);
  return null;
}

export function getGroupList(sim: Simulation): Reply {
  return ok(stringify(sim.store.groupNames));
}

export function createGroup(sim: Simulation, name: string, ids: readonly string[]): Reply {
  const bad = precheck(sim, [name], ids, null);
  if (bad) return bad;
  const { store } = sim;
  if (store.indexes.hasGroup(name)) return fail(TIMErrCode.ERR_INVALID_PARAMETERS, `conversation group "${name}" exists`);
  if (store.groupNames.length >= SDK_LIMITS.conversationGroups) return fail(TIMErrCode.ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT, `at most ${SDK_LIMITS.conversationGroups} conversation groups`);
  store.indexes.addGroup(name);
  store.groupNames = [...store.groupNames, name];
  const { results, changed, evicted } = addMembers(sim, name, ids);
  sim.listeners.emit(LISTENER_SETTERS.conversationGroupCreated, () => [name, convInfoArrayJson(changed)]);
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, union(evicted, changed));
  return ok(opResultsJson(results));
}

export function deleteGroup(sim: Simulation, name: string): Reply {
  const bad = precheck(sim, [name], null, name);
  if (bad) return bad;
  const { store } = sim;
  const members = store.indexes.membersOf(name);
  for (const rec of members) store.update(rec, (r) => { r.groups = r.groups.filter((g) => g !== name); });
  store.indexes.dropGroup(name);
  store.groupNames = store.groupNames.filter((g) => g !== name);
  sim.listeners.emit(LISTENER_SETTERS.conversationGroupDeleted, () => [name]);
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, members);
  return ok();
}

/** Renaming to the same name succeeds and changes nothing; to another existing name answers 6017. */
export function renameGroup(sim: Simulation, oldName: string, newName: string): Reply {
  const bad = precheck(sim, [oldName, newName], null, oldName);
  if (bad) return bad;
  if (oldName === newName) return ok();
  const { store } = sim;
  if (store.indexes.hasGroup(newName)) return fail(TIMErrCode.ERR_INVALID_PARAMETERS, `conversation group "${newName}" exists`);
  store.indexes.addGroup(newName);
  const members = store.indexes.membersOf(oldName);
  for (const rec of members) store.update(rec, (r) => { r.groups = r.groups.map((g) => (g === oldName ? newName : g)); });
  store.indexes.dropGroup(oldName);
  store.groupNames = store.groupNames.map((g) => (g === oldName ? newName : g));
  sim.listeners.emit(LISTENER_SETTERS.conversationGroupNameChanged, () => [oldName, newName]);
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, members);
  return ok();
}

export function addToGroup(sim: Simulation, name: string, ids: readonly string[]): Reply {
  const bad = precheck(sim, [name], ids, name);
  if (bad) return bad;
  const { results, changed, evicted } = addMembers(sim, name, ids);
  if (changed.length) sim.listeners.emit(LISTENER_SETTERS.conversationsAddedToGroup, () => [name, convInfoArrayJson(changed)]);
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, union(evicted, changed));
  return ok(opResultsJson(results));
}

export function deleteFromGroup(sim: Simulation, name: string, ids: readonly string[]): Reply {
  const bad = precheck(sim, [name], ids, name);
  if (bad) return bad;
  const changed: ConvRecord[] = [];
  const results = resultsFor(sim, ids, (rec, key) => {
    if (rec.groups.indexOf(name) >= 0) {
      sim.store.update(rec, (r) => { r.groups = r.groups.filter((g) => g !== name); });
      changed.push(rec);
    }
    return opResult(key);
  });
  if (changed.length) sim.listeners.emit(LISTENER_SETTERS.conversationsDeletedFromGroup, () => [name, convInfoArrayJson(changed), REASON_REMOVED_BY_APP]);
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, changed);
  return ok(opResultsJson(results));
}

/**
 * Files conversations into an existing group; one already in it succeeds without a change. A
 * conversation joining its first group while 1000 are grouped makes the one that joined a group
 * longest ago leave all of its groups (deleted-from-group listener, reason 1, fired here).
 */
function addMembers(sim: Simulation, name: string, ids: readonly string[]): { results: OpResult[]; changed: ConvRecord[]; evicted: ConvRecord[] } {
  const { store } = sim;
  const changed: ConvRecord[] = [];
  const evictedFrom = new Map<string, ConvRecord[]>();
  const evicted: ConvRecord[] = [];
  const results = resultsFor(sim, ids, (rec, key) => {
    if (rec.groups.indexOf(name) < 0) {
      if (rec.groups.length === 0 && store.indexes.groupedCount >= SDK_LIMITS.groupedConversations) evictOldest(sim, evictedFrom, evicted);
      store.update(rec, (r) => { r.groups = [...r.groups, name]; });
      store.indexes.noteGroupJoin(rec);
      changed.push(rec);
    }
    return opResult(key);
  });
  for (const [group, recs] of evictedFrom) {
    sim.listeners.emit(LISTENER_SETTERS.conversationsDeletedFromGroup, () => [group, convInfoArrayJson(recs), REASON_OVER_LIMIT]);
  }
  return { results, changed, evicted };
}

function evictOldest(sim: Simulation, evictedFrom: Map<string, ConvRecord[]>, evicted: ConvRecord[]): void {
  const victim = sim.store.indexes.oldestGrouped();
  if (!victim) return;
  for (const g of victim.groups) {
    const list = evictedFrom.get(g);
    if (list) list.push(victim);
    else evictedFrom.set(g, [victim]);
  }
  sim.store.update(victim, (r) => { r.groups = []; });
  evicted.push(victim);
}

/** The records of both lists, each once, in order. */
function union(a: readonly ConvRecord[], b: readonly ConvRecord[]): ConvRecord[] {
  if (a.length === 0) return b as ConvRecord[];
  const out = [...a];
  for (const r of b) if (out.indexOf(r) < 0) out.push(r);
  return out;
}
