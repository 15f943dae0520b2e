// The unread operations of the API: totals, counts by filter, subscriptions and cleaning.
import { TIMConvEvent, TIMErrCode, TIMResult } from '../generated/types.ts';
import { stringify } from '../json64.ts';
import { NO_SUCH_CONVERSATION, fail, ok, type Reply } from './codes.ts';
import { CONV_C2C, CONV_GROUP, parseConvKey, type ConvRecord } from './conversation.ts';
import type { ConvFilter } from './filter.ts';
import type { Simulation } from './simulation.ts';
import { clampInt32, unreadContribution } from './unread.ts';

function unreadResult(count: number): string {
  return stringify({ conv_get_total_unread_message_count_result_unread_count: clampInt32(count) });
}

/** Also arms totalUnreadMessageCountChanged, as the SDK does. */
export function getTotalUnread(sim: Simulation): Reply {
  sim.store.unread.totalAnnounced = true;
  return ok(unreadResult(sim.store.unread.total));
}

/** Sums the filter's unread count; served from the subscription counter when there is one. */
export function countUnreadByFilter(sim: Simulation, f: ConvFilter): number {
  const sub = sim.store.unread.subscription(f);
  if (sub) return sub.count;
  if (f.hasUnread === false) return 0;
  let total = 0;
  for (const ix of sim.store.indexes.candidates({ ...f, hasUnread: true })) {
    const cursor = ix.cursorAfter(null);
    for (let rec = cursor.next(); rec; rec = cursor.next()) total += unreadContribution(rec, f);
  }
  return total;
}

export function getUnreadByFilter(sim: Simulation, f: ConvFilter): Reply {
  return ok(unreadResult(countUnreadByFilter(sim, f)));
}

/** Subscribing the same filter again changes nothing. */
export function subscribe(sim: Simulation, f: ConvFilter): number {
  if (!sim.store.unread.subscription(f)) sim.store.unread.subscribe(f, countUnreadByFilter(sim, f));
  return TIMResult.TIM_SUCC;
}

/** Unsubscribing a filter that is not subscribed succeeds. */
export function unsubscribe(sim: Simulation, f: ConvFilter): number {
  sim.store.unread.unsubscribe(f);
  return TIMResult.TIM_SUCC;
}

/** Cleans of all (or all C2C / group) unread counts are refused with 7008 until this many seconds
 *  after the last accepted one, as the library does. */
export const CLEAN_ALL_INTERVAL_SECONDS = 1;

/**
 * Clears unread counts of one conversation ("c2c_x", "group_x"), of all C2C ("c2c") or group
 * ("group") conversations, or of all (""). A non-zero timestamp (C2C) or sequence (group) clears
 * only the unread messages up to it; group @ info up to that sequence goes too.
 */
export function cleanUnread(sim: Simulation, target: string, timestamp: bigint, sequence: bigint): Reply {
  let recs: ConvRecord[];
  if (target === '' || target === 'c2c' || target === 'group') {
    const at = sim.exactNow();
    if (sim.lastCleanAllAt !== undefined && at - sim.lastCleanAllAt < CLEAN_ALL_INTERVAL_SECONDS) {
      return fail(TIMErrCode.ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT, `cleaning all unread counts works once every ${CLEAN_ALL_INTERVAL_SECONDS} s`);
    }
    sim.lastCleanAllAt = at;
    const types = target === 'c2c' ? [CONV_C2C] : target === 'group' ? [CONV_GROUP] : [CONV_C2C, CONV_GROUP];
    recs = withSomethingToClean(sim, types);
  } else {
    const rec = parseConvKey(target) && sim.store.get(target);
    if (!rec) return fail(TIMErrCode.ERR_INVALID_CONVERSATION, NO_SUCH_CONVERSATION);
    recs = [rec];
  }
  const now = sim.now();
  const changed: ConvRecord[] = [];
  for (const rec of recs) if (cleanOne(sim, rec, timestamp, sequence, now)) changed.push(rec);
  sim.convEvent(TIMConvEvent.kTIMConvEvent_Update, changed);
  return ok();
}

function withSomethingToClean(sim: Simulation, types: number[]): ConvRecord[] {
  const { buckets, withAtInfo } = sim.store.indexes;
  const found = new Set<ConvRecord>();
  const collect = (ix: typeof withAtInfo) => {
    const cursor = ix.cursorAfter(null);
    for (let rec = cursor.next(); rec; rec = cursor.next()) if (types.indexOf(rec.type) >= 0) found.add(rec);
  };
  if (types.indexOf(CONV_C2C) >= 0) collect(buckets[1]);
  if (types.indexOf(CONV_GROUP) >= 0) collect(buckets[3]);
  collect(withAtInfo);
  return Array.from(found);
}

function cleanOne(sim: Simulation, rec: ConvRecord, timestamp: bigint, sequence: bigint, now: number): boolean {
  // 0 cleans everything. Otherwise what is newer than the limit stays: a number (a time) and a
  // bigint (a sequence) compare exactly with the bigint limit, so no uint64 is rounded.
  const limit = rec.type === CONV_C2C ? timestamp : sequence;
  const all = limit === 0n;
  const stamps = all ? [] : rec.unreadStamps.filter((s) => s > limit);
  const atInfo = all ? [] : rec.atInfo.filter((a) => a.conv_group_at_info_seq > limit);
  if (stamps.length === rec.unread && atInfo.length === rec.atInfo.length) return false;
  sim.store.update(rec, (r) => {
    r.unreadStamps = stamps;
    r.unread = stamps.length;
    r.atInfo = atInfo;
    if (r.type === CONV_C2C) {
      // conv_c2c_read_timestamp is a time in seconds (the schema's number policy).
      r.c2cReadTimestamp = Math.max(r.c2cReadTimestamp, all ? now : Number(limit));
    } else {
      const read = all ? r.lastSeq : limit;
      if (read > r.groupReadSequence) r.groupReadSequence = read;
    }
  });
  return true;
}
