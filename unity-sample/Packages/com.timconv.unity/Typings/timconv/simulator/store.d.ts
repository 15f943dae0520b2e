import { type ConvRecord, type ConvType } from './conversation.ts';
import { ConvIndexes } from './indexes.ts';
import { Pager } from './paging.ts';
import { UnreadBook } from './unread.ts';
export declare class ConversationStore {
    private readonly records;
    readonly indexes: ConvIndexes;
    readonly unread: UnreadBook;
    readonly pager: Pager;
    /** Conversation group names in creation order. */
    groupNames: string[];
    /** Conversations whose custom data is not empty. */
    customDataCount: number;
    /** Bumped for each created record; paging passes compare against it. */
    version: number;
    private activityCounter;
    get size(): number;
    get(convKey: string): ConvRecord | undefined;
    /** A new conversation, active at `time`. Throws if it exists. */
    create(type: ConvType, id: string, time: number, init?: (rec: ConvRecord) => void): ConvRecord;
    /** Applies `mutate` to a live record and updates everything derived from it. */
    update(rec: ConvRecord, mutate: (rec: ConvRecord) => void): void;
    remove(rec: ConvRecord): void;
    /** Marks the record active now: it moves to the top of the unpinned (or pinned) conversations. */
    activate(rec: ConvRecord, time: number): void;
    private commit;
}
