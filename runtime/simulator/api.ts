// One entry per TIMConv* function: how its C arguments are decoded (a failure is the synchronous
// TIMResult) and what it does. The bridge adapter adds the checks every call shares.
import type { BridgeArg } from '../bridge.ts';
import {
  accept, bool, convType, decodeAll, idArray, nonEmptyStr, pageCount, parseJson, reject, str, uint64, type Decoded,
} from './args.ts';
import { ERR_INVALID_PARAMETERS, TIM_ERR_JSON, TIM_ERR_PARAM, fail, ok, type Reply } from './codes.ts';
import { isConvType, type ConvType, type JsonObject } from './conversation.ts';
import { convInfoArrayJson } from './conv-info.ts';
import * as conversations from './conversations.ts';
import { decodeFilter, selectsAll, type ConvFilter } from './filter.ts';
import * as groups from './groups.ts';
import { isValidMarkType, markConversations } from './marks.ts';
import type { Simulation } from './simulation.ts';
import * as unread from './unread-ops.ts';
import { utf8ByteLength } from '../utf8.ts';

export interface AsyncHandler {
  readonly sync: false;
  readonly arity: number;
  /** Needs the Premium edition (7013 on standard). */
  readonly premium: boolean;
  decode(args: readonly BridgeArg[]): Decoded<unknown>;
  run(sim: Simulation, params: unknown): Reply;
}

export interface SyncHandler {
  readonly sync: true;
  readonly arity: number;
  decode(args: readonly BridgeArg[]): Decoded<unknown>;
  run(sim: Simulation, params: unknown): number;
}

export type Handler = AsyncHandler | SyncHandler;

function async<P>(arity: number, decode: (a: readonly BridgeArg[]) => Decoded<P>, run: (sim: Simulation, p: P) => Reply, premium = false): AsyncHandler {
  return { sync: false, arity, premium, decode, run: run as (sim: Simulation, p: unknown) => Reply };
}

function sync<P>(arity: number, decode: (a: readonly BridgeArg[]) => Decoded<P>, run: (sim: Simulation, p: P) => number): SyncHandler {
  return { sync: true, arity, decode, run: run as (sim: Simulation, p: unknown) => number };
}

const none = (): Decoded<[]> => accept([]);

function filterArg(arg: BridgeArg | undefined): Decoded<ConvFilter> {
  const parsed = parseJson(arg);
  if (!parsed.ok) return parsed;
  const f = decodeFilter(parsed.value);
  return f ? accept(f) : reject(TIM_ERR_PARAM);
}

/** The unread-by-filter calls refuse a filter that selects nothing in particular ({}, or conv_type 0
 *  alone) with -3, as the library does; paging takes it. */
function countingFilterArg(arg: BridgeArg | undefined): Decoded<ConvFilter> {
  const d = filterArg(arg);
  return d.ok && selectsAll(d.value) ? reject(TIM_ERR_JSON) : d;
}

function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Draft object: only its three keys, each of its type. */
function draftArg(arg: BridgeArg | undefined): Decoded<JsonObject> {
  const parsed = parseJson(arg);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  if (!isPlainObject(d)) return reject(TIM_ERR_PARAM);
  for (const k of Object.keys(d)) {
    const v = d[k];
    const good = k === 'draft_msg' ? isPlainObject(v)
      : k === 'draft_user_define' ? typeof v === 'string'
      : k === 'draft_edit_time' ? typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff
      : false;
    if (!good) return reject(TIM_ERR_PARAM);
  }
  return accept(d);
}

/** GetConversationListParam[]: entries of another conversation type than 1 or 2 find nothing; an
 *  empty array is passed on as null (the library answers it with 6017 in the callback). */
function convInfoParamsArg(arg: BridgeArg | undefined): Decoded<{ type: ConvType; id: string }[] | null> {
  const parsed = parseJson(arg);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (!Array.isArray(v)) return reject(TIM_ERR_PARAM);
  if (v.length === 0) return accept(null);
  const out: { type: ConvType; id: string }[] = [];
  for (const item of v) {
    if (!isPlainObject(item)) return reject(TIM_ERR_PARAM);
    const keys = Object.keys(item);
    const id = item.get_conversation_list_param_conv_id;
    const type = item.get_conversation_list_param_conv_type;
    if (keys.some((k) => k !== 'get_conversation_list_param_conv_id' && k !== 'get_conversation_list_param_conv_type')) return reject(TIM_ERR_PARAM);
    if (typeof id !== 'string' || (type !== 0 && type !== 1 && type !== 2 && type !== 3)) return reject(TIM_ERR_PARAM);
    if (isConvType(type)) out.push({ type, id });
  }
  return accept(out);
}

/** 1..256 UTF-8 bytes: the library refuses "" with -4, so custom data can be replaced but not cleared. */
function customDataArg(arg: BridgeArg | undefined): Decoded<string> {
  return typeof arg === 'string' && arg !== '' && utf8ByteLength(arg) <= conversations.MAX_CUSTOM_DATA_BYTES ? accept(arg) : reject(TIM_ERR_PARAM);
}

