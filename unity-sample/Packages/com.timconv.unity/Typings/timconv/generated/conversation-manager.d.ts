import { ConversationCore } from '../core/conversation-core.ts';
import type { ConvInfo, Draft, GetConversationListParam, GetTotalUnreadNumberResult, TIMConvEvent, TIMConvType, TIMConversationListFilter, TIMConversationListResult, TIMConversationOperationResult, WithExtraKeys } from './types.ts';
/** Listener events: each entry is the argument list its listeners receive. */
export interface ConversationEvents {
    /**
     * A conversation group was created.
     * Native setter: TIMSetConvConversationGroupCreatedCallback.
     */
    conversationGroupCreated: [groupName: string, conversations: WithExtraKeys<ConvInfo[]>];
    /**
     * A conversation group was removed.
     * Native setter: TIMSetConvConversationGroupDeletedCallback.
     */
    conversationGroupDeleted: [groupName: string];
    /**
     * A conversation group was renamed.
     * Native setter: TIMSetConvConversationGroupNameChangedCallback.
     */
    conversationGroupNameChanged: [oldName: string, newName: string];
    /**
     * Conversations were filed into a conversation group.
     * Native setter: TIMSetConvConversationsAddedToGroupCallback.
     */
    conversationsAddedToGroup: [groupName: string, conversations: WithExtraKeys<ConvInfo[]>];
    /**
     * Conversations left a conversation group.
     * Native setter: TIMSetConvConversationsDeletedFromGroupCallback.
     */
    conversationsDeletedFromGroup: [groupName: string, conversations: WithExtraKeys<ConvInfo[]>, reason: number];
    /**
     * Conversation events: conversations added, deleted or updated, and the start and finish of a sync.
     * Native setter: TIMSetConvEventCallback.
     */
    convEvent: [event: TIMConvEvent, conversations: WithExtraKeys<ConvInfo[]>];
    /**
     * The unread total over all conversations changed.
     * Native setter: TIMSetConvTotalUnreadMessageCountChangedCallback.
     */
    totalUnreadMessageCountChanged: [totalUnreadCount: number];
    /**
     * The unread total of a subscribed filter changed.
     * Native setter: TIMSetConvUnreadMessageCountChangedByFilterCallback.
     */
    unreadMessageCountChangedByFilter: [filter: WithExtraKeys<TIMConversationListFilter>, totalUnreadCount: number];
}
/** The conversation API of the IM SDK as typed Promises and events, over any bridge (Puerts, Node native, simulator). */
export declare class ConversationManager extends ConversationCore {
    /**
     * Files more conversations into an existing conversation group.
     *
     * @param groupName Name of the target group (1 to 32 UTF-8 bytes).
     * @param conversationIds Conversations to add, 1 to 100 of them.
     * @returns One outcome per conversation to be added.
     * @since SDK 6.5
     */
    addConversationsToGroup(groupName: string, conversationIds: string[]): Promise<WithExtraKeys<TIMConversationOperationResult[]>>;
    /**
     * Removes the draft of a conversation. Synchronous: the return code is the whole answer.
     *
     * Synchronous: throws a TimError when the SDK refuses.
     * @param convId The peer's user ID or the group ID.
     * @param convType Whether conv_id names a one-to-one or a group conversation.
     */
    cancelDraft(convId: string, convType: TIMConvType): void;
    /**
     * Clears unread counts: of one conversation, of every one-to-one conversation ("c2c"), of every group conversation ("group"), or of all conversations (""). The conversation event listener then reports the new counts.
     *
     * @param conversationId "c2c_<userID>" or "group_<groupID>" for one conversation; "c2c", "group" or "" for all of a kind or everything.
     * @param cleanTimestamp One-to-one chats only: clear what arrived up to this time (seconds); 0 clears everything.
     * @param cleanSequence Group chats only: clear up to this message sequence; 0 clears everything.
     * @returns Resolves when the SDK reports success.
     * @since SDK 7.1
     */
    cleanConversationUnreadMessageCount(conversationId: string, cleanTimestamp: number, cleanSequence: bigint): Promise<void>;
    /**
     * Old way to open (or fetch) a conversation with a user or group; it is on its way out. Conversations also appear by themselves when a message arrives.
     *
     * @param convId The peer's user ID or the group ID.
     * @param convType Whether conv_id names a one-to-one or a group conversation.
     * @returns The conversation, when the SDK sends it; the library answers success with no payload when it has nothing cached.
     * @deprecated The SDK marks this as deprecated.
     */
    create(convId: string, convType: TIMConvType): Promise<WithExtraKeys<ConvInfo> | undefined>;
    /**
     * Creates a named conversation group holding the given conversations. An account has at most 20 groups (51010). Needs the Premium edition.
     *
     * @param groupName Name of the new group: 1 to 32 bytes in UTF-8 (a Chinese character takes 3 bytes).
     * @param conversationIds Conversations to put into the group, 1 to 100 of them.
     * @returns One outcome per conversation to be filed.
     * @since SDK 6.5
     */
    createConversationGroup(groupName: string, conversationIds: string[]): Promise<WithExtraKeys<TIMConversationOperationResult[]>>;
    /**
     * Deletes one conversation together with its message history, locally and on the server. This cannot be undone; the conversation event listener reports the deletion.
     *
     * @param convId The peer's user ID (one-to-one chat) or the group ID (group chat).
     * @param convType Whether conv_id names a one-to-one or a group conversation.
     * @returns Resolves when the SDK reports success.
     */
    delete(convId: string, convType: TIMConvType): Promise<void>;
    /**
     * Removes a conversation group; the conversations themselves stay. Unknown names answer 51009.
     *
     * @param groupName Name of the group to remove (1 to 32 UTF-8 bytes).
     * @returns Resolves when the SDK reports success.
     * @since SDK 6.5
     */
    deleteConversationGroup(groupName: string): Promise<void>;
    /**
     * Deletes up to 100 conversations in one call, optionally with their messages.
     *
     * @param conversationIds Conversation IDs ("c2c_<userID>" or "group_<groupID>"), 1 to 100 of them.
     * @param clearMessage true also removes the messages locally and on the server for good; false keeps them.
     * @returns One outcome per requested conversation.
     * @since SDK 7.1
     */
    deleteConversationList(conversationIds: string[], clearMessage: boolean): Promise<WithExtraKeys<TIMConversationOperationResult[]>>;
    /**
     * Takes conversations out of a conversation group; they stay in the conversation list.
     *
     * @param groupName Name of the group (1 to 32 UTF-8 bytes).
     * @param conversationIds Conversations to take out, 1 to 100 of them.
     * @returns One outcome per conversation to be removed.
     * @since SDK 6.5
     */
    deleteConversationsFromGroup(groupName: string, conversationIds: string[]): Promise<WithExtraKeys<TIMConversationOperationResult[]>>;
    /**
     * Looks up specific conversations by ID and type.
     *
     * @param conversations The conversations to look up, each as an ID plus a conversation type.
     * @returns The conversations that were found.
     */
    getConvInfo(conversations: GetConversationListParam[]): Promise<WithExtraKeys<ConvInfo[]>>;
    /**
     * Fetches the whole local conversation list in one go. For large lists prefer the paged TIMConvGetConversationListByFilter.
     *
     * @returns Every conversation of the logged-in user.
     */
    getConvList(): Promise<WithExtraKeys<ConvInfo[]>>;
    /**
     * Lists the names of the account's conversation groups as cached on this device; most useful after the conversation sync has finished.
     *
     * @returns Group names, at most 20.
     * @since SDK 6.5
     */
    getConversationGroupList(): Promise<string[]>;
    /**
     * Pages through the conversations that match a filter. Start with cursor 0 and pass the returned next_seq until is_finished is true.
     *
     * @param filter Which conversations to return; a key that is left out does not filter.
     * @param nextSeq Paging cursor: 0 for the first page, then the next_seq of the previous page.
     * @param count How many conversations one page holds at most, 1 or more (the library refuses 0 with -3).
     * @returns One page of matching conversations with the cursor for the next page.
     * @since SDK 6.5
     */
    getConversationListByFilter(filter: TIMConversationListFilter, nextSeq: bigint, count: number): Promise<WithExtraKeys<TIMConversationListResult>>;
    /**
     * Asks for the unread total over all conversations. Conversations whose receive option mutes them are left out. After the first call the total-changed listener reports every change.
     *
     * @returns The unread total.
     */
    getTotalUnreadMessageCount(): Promise<WithExtraKeys<GetTotalUnreadNumberResult>>;
    /**
     * Asks for the unread total over the conversations that match a filter; muted conversations are left out.
     *
     * @param filter Which conversations to count. It must select something: an empty filter, or one whose only key is conv_type 0, is refused with -3.
     * @returns The unread total of the matching conversations.
     * @since SDK 7.0
     */
    getUnreadMessageCountByFilter(filter: TIMConversationListFilter): Promise<WithExtraKeys<GetTotalUnreadNumberResult>>;
    /**
     * Sets or clears mark bits on up to 100 conversations. Besides the predefined marks (bits 0..3) an app may use its own marks in bits 32..63. Needs the Premium edition.
     *
     * @param conversationIds Conversation IDs to mark, 1 to 100 of them.
     * @param markType The bits to set or clear: predefined marks (bits 0..3) and app-defined marks (bits 32..63) may be combined.
     * @param enableMark true sets the bits, false clears them.
     * @returns One outcome per requested conversation.
     * @since SDK 6.5
     */
    markConversation(conversationIds: string[], markType: bigint, enableMark: boolean): Promise<WithExtraKeys<TIMConversationOperationResult[]>>;
    /**
     * Pins a conversation to the top of the list, or unpins it.
     *
     * @param convId The peer's user ID or the group ID.
     * @param convType Whether conv_id names a one-to-one or a group conversation.
     * @param isPinned true pins, false unpins.
     * @returns Resolves when the SDK reports success.
     */
    pinConversation(convId: string, convType: TIMConvType, isPinned: boolean): Promise<void>;
    /**
     * Gives a conversation group a new name.
     *
     * @param oldName Current name of the group (1 to 32 UTF-8 bytes).
     * @param newName Name to give it (1 to 32 UTF-8 bytes).
     * @returns Resolves when the SDK reports success.
     * @since SDK 6.5
     */
    renameConversationGroup(oldName: string, newName: string): Promise<void>;
    /**
     * Attaches the same app-defined string (1 to 256 bytes) to up to 100 conversations.
     *
     * @param conversationIds Conversation IDs to update, 1 to 100 of them.
     * @param customData The data to store: 1 to 256 bytes in UTF-8 (the library refuses an empty string with -4, so custom data cannot be cleared).
     * @returns One outcome per requested conversation.
     * @since SDK 6.5
     */
    setConversationCustomData(conversationIds: string[], customData: string): Promise<WithExtraKeys<TIMConversationOperationResult[]>>;
    /**
     * Saves an unsent draft on a conversation. Synchronous: the return code is the whole answer.
     *
     * Synchronous: throws a TimError when the SDK refuses.
     * @param convId The peer's user ID or the group ID.
     * @param convType Whether conv_id names a one-to-one or a group conversation.
     * @param draft The draft to store: a message body, free-form user data and the edit time.
     */
    setDraft(convId: string, convType: TIMConvType, draft: Draft): void;
    /**
     * Starts watching the unread total of a filter: the by-filter listener then fires whenever it changes. Synchronous.
     *
     * Synchronous: throws a TimError when the SDK refuses.
     * @param filter The filter to watch. It must select something: an empty filter, or one whose only key is conv_type 0, is refused with -3.
     * @since SDK 7.0
     */
    subscribeUnreadMessageCountByFilter(filter: TIMConversationListFilter): void;
    /**
     * Stops watching the unread total of a filter subscribed before. Synchronous.
     *
     * Synchronous: throws a TimError when the SDK refuses.
     * @param filter The filter to stop watching, equal to the one subscribed (an empty filter, or conv_type 0 alone, is refused with -3).
     * @since SDK 7.0
     */
    unsubscribeUnreadMessageCountByFilter(filter: TIMConversationListFilter): void;
    /**
     * Adds a listener for a conversation event; the native listener is set when the first one arrives.
     * @returns A function that removes this listener.
     */
    on<K extends keyof ConversationEvents>(event: K, listener: (...args: ConversationEvents[K]) => void): () => void;
}
