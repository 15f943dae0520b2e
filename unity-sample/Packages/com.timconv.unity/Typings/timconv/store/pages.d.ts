import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { ConvInfo, TIMConversationListFilter } from '../generated/types.ts';
import type { ConvList } from './conv-list.ts';
export interface PageSource {
    readonly manager: ConversationManager;
    readonly list: ConvList;
    ready(): Promise<void>;
    /** Throws once the store is disposed. */
    open(): void;
}
/** Largest page: the SDK takes `count` as uint32, and one JSON answer of more is impractical anyway. */
export declare const MAX_PAGE_SIZE = 1000;
/** Checks the arguments at once (so a bad call throws here, not at the first next()), then pages. */
export declare function pagesOf(src: PageSource, filter: TIMConversationListFilter, pageSize: number): AsyncIterableIterator<ConvInfo[]>;
