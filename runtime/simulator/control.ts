// The control surface: what a test (or the demo) does in the role of the server and of the user's
// other devices. Changes made while nobody is logged in are silent; login then syncs them.
import { TIMConvEvent, TIMReceiveMessageOpt } from '../generated/types.ts';
import { convInfo } from './conv-info.ts';
import { isEnumValue, parseConvKey, type ConvRecord, type GroupAtInfo, type JsonObject } from './conversation.ts';
import { applyMessage, checkMessageSeq, cloneJson, completeMessage, exactUint, numeric, type MessageInput } from './message.ts';
import { forEachInOrder } from './ordered.ts';
import type { Simulation } from './simulation.ts';
import { stringify } from '../json64.ts';

/** What a seeded conversation starts with; everything is optional. */
export interface ConversationSeed {
  showName?: string;
  faceUrl?: string;
  /** TIMGroupType of a group conversation (default 1, private). */
  groupType?: number;
  unread?: number;
  /** TIMReceiveMessageOpt, 0..3. */
  recvOpt?: number;
  /** Unix seconds of the last activity; defaults to the last message's time, else now. */
  activeTime?: number;
  pinned?: boolean;
  lastMessage?: MessageInput;
  draft?: JsonObject;
  atInfo?: readonly GroupAtInfoInput[];
}

/** Group @ info either in ConvInfo's JSON form or in short form. */
export type GroupAtInfoInput = GroupAtInfo | { seq: number | bigint; atType: number };

/** Conversations per add event when login syncs existing conversations. */
const SYNC_BATCH = 100;

export function login(sim: Simulation, userID: string): void {
  if (!userID) throw new Error('simulator: login needs a userID');
  sim.userID = userID;
  sim.convEventEmpty(TIMConvEvent.kTIMConvEvent_Start);
  let batch: ConvRecord[] = [];
  forEachInOrder(sim.store.indexes.buckets, (rec) => {
    batch.push(rec);
    if (batch.length === SYNC_BATCH) { sim.convEvent(TIMConvEvent.kTIMConvEvent_Add, batch); batch = []; }
  });
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Add, batch);
  sim.convEventEmpty(TIMConvEvent.kTIMConvEvent_Finish);
}

/** Ends the session: subscriptions and the armed total-unread notification are forgotten. */
export function logout(sim: Simulation): void {
  sim.userID = null;
  sim.store.unread.totalAnnounced = false;
  sim.store.unread.clearSubscriptions();
}

function recordOf(sim: Simulation, convID: string): ConvRecord {
  const rec = sim.store.get(convID);
  if (!rec) throw new Error(`simulator: no conversation ${convID}`);
  return rec;
}

function normalizeAtInfo(list: readonly GroupAtInfoInput[]): GroupAtInfo[] {
  return list.map((a) => ('seq' in a
    ? { conv_group_at_info_seq: BigInt(a.seq), conv_group_at_info_at_type: a.atType }
    : { conv_group_at_info_seq: BigInt(a.conv_group_at_info_seq), conv_group_at_info_at_type: a.conv_group_at_info_at_type }));
}

function checkRecvOpt(opt: number): void {
  if (!isEnumValue(TIMReceiveMessageOpt, opt)) throw new Error(`simulator: receive option ${opt} is not a TIMReceiveMessageOpt value`);
}

/** Creates a conversation ("c2c_<userID>" or "group_<groupID>"); throws if it exists. */
export function addConversation(sim: Simulation, convID: string, seed: ConversationSeed = {}): void {
  const parsed = parseConvKey(convID);
  if (!parsed) throw new Error(`simulator: "${convID}" is not c2c_<userID> or group_<groupID>`);
  if (sim.store.get(convID)) throw new Error(`simulator: conversation ${convID} exists`);
  if (seed.recvOpt !== undefined) checkRecvOpt(seed.recvOpt);
  if (seed.lastMessage !== undefined) checkMessageSeq(seed.lastMessage);
  sim.operation(() => {
    const rec = sim.store.create(parsed.type, parsed.id, seed.activeTime ?? sim.now(), (r) => {
      if (seed.showName !== undefined) r.showName = seed.showName;
      if (seed.faceUrl !== undefined) r.faceUrl = seed.faceUrl;
      if (seed.groupType !== undefined) r.groupType = seed.groupType;
      if (seed.unread !== undefined) r.unread = seed.unread;
      if (seed.recvOpt !== undefined) r.recvOpt = seed.recvOpt;
      if (seed.pinned !== undefined) r.pinned = seed.pinned;
      if (seed.draft !== undefined) r.draft = cloneJson(seed.draft);
      if (seed.atInfo !== undefined) r.atInfo = normalizeAtInfo(seed.atInfo);
      if (seed.lastMessage !== undefined) {
        const m = completeMessage(sim, r, seed.lastMessage, r.lastSeq + 1n);
        r.lastMsgJson = stringify(m);
        r.lastSeq = exactUint(m.message_seq, r.lastSeq + 1n);
        if (seed.activeTime === undefined) r.activeTime = numeric(m.message_server_time, r.activeTime);
      }
    });
    sim.convEvent(TIMConvEvent.kTIMConvEvent_Add, [rec]);
  });
}

/**
 * Delivers a message to a conversation, creating the conversation if needed: last message, unread
 * count (unless from self or excluded), @ info, and active time follow. Returns the stored message.
 */
export function deliverMessage(sim: Simulation, convID: string, message: MessageInput = {}): JsonObject {
  const parsed = parseConvKey(convID);
  if (!parsed) throw new Error(`simulator: "${convID}" is not c2c_<userID> or group_<groupID>`);
  checkMessageSeq(message);
  return sim.operation(() => {
    let rec = sim.store.get(convID);
    const isNew = !rec;
    if (!rec) rec = sim.store.create(parsed.type, parsed.id, sim.now());
    const m = completeMessage(sim, rec, message, rec.lastSeq + 1n);
    sim.store.update(rec, (r) => applyMessage(sim, r, m));
    sim.convEvent(isNew ? TIMConvEvent.kTIMConvEvent_Add : TIMConvEvent.kTIMConvEvent_Update, [rec]);
    return m;
  });
}

export function setReceiveOption(sim: Simulation, convID: string, opt: number): void {
  checkRecvOpt(opt);
  const rec = recordOf(sim, convID);
  if (rec.recvOpt === opt) return;
  sim.operation(() => {
    sim.store.update(rec, (r) => { r.recvOpt = opt; });
    sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, [rec]);
  });
}

/** Replaces the conversation's group @ info (an empty list clears it). */
export function setGroupAtInfo(sim: Simulation, convID: string, list: readonly GroupAtInfoInput[]): void {
  const rec = recordOf(sim, convID);
  const atInfo = normalizeAtInfo(list);
  sim.operation(() => {
    sim.store.update(rec, (r) => { r.atInfo = atInfo; });
    sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, [rec]);
  });
}

/** The conversation's ConvInfo as the API would report it, or undefined. */
export function peek(sim: Simulation, convID: string): JsonObject | undefined {
  const rec = sim.store.get(convID);
  return rec ? cloneJson(convInfo(rec)) : undefined;
}
