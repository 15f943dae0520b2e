import { type Reply } from './codes.ts';
import type { ConvFilter } from './filter.ts';
import type { Simulation } from './simulation.ts';
/** Also arms totalUnreadMessageCountChanged, as the SDK does. */
export declare function getTotalUnread(sim: Simulation): Reply;
/** Sums the filter's unread count; served from the subscription counter when there is one. */
export declare function countUnreadByFilter(sim: Simulation, f: ConvFilter): number;
export declare function getUnreadByFilter(sim: Simulation, f: ConvFilter): Reply;
/** Subscribing the same filter again changes nothing. */
export declare function subscribe(sim: Simulation, f: ConvFilter): number;
/** Unsubscribing a filter that is not subscribed succeeds. */
export declare function unsubscribe(sim: Simulation, f: ConvFilter): number;
/** Cleans of all (or all C2C / group) unread counts are refused with 7008 until this many seconds
 *  after the last accepted one, as the library does. */
export declare const CLEAN_ALL_INTERVAL_SECONDS = 1;
/**
 * Clears unread counts of one conversation ("c2c_x", "group_x"), of all C2C ("c2c") or group
 * ("group") conversations, or of all (""). A non-zero timestamp (C2C) or sequence (group) clears
 * only the unread messages up to it; group @ info up to that sequence goes too.
 */
export declare function cleanUnread(sim: Simulation, target: string, timestamp: bigint, sequence: bigint): Reply;
