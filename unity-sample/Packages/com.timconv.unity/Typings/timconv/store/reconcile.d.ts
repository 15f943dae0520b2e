import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { TIMConversationListFilter } from '../generated/types.ts';
import { type BadgeBook } from './badge-book.ts';
import type { ConvList } from './conv-list.ts';
export interface UnreadFigure {
    readonly kind: 'total' | 'filter' | 'group';
    /** "total", the watched filter's name, or the group name. */
    readonly name: string;
    readonly filter?: TIMConversationListFilter;
    /** Recomputed from the conversations in the store. */
    readonly fromList: number;
    /** The SDK's answer to a request made by this check. */
    readonly fromSdk: number;
    /** The badge the store showed when the check started (undefined: not known yet). */
    readonly badge: number | undefined;
}
export interface UnreadReport {
    readonly total: UnreadFigure;
    readonly filters: readonly UnreadFigure[];
    readonly groups: readonly UnreadFigure[];
    /** The figures whose three values are not all equal. */
    readonly drift: readonly UnreadFigure[];
}
export declare function reconcileUnread(manager: ConversationManager, list: ConvList, book: BadgeBook): Promise<UnreadReport>;
