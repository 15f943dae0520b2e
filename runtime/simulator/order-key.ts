// Where a conversation sits in every list: pinned ones first, then newest activity first. The
// activity sequence is unique, so two keys are never equal unless they belong to the same record
// in the same state; that makes every sorted index and every paging cursor unambiguous.
import { PINNED_ACTIVE_TIME_BASE } from '../active-time.ts';

export interface OrderKey {
  /** 1 when pinned. */
  readonly pinned: number;
  /** Unix seconds of the last activity (message, creation). */
  readonly time: number;
  /** Global counter bumped on every activity; breaks ties inside one second. */
  readonly seq: number;
}

/** Negative when `a` comes before `b` in a conversation list. */
export function compareKeys(a: OrderKey, b: OrderKey): number {
  return (b.pinned - a.pinned) || (b.time - a.time) || (b.seq - a.seq);
}

export function sameKey(a: OrderKey, b: OrderKey): boolean {
  return a.pinned === b.pinned && a.time === b.time && a.seq === b.seq;
}


export function activeTimeOf(key: OrderKey): bigint {
  const t = BigInt(key.time);
  return key.pinned ? PINNED_ACTIVE_TIME_BASE + t : t;
}

/** activeTimeOf as JSON number text; no bigint arithmetic for the usual unpinned case. */
export function activeTimeText(key: OrderKey): string {
  return key.pinned ? String(PINNED_ACTIVE_TIME_BASE + BigInt(key.time)) : String(key.time);
}
