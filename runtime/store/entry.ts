// One conversation as the store holds it, and the list order. The SDK lists pinned conversations
// first, then by active time, newest first; `conv_active_time` is a uint64 (a pinned one's is
// 2^62 plus its own time) and is compared exactly, as two 32-bit halves, never as a rounded
// number. ConvInfo has no field that orders conversations active in the same second, so the store
// keeps its own activity counter (`seq`): a list load numbers the conversations in the SDK's
// order, and a conversation with new activity takes the next number, which puts it first among
// equals, as the SDK does.
import { PINNED_ACTIVE_TIME_BASE } from '../active-time.ts';
import type { ConvInfo } from '../generated/types.ts';

export interface Entry {
  /** "c2c_<userID>", "group_<groupID>": the ID the API's per-conversation calls take. */
  readonly key: string;
  readonly info: ConvInfo;
  readonly pinned: boolean;
  readonly active: bigint;
  /** `active` as two exact uint32 halves: comparing numbers is much cheaper than comparing bigints. */
  readonly high: number;
  readonly low: number;
  readonly seq: number;
}

/** The conversation ID of a ConvInfo, as the per-conversation calls take it; undefined without conv_id. */
export function keyOf(info: ConvInfo): string | undefined {
  if (typeof info.conv_id !== 'string' || info.conv_id === '') return undefined;
  const type = info.conv_type;
  const prefix = type === 1 ? 'c2c_' : type === 2 ? 'group_' : `conv${type ?? 0}_`;
  return prefix + info.conv_id;
}

export function makeEntry(key: string, info: ConvInfo, seq: number): Entry {
  // A uint64 (the result validator guarantees it), so both halves are exact.
  const active = BigInt(info.conv_active_time ?? 0n);
  return {
    key, info, pinned: info.conv_is_pinned === true, active,
    high: Number(active >> 32n), low: Number(active & 0xffffffffn), seq,
  };
}

/** Negative when `a` comes first in the list: pinned, then the uint64 active time (newest first), then activity. */
export function compareEntries(a: Entry, b: Entry): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return (b.high - a.high) || (b.low - a.low) || (b.seq - a.seq);
}

/** Active time without the pinned offset: what moves when something happens in the conversation. */
function ownActiveTime(e: { pinned: boolean; active: bigint }): bigint {
  return e.pinned && e.active >= PINNED_ACTIVE_TIME_BASE ? e.active - PINNED_ACTIVE_TIME_BASE : e.active;
}

function lastMessageId(info: ConvInfo): string {
  const m = info.conv_last_msg;
  if (!m) return '';
  return `${m.message_msg_id ?? ''}|${m.message_seq ?? ''}|${m.message_unique_id ?? ''}`;
}

/**
 * True when the update from `before` to `after` is activity (a message arrived or was sent): the
 * own active time moved, another message became the last one, or the unread count grew. Pinning,
 * drafts, marks, groups, custom data, receive options and reading do not reorder.
 */
export function isActivity(before: Entry, after: ConvInfo): boolean {
  const next = { pinned: after.conv_is_pinned === true, active: after.conv_active_time ?? 0n };
  if (ownActiveTime(next) !== ownActiveTime(before)) return true;
  if (lastMessageId(after) !== lastMessageId(before.info)) return true;
  return (after.conv_unread_num ?? 0) > (before.info.conv_unread_num ?? 0);
}
