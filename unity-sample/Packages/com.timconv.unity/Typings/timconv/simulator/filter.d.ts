import { type ConvFacet, type JsonObject } from './conversation.ts';
export declare const K_CONV_TYPE = "conversation_list_filter_conv_type";
export declare const K_GROUP = "conversation_list_filter_conversation_group";
export declare const K_MARK = "conversation_list_filter_mark_type";
export declare const K_HAS_UNREAD = "conversation_list_filter_has_unread_count";
export declare const K_HAS_AT = "conversation_list_filter_has_group_at_info";
/** Bits a mark type may use: the predefined marks and the app's own marks (the overlay's mask). */
export declare const MARK_MASK: bigint;
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
/** A uint64 as the codec hands it: bigint for exact keys, or a safe integer number. */
export declare function asUint64(v: unknown): bigint | undefined;
/** Decodes a parsed filter object; undefined when a key is unknown or a value has the wrong type. */
export declare function decodeFilter(value: unknown): ConvFilter | undefined;
/** True when the filter restricts nothing (no key, or conv_type 0 alone). */
export declare function selectsAll(f: ConvFilter): boolean;
export declare function matchesFilter(f: ConvFilter, c: ConvFacet): boolean;
/** The filter as a JSON object with its keys in schema order (what listeners receive). */
export declare function filterObject(f: ConvFilter): JsonObject;
/** Two filters select the same conversations exactly when their identities are equal. */
export declare function filterIdentity(f: ConvFilter): string;
