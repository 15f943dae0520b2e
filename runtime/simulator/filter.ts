// TIMConversationListFilter: decoding the parsed JSON, matching a conversation, and the canonical
// form used to tell subscriptions apart and to echo a filter back to its listener.
import { toBridgeValue } from '../crossing.ts';
import { FLAG_MASKS } from '../generated/sdk-constants.ts';
import { TIMConvType } from '../generated/types.ts';
import { isEnumValue, type ConvFacet, type JsonObject } from './conversation.ts';

export const K_CONV_TYPE = 'conversation_list_filter_conv_type';
export const K_GROUP = 'conversation_list_filter_conversation_group';
export const K_MARK = 'conversation_list_filter_mark_type';
export const K_HAS_UNREAD = 'conversation_list_filter_has_unread_count';
export const K_HAS_AT = 'conversation_list_filter_has_group_at_info';

/** Bits a mark type may use: the predefined marks and the app's own marks (the overlay's mask). */
export const MARK_MASK: bigint = FLAG_MASKS.TIMConversationMarkType;

/** A decoded filter; an absent field does not filter. */
export interface ConvFilter {
  /** C2C or group; system is kept and matches nothing; invalid (0) is read as "no filter". */
  readonly type?: number;
  /** "" selects the conversations that are in no group. */
  readonly group?: string;
  /** 0 selects unmarked conversations; otherwise conversations that carry any of these bits. */
  readonly mark?: bigint;
  readonly hasUnread?: boolean;
  readonly hasAt?: boolean;
}

const KNOWN_KEYS = new Set([K_CONV_TYPE, K_GROUP, K_MARK, K_HAS_UNREAD, K_HAS_AT]);

/** A uint64 as the codec hands it: bigint for exact keys, or a safe integer number. */
export function asUint64(v: unknown): bigint | undefined {
  return toBridgeValue('uint64', v) as bigint | undefined;
}

/** Decodes a parsed filter object; undefined when a key is unknown or a value has the wrong type. */
export function decodeFilter(value: unknown): ConvFilter | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const o = value as JsonObject;
  for (const k of Object.keys(o)) if (!KNOWN_KEYS.has(k)) return undefined;
  const f: { -readonly [K in keyof ConvFilter]: ConvFilter[K] } = {};
  if (o[K_CONV_TYPE] !== undefined) {
    const t = o[K_CONV_TYPE];
    if (!isEnumValue(TIMConvType, t)) return undefined;
    if (t !== TIMConvType.kTIMConv_Invalid) f.type = t;
  }
  if (o[K_GROUP] !== undefined) {
    if (typeof o[K_GROUP] !== 'string') return undefined;
    f.group = o[K_GROUP] as string;
  }
  if (o[K_MARK] !== undefined) {
    const m = asUint64(o[K_MARK]);
    if (m === undefined || (m & ~MARK_MASK) !== 0n) return undefined;
    f.mark = m;
  }
  for (const [key, field] of [[K_HAS_UNREAD, 'hasUnread'], [K_HAS_AT, 'hasAt']] as const) {
    if (o[key] === undefined) continue;
    if (typeof o[key] !== 'boolean') return undefined;
    f[field] = o[key] as boolean;
  }
  return f;
}

/** True when the filter restricts nothing (no key, or conv_type 0 alone). */
export function selectsAll(f: ConvFilter): boolean {
  return f.type === undefined && f.group === undefined && f.mark === undefined && f.hasUnread === undefined && f.hasAt === undefined;
}

export function matchesFilter(f: ConvFilter, c: ConvFacet): boolean {
  if (f.type !== undefined && c.type !== f.type) return false;
  if (f.group !== undefined) {
    if (f.group === '' ? c.groups.length !== 0 : c.groups.indexOf(f.group) < 0) return false;
  }
  if (f.mark !== undefined) {
    if (f.mark === 0n ? c.marks !== 0n : (c.marks & f.mark) === 0n) return false;
  }
  if (f.hasUnread !== undefined && (c.unread > 0) !== f.hasUnread) return false;
  if (f.hasAt !== undefined && (c.atInfo.length > 0) !== f.hasAt) return false;
  return true;
}

/** The filter as a JSON object with its keys in schema order (what listeners receive). */
export function filterObject(f: ConvFilter): JsonObject {
  const o: JsonObject = {};
  if (f.type !== undefined) o[K_CONV_TYPE] = f.type;
  if (f.group !== undefined) o[K_GROUP] = f.group;
  if (f.mark !== undefined) o[K_MARK] = f.mark;
  if (f.hasUnread !== undefined) o[K_HAS_UNREAD] = f.hasUnread;
  if (f.hasAt !== undefined) o[K_HAS_AT] = f.hasAt;
  return o;
}

/** Two filters select the same conversations exactly when their identities are equal. */
export function filterIdentity(f: ConvFilter): string {
  const part = (v: unknown) => (v === undefined ? '-' : typeof v === 'string' ? JSON.stringify(v) : String(v));
  return [f.type, f.group, f.mark, f.hasUnread, f.hasAt].map(part).join('|');
}
