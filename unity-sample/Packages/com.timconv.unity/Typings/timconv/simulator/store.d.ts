import { type ConvRecord, type ConvType } from './conversation.ts';
import type { ConvFilter } from './filter.ts';
import { ConvIndexes } from './indexes.ts';
import { Pager, type Page } from './paging.ts';
import { UnreadBook } from './unread.ts';
/** Move entries kept at least; beyond max(this, conversation count) the oldest passes expire. */
export declare const MIN_MOVES_KEPT = 10000;
export declare class RecordStore {
    private readonly records;
    readonly indexes: ConvIndexes;
    readonly unread: UnreadBook;
    readonly pager: Pager;
    private readonly moveLog;
    /** Conversation group names in creation order. */
    groupNames: string[];
    /** Conversations whose custom data is not empty. */
    customDataCount: number;
    /** Bumped by each creation and each move; paging passes remember it when they open. */
    version: number;
    private activityCounter;
    get size(): number;
    /** Move entries held for open paging passes. */
    get movesKept(): number;
    /** One page of TIMConvGetConversationListByFilter; undefined for an unknown or expired next_seq. */
    readPage(filter: ConvFilter, nextSeq: bigint, count: number): Page | undefined;
    get(convKey: string): ConvRecord | undefined;
    /** A new conversation, active at `time`. Throws if it exists. */
    create(type: ConvType, id: string, time: number, init?: (rec: ConvRecord) => void): ConvRecord;
    /** Applies `mutate` to a live record and updates everything derived from it. */
    update(rec: ConvRecord, mutate: (rec: ConvRecord) => void): void;
    remove(rec: ConvRecord): void;
    /** Marks the record active now: it moves to the top of the unpinned (or pinned) conversations. */
    activate(rec: ConvRecord, time: number): void;
    private commit;
    /**
     * Drops the move entries no open pass can need. Beyond max(MIN_MOVES_KEPT, conversation count)
     * entries, the passes that would need older ones expire first, so memory stays bounded and a
     * page never walks more old places than there are conversations.
     */
    private compactMoves;
}
