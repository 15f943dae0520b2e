// Messages the service delivers: the fields the simulator fills in when a test leaves them out,
// and what a delivered message does to its conversation (last message, unread, @ info, activity).
import { CONV_C2C, CONV_GROUP, type ConvRecord, type GroupAtInfo, type JsonObject } from './conversation.ts';
import type { Simulation } from './simulation.ts';
import { stringify } from '../json64.ts';

/** A Message JSON object; any key left out gets a plausible value. */
export type MessageInput = JsonObject;

/** Put in message_group_at_user_array to @ everyone in the group. */
export const AT_ALL_TAG = '__kImSDK_MessageAtALL__';
export const AT_ME = 1;
export const AT_ALL = 2;
export const AT_ALL_AND_ME = 3;

const MSG_STATUS_SEND_SUCC = 2;
const MSG_PRIORITY_NORMAL = 1;

/** Copies plain objects and arrays so later changes to the caller's object do not leak in. */
export function cloneJson<T>(v: T): T {
  if (Array.isArray(v)) return v.map(cloneJson) as T;
  if (typeof v === 'object' && v !== null) {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) out[k] = cloneJson((v as JsonObject)[k]);
    return out as T;
  }
  return v;
}

/** The message as stored: the input plus the conversation it belongs to, times, sequence and IDs. */
export function completeMessage(sim: Simulation, rec: ConvRecord, input: MessageInput, seq: bigint): JsonObject {
  const m = cloneJson(input);
  const now = sim.now();
  const fromSelf = m.message_is_from_self === true;
  const counter = ++sim.messageCounter;
  m.message_conv_id = rec.id;
  m.message_conv_type = rec.type;
  if (m.message_elem_array === undefined) m.message_elem_array = [];
  if (m.message_sender === undefined) m.message_sender = fromSelf ? sim.userID ?? '' : rec.type === CONV_C2C ? rec.id : '';
  if (m.message_is_from_self === undefined) m.message_is_from_self = false;
  if (m.message_server_time === undefined) m.message_server_time = BigInt(now);
  if (m.message_client_time === undefined) m.message_client_time = m.message_server_time;
  if (m.message_seq === undefined) m.message_seq = seq;
  if (m.message_rand === undefined) m.message_rand = BigInt(counter);
  // 63-bit IDs like the real ones, so exact 64-bit handling is exercised.
  if (m.message_unique_id === undefined) m.message_unique_id = (BigInt(now) << 31n) | BigInt(counter & 0x7fffffff);
  if (m.message_msg_id === undefined) m.message_msg_id = `sim-${now}-${counter}`;
  if (m.message_status === undefined) m.message_status = MSG_STATUS_SEND_SUCC;
  if (m.message_priority === undefined) m.message_priority = MSG_PRIORITY_NORMAL;
  if (m.message_is_read === undefined) m.message_is_read = fromSelf;
  if (m.message_is_online_msg === undefined) m.message_is_online_msg = false;
  return m;
}

/** Refuses a message whose given sequence is no uint64, before anything is stored. */
export function checkMessageSeq(input: MessageInput): void {
  const v = input.message_seq;
  if (v === undefined) return;
  const n = typeof v === 'bigint' ? v : Number.isSafeInteger(v) ? BigInt(v as number) : undefined;
  if (n === undefined || n < 0n || n >= 1n << 64n) {
    throw new Error(`simulator: message_seq must be a uint64 (a bigint, or a safe integer) at least 0, got ${typeof v === 'bigint' ? `${v}n` : String(v)}`);
  }
}

/** A uint64 message field (a sequence) as an exact bigint; a number counts only when it is a safe
 *  integer (a larger one has lost digits already). */
export function exactUint(v: unknown, fallback: bigint): bigint {
  return typeof v === 'bigint' ? v : Number.isSafeInteger(v) ? BigInt(v as number) : fallback;
}

/** Numeric value of a message field that may be a number or a bigint (times: seconds). */
export function numeric(v: unknown, fallback: number): number {
  return typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : fallback;
}

/** The @ info a group message creates for the logged-in user, if any. */
export function atInfoFor(sim: Simulation, rec: ConvRecord, m: JsonObject): GroupAtInfo | undefined {
  if (rec.type !== CONV_GROUP || !Array.isArray(m.message_group_at_user_array)) return undefined;
  const targets = m.message_group_at_user_array as unknown[];
  const me = sim.userID !== null && targets.indexOf(sim.userID) >= 0;
  const all = targets.indexOf(AT_ALL_TAG) >= 0;
  if (!me && !all) return undefined;
  return {
    conv_group_at_info_seq: exactUint(m.message_seq, 0n),
    conv_group_at_info_at_type: me && all ? AT_ALL_AND_ME : me ? AT_ME : AT_ALL,
  };
}

/** Applies a delivered message to its record (call inside store.update). */
export function applyMessage(sim: Simulation, rec: ConvRecord, m: JsonObject): void {
  const time = numeric(m.message_server_time, sim.now());
  const seq = exactUint(m.message_seq, rec.lastSeq + 1n);
  if (seq > rec.lastSeq) rec.lastSeq = seq;
  if (m.message_excluded_from_last_message !== true) rec.lastMsgJson = stringify(m);
  const counts = m.message_is_from_self !== true && m.message_is_excluded_from_unread_count !== true;
  if (counts) {
    rec.unread += 1;
    const stamp = rec.type === CONV_C2C ? time : seq;
    // A one-element array rather than a push onto an empty one, which would reserve room for 17.
    if (rec.unreadStamps.length === 0) rec.unreadStamps = [stamp];
    else rec.unreadStamps.push(stamp);
    const at = atInfoFor(sim, rec, m);
    if (at) rec.atInfo = [...rec.atInfo, at];
  }
  sim.store.activate(rec, time);
}
