// One entry per TIMConv* function: what its C arguments mean to the operation (a failure is the
// synchronous TIMResult) and what it does. The arity and each argument's C value kind come from
// the generated native surface and are checked first, the same way for every function; the bridge
// adapter adds the checks every call shares.
import { SDK_LIMITS } from '../generated/sdk-constants.ts';
import { TIMConvType, TIMErrCode, TIMResult } from '../generated/types.ts';
import type { BridgeArg } from '../bridge.ts';
import { toBridgeValue } from '../crossing.ts';
import { NATIVE_SURFACE } from '../generated/native-surface.ts';
import { valueParams, type NativeSurface } from '../native-surface.ts';
import {
  accept, checkArgs, convType, decodeAll, idArray, nonEmptyStr, pageCount, parseJson, reject, type CArg, type Decoded,
} from './args.ts';
import { fail, ok, type Reply } from './codes.ts';
import { isConvType, isEnumValue, type ConvType, type JsonObject } from './conversation.ts';
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
  /** How many value arguments the C function takes (from the native surface). */
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

/** What a function's arguments mean, given them checked against their C value kinds. */
type Meaning<P> = (a: readonly CArg[]) => Decoded<P>;
type Definition = (Omit<AsyncHandler, 'arity' | 'decode'> | Omit<SyncHandler, 'arity' | 'decode'>) & { meaning: Meaning<unknown> };

function async<P>(meaning: Meaning<P>, run: (sim: Simulation, p: P) => Reply, premium = false): Definition {
  return { sync: false, premium, meaning, run: run as (sim: Simulation, p: unknown) => Reply };
}

function sync<P>(meaning: Meaning<P>, run: (sim: Simulation, p: P) => number): Definition {
  return { sync: true, meaning, run: run as (sim: Simulation, p: unknown) => number };
}

/**
 * Each definition with its C function's signature from the native surface: the arity, and a
 * decoder that checks every argument against its parameter's crossing-table row before the
 * definition reads what it means.
 */
export function withSignatures(defs: Record<string, Definition>, surface: NativeSurface = NATIVE_SURFACE): Record<string, Handler> {
  const out: Record<string, Handler> = {};
  for (const [name, { meaning, ...def }] of Object.entries(defs)) {
    const signature = surface.functions.find((f) => f.name === name);
    if (!signature) throw new Error(`simulator: ${name} is not in the native surface`);
    const kinds = valueParams(signature).map((p) => p.kind);
    const decode = (args: readonly BridgeArg[]): Decoded<unknown> => {
      const checked = checkArgs(kinds, args);
      return checked.ok ? meaning(checked.value) : checked;
    };
    out[name] = { ...def, arity: kinds.length, decode } as Handler;
  }
  return out;
}

const none = (): Decoded<[]> => accept([]);
/** An argument whose checked value is all the operation needs. */
const as = <T>(v: CArg): Decoded<T> => accept(v as T);

function filterArg(arg: CArg): Decoded<ConvFilter> {
  const parsed = parseJson(arg);
  if (!parsed.ok) return parsed;
  const f = decodeFilter(parsed.value);
  return f ? accept(f) : reject(TIMResult.TIM_ERR_PARAM);
}

/** The unread-by-filter calls refuse a filter that selects nothing in particular ({}, or conv_type 0
 *  alone) with -3, as the library does; paging takes it. */
function countingFilterArg(arg: CArg): Decoded<ConvFilter> {
  const d = filterArg(arg);
  return d.ok && selectsAll(d.value) ? reject(TIMResult.TIM_ERR_JSON) : d;
}

function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Draft object: only its three keys, each of its type. */
function draftArg(arg: CArg): Decoded<JsonObject> {
  const parsed = parseJson(arg);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  if (!isPlainObject(d)) return reject(TIMResult.TIM_ERR_PARAM);
  for (const k of Object.keys(d)) {
    const v = d[k];
    const good = k === 'draft_msg' ? isPlainObject(v)
      : k === 'draft_user_define' ? typeof v === 'string'
      : k === 'draft_edit_time' ? toBridgeValue('uint32', v) !== undefined
      : false;
    if (!good) return reject(TIMResult.TIM_ERR_PARAM);
  }
  return accept(d);
}

/** GetConversationListParam[]: entries of another conversation type than 1 or 2 find nothing; an
 *  empty array is passed on as null (the library answers it with 6017 in the callback). */
function convInfoParamsArg(arg: CArg): Decoded<{ type: ConvType; id: string }[] | null> {
  const parsed = parseJson(arg);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (!Array.isArray(v)) return reject(TIMResult.TIM_ERR_PARAM);
  if (v.length === 0) return accept(null);
  const out: { type: ConvType; id: string }[] = [];
  for (const item of v) {
    if (!isPlainObject(item)) return reject(TIMResult.TIM_ERR_PARAM);
    const keys = Object.keys(item);
    const id = item.get_conversation_list_param_conv_id;
    const type = item.get_conversation_list_param_conv_type;
    if (keys.some((k) => k !== 'get_conversation_list_param_conv_id' && k !== 'get_conversation_list_param_conv_type')) return reject(TIMResult.TIM_ERR_PARAM);
    if (typeof id !== 'string' || !isEnumValue(TIMConvType, type)) return reject(TIMResult.TIM_ERR_PARAM);
    if (isConvType(type)) out.push({ type, id });
  }
  return accept(out);
}