function markTypeArg(arg: BridgeArg | undefined): Decoded<bigint> {
  const d = uint64(arg);
  return d.ok && !isValidMarkType(d.value) ? reject(TIM_ERR_PARAM) : d;
}

export const HANDLERS: Readonly<Record<string, Handler>> = {
  TIMConvGetConvList: async(0, none, (sim) => conversations.getConvList(sim)),
  TIMConvGetConvInfo: async(1, (a) => convInfoParamsArg(a[0]), (sim, wanted) =>
    (wanted ? conversations.getConvInfo(sim, wanted) : fail(ERR_INVALID_PARAMETERS, 'the list of conversations to look up is empty'))),
  TIMConvGetConversationListByFilter: async(3, (a) => decodeAll(filterArg(a[0]), uint64(a[1]), pageCount(a[2])),
    (sim, [filter, nextSeq, count]) => {
      const page = sim.store.readPage(filter, nextSeq, count);
      if (!page) return fail(ERR_INVALID_PARAMETERS, 'next_seq is not a cursor of an open paging pass');
      // Key order as the real SDK writes it.
      return ok(`{"conversation_list_result_conv_list":${convInfoArrayJson(page.convs)},` +
        `"conversation_list_result_is_finished":${page.finished},"conversation_list_result_next_seq":${page.nextSeq}}`);
    }),
  TIMConvDelete: async(2, (a) => decodeAll(nonEmptyStr(a[0]), convType(a[1])), (sim, [id, type]) => conversations.deleteConv(sim, type, id)),
  TIMConvDeleteConversationList: async(2, (a) => decodeAll(idArray(a[0]), bool(a[1])), (sim, [ids]) => conversations.deleteConvList(sim, ids)),
  TIMConvSetDraft: sync(3, (a) => decodeAll(nonEmptyStr(a[0]), convType(a[1]), draftArg(a[2])),
    (sim, [id, type, draft]) => conversations.setDraft(sim, type, id, draft)),
  TIMConvCancelDraft: sync(2, (a) => decodeAll(nonEmptyStr(a[0]), convType(a[1])), (sim, [id, type]) => conversations.cancelDraft(sim, type, id)),
  TIMConvSetConversationCustomData: async(2, (a) => decodeAll(idArray(a[0]), customDataArg(a[1])),
    (sim, [ids, data]) => conversations.setCustomData(sim, ids, data)),
  TIMConvPinConversation: async(3, (a) => decodeAll(nonEmptyStr(a[0]), convType(a[1]), bool(a[2])),
    (sim, [id, type, pinned]) => conversations.pin(sim, type, id, pinned)),
  TIMConvMarkConversation: async(3, (a) => decodeAll(idArray(a[0]), markTypeArg(a[1]), bool(a[2])),
    (sim, [ids, mark, enable]) => markConversations(sim, ids, mark, enable), true),
  TIMConvGetTotalUnreadMessageCount: async(0, none, (sim) => unread.getTotalUnread(sim)),
  TIMConvGetUnreadMessageCountByFilter: async(1, (a) => countingFilterArg(a[0]), (sim, f) => unread.getUnreadByFilter(sim, f)),
  TIMConvSubscribeUnreadMessageCountByFilter: sync(1, (a) => countingFilterArg(a[0]), (sim, f) => unread.subscribe(sim, f)),
  TIMConvUnsubscribeUnreadMessageCountByFilter: sync(1, (a) => countingFilterArg(a[0]), (sim, f) => unread.unsubscribe(sim, f)),
  TIMConvCleanConversationUnreadMessageCount: async(3, (a) => decodeAll(str(a[0]), uint64(a[1]), uint64(a[2])),
    (sim, [target, ts, seq]) => unread.cleanUnread(sim, target, ts, seq)),
  TIMConvCreateConversationGroup: async(2, (a) => decodeAll(nonEmptyStr(a[0]), idArray(a[1], TIM_ERR_PARAM)),
    (sim, [name, ids]) => groups.createGroup(sim, name, ids), true),
  TIMConvGetConversationGroupList: async(0, none, (sim) => groups.getGroupList(sim), true),
  TIMConvDeleteConversationGroup: async(1, (a) => nonEmptyStr(a[0]), (sim, name) => groups.deleteGroup(sim, name), true),
  TIMConvRenameConversationGroup: async(2, (a) => decodeAll(nonEmptyStr(a[0]), nonEmptyStr(a[1])),
    (sim, [oldName, newName]) => groups.renameGroup(sim, oldName, newName), true),
  TIMConvAddConversationsToGroup: async(2, (a) => decodeAll(nonEmptyStr(a[0]), idArray(a[1])),
    (sim, [name, ids]) => groups.addToGroup(sim, name, ids), true),
  TIMConvDeleteConversationsFromGroup: async(2, (a) => decodeAll(nonEmptyStr(a[0]), idArray(a[1])),
    (sim, [name, ids]) => groups.deleteFromGroup(sim, name, ids), true),
  TIMConvCreate: async(2, (a) => decodeAll(nonEmptyStr(a[0]), convType(a[1])), (sim, [id, type]) => conversations.createConv(sim, type, id)),
};
