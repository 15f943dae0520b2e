// Where a conversation sits in every list: pinned ones first, then newest activity first. The
// activity sequence is unique, so two keys are never equal unless they belong to the same record
// in the same state; that makes every sorted index and every paging cursor unambiguous.
import { PINNED_ACTIVE_TIME_BASE } from '../active-time.ts';
import type { RunOrder } from '../sorted-runs.ts';

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

/** Anything kept in a sorted index carries the key it was inserted with; it must not change while
 *  indexed. Keys may repeat (two move entries of one record can hold the same old key). */
export interface Indexed {
  ik: OrderKey;
}

/** The order of every sorted index: list order of the items' keys. */
export const BY_ORDER_KEY: RunOrder<Indexed, OrderKey> = {
  keyOf: (item) => item.ik,
  compare: (item, key) => compareKeys(item.ik, key),
};

export function activeTimeOf(key: OrderKey): bigint {
  const t = BigInt(key.time);
  return key.pinned ? PINNED_ACTIVE_TIME_BASE + t : t;
}

/** activeTimeOf as JSON number text; no bigint arithmetic for the usual unpinned case. */
export function activeTimeText(key: OrderKey): string {
  return key.pinned ? String(PINNED_ACTIVE_TIME_BASE + BigInt(key.time)) : String(key.time);
}
