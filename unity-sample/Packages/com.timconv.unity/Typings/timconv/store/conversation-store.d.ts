import type { ConversationManager } from '../generated/conversation-manager.ts';
import { type ConvInfo, type TIMConversationListFilter } from '../generated/types.ts';
import { type ChangeListener, type FlushMode, type StoreChange } from './change-feed.ts';
import { type UnreadReport } from './reconcile.ts';
import { type StoreErrorHook } from './tasks.ts';
export interface StoreOptions {
    flush?: FlushMode;
    /** Receives failures nobody awaits (listener exceptions, failed loads); default console.error. */
    onError?: StoreErrorHook;
}
export declare class ConversationStore {
    private readonly manager;
    private readonly list;
    private readonly tasks;
    private readonly unreadSync;
    private readonly readiness;
    private readonly report;
    private readonly feed;
    private readonly stopListening;
    /** Between convEvent start and the reload that follows finish: changes wait for the reload. */
    private syncing;
    /** Generation of the latest list load; 0 when none is in flight. */
    private loading;
    private generation;
    private isDisposed;
    constructor(manager: ConversationManager, options?: StoreOptions);
    /** Resolves once the list has been loaded, at once if it has; rejects when loading failed. */
    ready(): Promise<void>;
    get isReady(): boolean;
    get size(): number;
    /** The conversation with this ID ("c2c_<userID>" / "group_<groupID>"), as the SDK last reported it. */
    get(id: string): ConvInfo | undefined;
    /** The ID of a ConvInfo as the store and the per-conversation calls use it. */
    static idOf(info: ConvInfo): string | undefined;
    indexOf(id: string): number;
    at(index: number): ConvInfo | undefined;
    /** Conversations from position `start` up to `end` (not included), in list order. */
    slice(start?: number, end?: number): ConvInfo[];
    /** Every conversation in list order (a copy). */
    conversations(): ConvInfo[];
    /** Conversation group names in the SDK's order. */
    get groups(): readonly string[];
    /** The unread total as the SDK last reported it (undefined until it has). */
    get totalUnread(): number | undefined;
    /** The unread count of a filter watched under `name`. */
    unread(name: string): number | undefined;
    /** The unread count of a conversation group. */
    groupUnread(group: string): number | undefined;
    /** Keeps a live unread badge for `filter` under `name` (SDK subscription plus its by-filter event). */
    watchUnread(name: string, filter: TIMConversationListFilter): void;
    unwatchUnread(name: string): void;
    /** Pages of the conversations matching `filter`: each one exactly once, even while the list moves. */
    pages(filter: TIMConversationListFilter, pageSize: number): AsyncIterableIterator<ConvInfo[]>;
    /**
     * Unread total and per-badge counts recomputed from the list, beside the SDK's own figures. Waits
     * for ready() first; read the report when the store has settled (see runtime/store/README.md).
     */
    reconcileUnread(): Promise<UnreadReport>;
    /** Adds a change listener; returns its remover. */
    onChange(listener: ChangeListener): () => void;
    /** Delivers the pending change now and returns it; undefined when nothing changed or a sync is being reconciled. */
    flush(): StoreChange | undefined;
    /** Resolves when the store's own SDK calls have finished and, in 'promise' mode, their change was delivered. */
    settled(): Promise<void>;
    /** Sets the store's native listeners again and reloads list and badges (e.g. after logging in again). */
    resync(): Promise<void>;
    /** Removes every listener and SDK subscription of the store; pending ready() calls reject. */
    dispose(): void;
    get disposed(): boolean;
    private onConvEvent;
    private removeInfos;
    /** Conversations a group event carries: updates for those the list holds. */
    private applyKnown;
    /**
     * A sync finished: listeners set again, then list and badges reloaded. The reload runs even when
     * the bridge refuses a listener (reported), since it is what ends the hold on changes.
     */
    private afterSync;
    /** Schedules the change; reloads the list first when it cannot tell the SDK's order by itself. */
    private afterUpdate;
    /** Loads the list again, and with `badges` the total, the groups and every badge subscription. */
    private reload;
    private reportInvalid;
    private checkOpen;
}