/** 1..256 UTF-8 bytes: the library refuses "" with -4, so custom data can be replaced but not cleared. */
function customDataArg(arg: CArg): Decoded<string> {
  return typeof arg === 'string' && arg !== '' && utf8ByteLength(arg) <= SDK_LIMITS.customDataBytes ? accept(arg) : reject(TIMResult.TIM_ERR_PARAM);
}

function markTypeArg(arg: CArg): Decoded<bigint> {
  return isValidMarkType(arg as bigint) ? accept(arg as bigint) : reject(TIMResult.TIM_ERR_PARAM);
}

/** The definitions, by C function (what HANDLERS is made of). */
export const DEFINITIONS: Readonly<Record<string, Definition>> = {
  TIMConvGetConvList: async(none, (sim) => conversations.getConvList(sim)),
  TIMConvGetConvInfo: async((a) => convInfoParamsArg(a[0]), (sim, wanted) =>
    (wanted ? conversations.getConvInfo(sim, wanted) : fail(TIMErrCode.ERR_INVALID_PARAMETERS, 'the list of conversations to look up is empty'))),
  TIMConvGetConversationListByFilter: async((a) => decodeAll(filterArg(a[0]), as<bigint>(a[1]), pageCount(a[2])),
    (sim, [filter, nextSeq, count]) => {
      const page = sim.store.readPage(filter, nextSeq, count);
      if (!page) return fail(TIMErrCode.ERR_INVALID_PARAMETERS, 'next_seq is not a cursor of an open paging pass');
      // Key order as the real SDK writes it.
      return ok(`{"conversation_list_result_conv_list":${convInfoArrayJson(page.convs)},` +
        `"conversation_list_result_is_finished":${page.finished},"conversation_list_result_next_seq":${page.nextSeq}}`);
    }),
  TIMConvDelete: async((a) => decodeAll(nonEmptyStr(a[0]), convType(a[1])), (sim, [id, type]) => conversations.deleteConv(sim, type, id)),
  TIMConvDeleteConversationList: async((a) => decodeAll(idArray(a[0]), as<boolean>(a[1])), (sim, [ids]) => conversations.deleteConvList(sim, ids)),
  TIMConvSetDraft: sync((a) => decodeAll(nonEmptyStr(a[0]), convType(a[1]), draftArg(a[2])),
    (sim, [id, type, draft]) => conversations.setDraft(sim, type, id, draft)),
  TIMConvCancelDraft: sync((a) => decodeAll(nonEmptyStr(a[0]), convType(a[1])), (sim, [id, type]) => conversations.cancelDraft(sim, type, id)),
  TIMConvSetConversationCustomData: async((a) => decodeAll(idArray(a[0]), customDataArg(a[1])),
    (sim, [ids, data]) => conversations.setCustomData(sim, ids, data)),
  TIMConvPinConversation: async((a) => decodeAll(nonEmptyStr(a[0]), convType(a[1]), as<boolean>(a[2])),
    (sim, [id, type, pinned]) => conversations.pin(sim, type, id, pinned)),
  TIMConvMarkConversation: async((a) => decodeAll(idArray(a[0]), markTypeArg(a[1]), as<boolean>(a[2])),
    (sim, [ids, mark, enable]) => markConversations(sim, ids, mark, enable), true),
  TIMConvGetTotalUnreadMessageCount: async(none, (sim) => unread.getTotalUnread(sim)),
  TIMConvGetUnreadMessageCountByFilter: async((a) => countingFilterArg(a[0]), (sim, f) => unread.getUnreadByFilter(sim, f)),
  TIMConvSubscribeUnreadMessageCountByFilter: sync((a) => countingFilterArg(a[0]), (sim, f) => unread.subscribe(sim, f)),
  TIMConvUnsubscribeUnreadMessageCountByFilter: sync((a) => countingFilterArg(a[0]), (sim, f) => unread.unsubscribe(sim, f)),
  TIMConvCleanConversationUnreadMessageCount: async((a) => decodeAll(as<string>(a[0]), as<bigint>(a[1]), as<bigint>(a[2])),
    (sim, [target, ts, seq]) => unread.cleanUnread(sim, target, ts, seq)),
  TIMConvCreateConversationGroup: async((a) => decodeAll(nonEmptyStr(a[0]), idArray(a[1], TIMResult.TIM_ERR_PARAM)),
    (sim, [name, ids]) => groups.createGroup(sim, name, ids), true),
  TIMConvGetConversationGroupList: async(none, (sim) => groups.getGroupList(sim), true),
  TIMConvDeleteConversationGroup: async((a) => nonEmptyStr(a[0]), (sim, name) => groups.deleteGroup(sim, name), true),
  TIMConvRenameConversationGroup: async((a) => decodeAll(nonEmptyStr(a[0]), nonEmptyStr(a[1])),
    (sim, [oldName, newName]) => groups.renameGroup(sim, oldName, newName), true),
  TIMConvAddConversationsToGroup: async((a) => decodeAll(nonEmptyStr(a[0]), idArray(a[1])),
    (sim, [name, ids]) => groups.addToGroup(sim, name, ids), true),
  TIMConvDeleteConversationsFromGroup: async((a) => decodeAll(nonEmptyStr(a[0]), idArray(a[1])),
    (sim, [name, ids]) => groups.deleteFromGroup(sim, name, ids), true),
  TIMConvCreate: async((a) => decodeAll(nonEmptyStr(a[0]), convType(a[1])), (sim, [id, type]) => conversations.createConv(sim, type, id)),
};

export const HANDLERS: Readonly<Record<string, Handler>> = withSignatures(DEFINITIONS);
