// ConvInfo as the SDK reports it, built from a record: as an object (64-bit fields as bigint) for
// the control surface, and as JSON text for the API. The text is written directly from the
// record's fields, with the last message spliced in as the text it was stored as: a page of 100
// conversations then costs string concatenation only, and leaves no long-lived garbage.
// A test keeps both forms identical.
import { CONV_GROUP, type ConvRecord, type JsonObject } from './conversation.ts';
import { activeTimeOf, activeTimeText } from './order-key.ts';
import { codec } from './args.ts';
import { stringify } from '../json64.ts';

const BIT_VALUES: bigint[] = Array.from({ length: 64 }, (_, i) => 1n << BigInt(i));

/** Mark bits a conversation carries, one uint64 per bit, lowest bit first. */
export function markArray(marks: bigint): bigint[] {
  const out: bigint[] = [];
  // Two 32-bit halves tested with number operations: much cheaper than 64 bigint shifts.
  const halves = [Number(marks & 0xffffffffn), Number(marks >> 32n)];
  for (let h = 0; h < 2; h++) {
    for (let i = 0; i < 32 && halves[h] !== 0; i++) {
      if (halves[h] & 1) out.push(BIT_VALUES[h * 32 + i]);
      halves[h] = Math.floor(halves[h] / 2);
    }
  }
  return out;
}

function atInfoJson(list: ConvRecord['atInfo']): string {
  let s = '[';
  for (let i = 0; i < list.length; i++) {
    s += (i ? ',' : '') + '{"conv_group_at_info_seq":' + list[i].conv_group_at_info_seq + ',"conv_group_at_info_at_type":' + list[i].conv_group_at_info_at_type + '}';
  }
  return s + ']';
}

export function convInfo(rec: ConvRecord): JsonObject {
  const info: JsonObject = {
    conv_id: rec.id,
    conv_type: rec.type,
    conv_face_url: rec.faceUrl,
    conv_unread_num: rec.unread,
    conv_active_time: activeTimeOf(rec.ik),
    conv_is_has_lastmsg: rec.lastMsgJson !== null,
  };
  if (rec.lastMsgJson !== null) info.conv_last_msg = codec.parse(rec.lastMsgJson);
  info.conv_is_has_draft = rec.draft !== null;
  if (rec.draft) info.conv_draft = rec.draft;
  info.conv_recv_opt = rec.recvOpt;
  if (rec.type === CONV_GROUP) info.conv_group_type = rec.groupType;
  info.conv_group_at_info_array = rec.atInfo;
  info.conv_is_pinned = rec.pinned;
  info.conv_show_name = rec.showName;
  info.conv_mark_array = markArray(rec.marks);
  info.conv_custom_data = rec.customData;
  info.conv_conversation_group_array = rec.groups;
  info.conv_c2c_read_timestamp = rec.c2cReadTimestamp;
  info.conv_group_read_sequence = rec.groupReadSequence;
  return info;
}

const q = JSON.stringify;

/** The same as stringify(convInfo(rec)), written field by field. */
export function convInfoJson(rec: ConvRecord): string {
  let s = '{"conv_id":' + q(rec.id) + ',"conv_type":' + rec.type + ',"conv_face_url":' + q(rec.faceUrl) +
    ',"conv_unread_num":' + rec.unread + ',"conv_active_time":' + activeTimeText(rec.ik) +
    ',"conv_is_has_lastmsg":' + (rec.lastMsgJson !== null);
  if (rec.lastMsgJson !== null) s += ',"conv_last_msg":' + rec.lastMsgJson;
  s += ',"conv_is_has_draft":' + (rec.draft !== null);
  if (rec.draft) s += ',"conv_draft":' + stringify(rec.draft);
  s += ',"conv_recv_opt":' + rec.recvOpt;
  if (rec.type === CONV_GROUP) s += ',"conv_group_type":' + rec.groupType;
  s += ',"conv_group_at_info_array":' + (rec.atInfo.length ? atInfoJson(rec.atInfo) : '[]') +
    ',"conv_is_pinned":' + rec.pinned + ',"conv_show_name":' + q(rec.showName) +
    ',"conv_mark_array":' + (rec.marks === 0n ? '[]' : '[' + markArray(rec.marks).join(',') + ']') +
    ',"conv_custom_data":' + q(rec.customData) +
    ',"conv_conversation_group_array":' + (rec.groups.length ? q(rec.groups) : '[]') +
    ',"conv_c2c_read_timestamp":' + rec.c2cReadTimestamp + ',"conv_group_read_sequence":' + rec.groupReadSequence + '}';
  return s;
}

/** A JSON array of ConvInfo. */
export function convInfoArrayJson(recs: readonly ConvRecord[]): string {
  let out = '[';
  for (let i = 0; i < recs.length; i++) out += (i ? ',' : '') + convInfoJson(recs[i]);
  return out + ']';
}
