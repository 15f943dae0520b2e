import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { TIMConversationOperationResult } from '../generated/types.ts';
/** The SDK's limit of conversation IDs per call. */
export declare const SDK_IDS_PER_CALL: 100;
export interface BatchOptions {
    /** IDs per call, 1..100 (default 100). */
    chunkSize?: number;
}
type Result = TIMConversationOperationResult;
export declare class ConversationBatch {
    private readonly manager;
    private readonly chunkSize;
    constructor(manager: ConversationManager, options?: BatchOptions);
    markConversation(conversationIds: string[], markType: bigint, enableMark: boolean): Promise<Result[]>;
    setConversationCustomData(conversationIds: string[], customData: string): Promise<Result[]>;
    deleteConversationList(conversationIds: string[], clearMessage: boolean): Promise<Result[]>;
    /** Creates the group with the first chunk and adds the others to it. */
    createConversationGroup(groupName: string, conversationIds: string[]): Promise<Result[]>;
    addConversationsToGroup(groupName: string, conversationIds: string[]): Promise<Result[]>;
    deleteConversationsFromGroup(groupName: string, conversationIds: string[]): Promise<Result[]>;
    private run;
    /**
     * Distinct IDs in request order, in chunks, and where each distinct ID stands in the caller's
     * list. Anything that is not an array is passed on whole, for the validator to refuse.
     */
    private split;
}
export {};
