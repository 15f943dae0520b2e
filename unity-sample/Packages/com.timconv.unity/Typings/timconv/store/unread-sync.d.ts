import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { TIMConversationListFilter } from '../generated/types.ts';
import { BadgeBook } from './badge-book.ts';
import type { StoreErrorHook, Tasks } from './tasks.ts';
/** Turns the group list into the one after a group event. */
export type GroupEdit = (groups: readonly string[]) => string[];
export declare class UnreadSync {
    private readonly manager;
    private readonly tasks;
    /** Called whenever the book may have a change to deliver. */
    private readonly changed;
    readonly book: BadgeBook;
    private readonly report;
    private stopped;
    /** Events heard per subscription ("total" for the total): a read answered after one is older than it. */
    private readonly heard;
    /** Group events since the oldest group-list read in flight, to replay on its answer. */
    private groupEdits;
    private groupReads;
    constructor(manager: ConversationManager, tasks: Tasks, report: StoreErrorHook, 
    /** Called whenever the book may have a change to deliver. */
    changed: () => void);
    /** Subscribes `filter` under `name`; refuses an invalid filter with the validator's TimError. */
    watch(name: string, filter: TIMConversationListFilter): void;
    unwatch(name: string): void;
    onTotal(n: number): void;
    onFilter(echo: TIMConversationListFilter, n: number): void;
    /** A group was created, deleted or renamed: `edit` turns the group list into the new one. */
    onGroups(edit: GroupEdit): void;
    /** Applies a new group list: subscribes new groups, unsubscribes vanished ones. */
    private setGroups;
    /** Reads the total, the groups and every count again, subscribing every filter anew. */
    reload(): Promise<void>;
    /** Ends every subscription the store made. */
    stop(): void;
    /** Subscribes, then reads the current count; failures go to the error hook. */
    private start;
    private hear;
    private stamp;
    private unsubscribe;
}
