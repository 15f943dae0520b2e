import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { ConvInfo, TIMConvEvent, TIMConversationListFilter } from '../generated/types.ts';
export interface StoreHandlers {
    convEvent(event: TIMConvEvent, infos: ConvInfo[]): void;
    total(n: number): void;
    byFilter(filter: TIMConversationListFilter, n: number): void;
    /** The group list changed: `edit` turns the current list into the new one. */
    groups(edit: (current: readonly string[]) => string[]): void;
    /** Conversations a group event carries, as they are now. */
    groupMembers(infos: ConvInfo[]): void;
}
/**
 * Adds the store's listeners to `manager`; the returned function removes them all. All or none:
 * when one cannot be added, those added before it are removed and the error is thrown.
 */
export declare function listenAll(manager: ConversationManager, h: StoreHandlers): () => void;
