/** Limits the SDK documents, by name (schema/overlay/errors.json). */
export declare const SDK_LIMITS: {
    /** Conversation groups one account may have. Past it: 51010. */
    readonly conversationGroups: 20;
    /** Conversations one mark, group, delete-list or custom-data call may name. Past it: 51006. */
    readonly conversationsPerCall: 100;
    /** Length of a conversation's custom data, in UTF-8 bytes (the library refuses more with TIM_ERR_PARAM). */
    readonly customDataBytes: 256;
    /** Conversations that may carry custom data at the same time. Past it: 51008. */
    readonly customDataConversations: 1000;
    /** Length of a conversation group name, in UTF-8 bytes. Past it: 51011. */
    readonly groupNameBytes: 32;
    /** Conversations that may belong to a conversation group at the same time. Past it: 51008. */
    readonly groupedConversations: 1000;
    /** Conversations that may carry a mark at the same time. Past it: 51008. */
    readonly markedConversations: 1000;
};
/** The bits the values of each flags enum may set (schema/overlay/enums.json), by enum name. */
export declare const FLAG_MASKS: {
    /** Every bit a TIMConversationMarkType value may set. */
    readonly TIMConversationMarkType: 0xffffffff0000000fn;
};
/** The TIMSetConv*Callback setter of every listener event. */
export declare const LISTENER_SETTERS: {
    /** Registers the TIMConvConversationGroupCreatedCallback. */
    readonly conversationGroupCreated: 'TIMSetConvConversationGroupCreatedCallback';
    /** Registers the TIMConvConversationGroupDeletedCallback. */
    readonly conversationGroupDeleted: 'TIMSetConvConversationGroupDeletedCallback';
    /** Registers the TIMConvConversationGroupNameChangedCallback. */
    readonly conversationGroupNameChanged: 'TIMSetConvConversationGroupNameChangedCallback';
    /** Registers the TIMConvConversationsAddedToGroupCallback. */
    readonly conversationsAddedToGroup: 'TIMSetConvConversationsAddedToGroupCallback';
    /** Registers the TIMConvConversationsDeletedFromGroupCallback. */
    readonly conversationsDeletedFromGroup: 'TIMSetConvConversationsDeletedFromGroupCallback';
    /** Registers the TIMConvEventCallback. */
    readonly convEvent: 'TIMSetConvEventCallback';
    /** Registers the TIMConvTotalUnreadMessageCountChangedCallback. */
    readonly totalUnreadMessageCountChanged: 'TIMSetConvTotalUnreadMessageCountChangedCallback';
    /** Registers the TIMConvTotalUnreadMessageCountChangedByFilterCallback. */
    readonly unreadMessageCountChangedByFilter: 'TIMSetConvUnreadMessageCountChangedByFilterCallback';
};
