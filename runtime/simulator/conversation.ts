// One conversation as the simulator stores it, and the mapping between conversation IDs
// ("c2c_<userID>", "group_<groupID>") and the (conv_id, conv_type) pairs of ConvInfo.
import type { MoveEntry } from './moves.ts';
import type { Indexed, OrderKey } from './order-key.ts';
import { TIMConvType, TIMReceiveMessageOpt } from '../generated/types.ts';

/** The two conversation types the service keeps (TIMConvType). */
export const CONV_C2C = TIMConvType.kTIMConv_C2C;
export const CONV_GROUP = TIMConvType.kTIMConv_Group;
export type ConvType = typeof CONV_C2C | typeof CONV_GROUP;

/** A JSON object as parsed by the 64-bit codec (exact keys hold bigint). */
export type JsonObject = Record<string, unknown>;

export interface GroupAtInfo {
  conv_group_at_info_seq: bigint;
  conv_group_at_info_at_type: number;
}

/**
 * The fields that decide filter matches, unread totals and index membership. Collections are
 * replaced, never changed in place, so a shallow copy taken before a change is a true "before".
 */
export interface ConvFacet {
  readonly alive: boolean;
  readonly type: ConvType;
  readonly unread: number;
  readonly recvOpt: number;
  readonly marks: bigint;
  readonly groups: readonly string[];
  readonly atInfo: readonly GroupAtInfo[];
  readonly ik: OrderKey;
}

export interface ConvRecord extends ConvFacet, Indexed {
  /** "c2c_alice" / "group_g1". */
  readonly convKey: string;
  /** The bare userID or groupID (conv_id in ConvInfo). */
  readonly id: string;
  readonly type: ConvType;
  alive: boolean;
  /** The key the indexes hold it under; only the store changes it. */
  ik: OrderKey;
  /** Store version from which the record has had `ik` (its creation or its last move); paging
   *  passes opened earlier read it at an older place, or not at all. */
  keyFrom: number;
  /** Keys it left that an open paging pass may still need, oldest first (see moves.ts). */
  moves: MoveEntry[];
  pinned: boolean;
  activeTime: number;
  activitySeq: number;
  unread: number;
  /** Server time (C2C, a number) or sequence (group, an exact bigint) of each unread message the
   *  simulator delivered; unread counts beyond these (seeded ones) are older than all of them. */
  unreadStamps: (number | bigint)[];
  recvOpt: number;
  marks: bigint;
  groups: readonly string[];
  atInfo: readonly GroupAtInfo[];
  customData: string;
  draft: JsonObject | null;
  /** The last message as JSON text (stored messages never change). */
  lastMsgJson: string | null;
  /** Last message sequence handed out in this conversation (uint64, exact). */
  lastSeq: bigint;
  showName: string;
  faceUrl: string;
  groupType: number;
  c2cReadTimestamp: number;
  groupReadSequence: bigint;
}

export function convKeyOf(type: ConvType, id: string): string {
  return (type === CONV_C2C ? 'c2c_' : 'group_') + id;
}

/** Splits "c2c_x" / "group_x"; undefined for anything else (including an empty userID/groupID). */
export function parseConvKey(convKey: string): { type: ConvType; id: string } | undefined {
  if (convKey.startsWith('c2c_') && convKey.length > 4) return { type: CONV_C2C, id: convKey.slice(4) };
  if (convKey.startsWith('group_') && convKey.length > 6) return { type: CONV_GROUP, id: convKey.slice(6) };
  return undefined;
}

export function isConvType(v: unknown): v is ConvType {
  return v === CONV_C2C || v === CONV_GROUP;
}

/** Whether `v` is a value a generated enum declares (types.ts). */
export function isEnumValue(e: object, v: unknown): v is number {
  return typeof v === 'number' && typeof (e as Record<number, unknown>)[v] === 'string';
}

/** Only conversations that receive and notify count toward the unread totals. */
export function countsTowardTotals(recvOpt: number): boolean {
  return recvOpt === TIMReceiveMessageOpt.kTIMRecvMsgOpt_Receive;
}
