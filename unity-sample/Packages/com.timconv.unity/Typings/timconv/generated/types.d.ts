/**
 * A value as the SDK sends it: each object in it may also hold keys the schema does not know, which a
 * newer native library added. They are passed through as they came (and reported once to `onUnknownData`).
 */
export type WithExtraKeys<T> = T extends readonly (infer I)[] ? WithExtraKeys<I>[] : T extends object ? {
    [K in keyof T]: WithExtraKeys<T[K]>;
} & {
    readonly [key: string]: unknown;
} : T;
/** What tapping an Android offline push notification does. */
export declare enum TIMAndroidOfflinePushNotifyMode {
    /** Opens the app with no callback. */
    kTIMAndroidOfflinePushNotifyMode_Normal = 0,
    /** Calls back into the app. */
    kTIMAndroidOfflinePushNotifyMode_Custom = 1
}
/** What happened to conversations in a conversation event. */
export declare enum TIMConvEvent {
    /** New conversations appeared, for example when a first message arrives. */
    kTIMConvEvent_Add = 0,
    /** Conversations were deleted, for example by the user. */
    kTIMConvEvent_Del = 1,
    /** Conversations changed, such as a new message or a different unread count. */
    kTIMConvEvent_Update = 2,
    /** A conversation sync with the server began. */
    kTIMConvEvent_Start = 3,
    /** The conversation sync with the server ended. */
    kTIMConvEvent_Finish = 4
}
/** Kind of conversation. */
export declare enum TIMConvType {
    /** Not a valid conversation. */
    kTIMConv_Invalid = 0,
    /** One-to-one chat with another user. */
    kTIMConv_C2C = 1,
    /** Chat in a group. */
    kTIMConv_Group = 2,
    /** Deprecated system conversation. */
    kTIMConv_System = 3
}
/**
 * Built-in conversation marks; they are bits that combine, and bits 32 to 63 are free for app-defined marks.
 * Members are bits that can be combined.
 */
export declare enum TIMConversationMarkType {
    /** Starred conversation. */
    kTIMConversationMarkTypeStar = 1,
    /** Marked as unread, which flags it as important. */
    kTIMConversationMarkTypeUnread = 2,
    /** Conversation folded away. */
    kTIMConversationMarkTypeFold = 4,
    /** Conversation hidden from the list. */
    kTIMConversationMarkTypeHide = 8
}
/** Kinds of message elements. */
export declare enum TIMElemType {
    /** Plain text (TextElem). */
    kTIMElem_Text = 0,
    /** Image (ImageElem). */
    kTIMElem_Image = 1,
    /** Voice recording (SoundElem). */
    kTIMElem_Sound = 2,
    /** App-defined content (CustomElem). */
    kTIMElem_Custom = 3,
    /** File attachment (FileElem). */
    kTIMElem_File = 4,
    /** Group event broadcast to members (GroupTipsElem). */
    kTIMElem_GroupTips = 5,
    /** Sticker (FaceElem). */
    kTIMElem_Face = 6,
    /** Location (LocationElem). */
    kTIMElem_Location = 7,
    /** Group notification for one user (GroupReportElem). */
    kTIMElem_GroupReport = 8,
    /** Video (VideoElem). */
    kTIMElem_Video = 9,
    /** Friend-list change notification (FriendChangeElem). */
    kTIMElem_FriendChange = 10,
    /** Profile change notification (ProfileChangeElem). */
    kTIMElem_ProfileChange = 11,
    /** Combined forwarded messages (MergerElem). */
    kTIMElem_Merge = 12,
    /** Unknown element type. */
    kTIMElem_Invalid = -1
}
/** Error codes a conversation call can report through its completion callback (a subset of the SDK's code list). */
export declare enum TIMErrCode {
    /** The call succeeded. */
    ERR_SUCC = 0,
    /** The SDK has no usable conversation under that ID; asking for one before login ends this way too. */
    ERR_INVALID_CONVERSATION = 6004,
    /** Called before TIMInit: start the SDK first. */
    ERR_SDK_NOT_INITIALIZED = 6013,
    /** No user session: nobody logged in, or the user was logged out or kicked off. Offline, the library answers every asynchronous call this way until TIMLogin starts. */
    ERR_SDK_NOT_LOGGED_IN = 6014,
    /** An earlier call of the same kind has not answered yet; call again once it has. */
    ERR_IN_PROGESS = 6015,
    /** The library refused an argument; its desc text says which ("conversation_id_array is invalid", for example). */
    ERR_INVALID_PARAMETERS = 6017,
    /** The library could not read a JSON argument in the shape this call takes. */
    ERR_INVALID_JSON = 6027,
    /** Called too often: the library rate-limits this call (cleaning all unread counts works once a second); try again later. */
    ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT = 7008,
    /** Reading or writing the SDK's local storage failed. */
    ERR_SDK_COMM_DATABASE_FAILURE = 7010,
    /** What the call asked for is not in the SDK's local storage. */
    ERR_SDK_COMM_DATABASE_NOTFOUND = 7011,
    /** The SDK failed inside itself; offline, the library answers pins and custom data this way. */
    ERR_SDK_INTERNAL_ERROR = 7012,
    /** The app's service plan lacks this feature: conversation groups and marks come with the Premium edition. */
    ERR_SDK_INTERFACE_NOT_SUPPORT = 7013,
    /** One call named more than 100 conversations (marks, conversation groups, custom data). */
    ERR_SVR_CONV_CONV_MARK_REQ_COUNT_EXCEED_LIMIT = 51006,
    /** The service could not change a group conversation: a fault on its side, or the group no longer exists. */
    ERR_SVR_CONV_CONV_MARK_OPERATE_FAILED = 51007,
    /** More than 1000 conversations would carry marks, belong to conversation groups or hold custom data. */
    ERR_SVR_CONV_CONV_MARK_TOTAL_COUNT_EXCEED_LIMIT = 51008,
    /** There is no conversation group of that name. */
    ERR_SVR_CONV_CONV_GROUP_NOT_EXIST = 51009,
    /** The account would have more than 20 conversation groups. */
    ERR_SVR_CONV_CONV_GROUP_TOTAL_COUNT_EXCEED_LIMIT = 51010,
    /** The conversation group name is over 32 bytes in UTF-8. */
    ERR_SVR_CONV_CONV_GROUP_NAME_EXCEED_LENGTH = 51011
}
/** Kinds of friend-list change notifications. */
export declare enum TIMFriendChangeType {
    /** Unknown change. */
    kTIMFriendChange_None = 0,
    /** Friends were added. */
    kTIMFriendChange_FriendAdd = 1,
    /** Friends were removed. */
    kTIMFriendChange_FriendDel = 2,
    /** New pending friend requests arrived. */
    kTIMFriendChange_PendencyAdd = 3,
    /** Pending friend requests were removed. */
    kTIMFriendChange_PendencyDel = 4,
    /** Users were added to the blocklist. */
    kTIMFriendChange_BlackListAdd = 5,
    /** Users were removed from the blocklist. */
    kTIMFriendChange_BlackListDel = 6,
    /** Pending requests were reported as read. */
    kTIMFriendChange_PendencyReadedReport = 7,
    /** Friend records changed. */
    kTIMFriendChange_FriendProfileUpdate = 8,
    /** Friend groups were created. */
    kTIMFriendChange_FriendGroupAdd = 9,
    /** Friend groups were deleted. */
    kTIMFriendChange_FriendGroupDel = 10,
    /** Friend groups were changed. */
    kTIMFriendChange_FriendGroupModify = 11
}
/** Direction of a pending friend request. */
export declare enum TIMFriendPendencyType {
    /** Requests others sent to you. */
    FriendPendencyTypeComeIn = 0,
    /** Requests you sent to others. */
    FriendPendencyTypeSendOut = 1,
    /** Requests in both directions. */
    FriendPendencyTypeBoth = 2
}
/** A user's gender. */
export declare enum TIMGenderType {
    /** Not known. */
    kTIMGenderType_Unknown = 0,
    /** Male. */
    kTIMGenderType_Male = 1,
    /** Female. */
    kTIMGenderType_Female = 2
}
/** Kind of @-mention pending in a group conversation. */
export declare enum TIMGroupAtType {
    /** Someone mentioned you. */
    kTIMGroup_At_Me = 1,
    /** Someone mentioned everyone in the group. */
    kTIMGroup_At_All = 2,
    /** Both an @everyone and a mention of you. */
    kTIMGroup_At_All_At_ME = 3
}
/** How a member came into a group. */
export declare enum TIMGroupJoinType {
    /** Not known. */
    kTIMGroupJoin_None = 0,
    /** Applied to join. */
    kTIMGroupJoin_Apply = 1,
    /** Was invited. */
    kTIMGroupJoin_Invite = 2
}
/** Role of a member within a group. */
export declare enum TIMGroupMemberRole {
    /** Role not defined. */
    kTIMMemberRole_None = 0,
    /** Ordinary member. */
    kTIMMemberRole_Normal = 200,
    /** Administrator. */
    kTIMMemberRole_Admin = 300,
    /** Owner of the group. */
    kTIMMemberRole_Owner = 400
}
/** Kinds of group notifications addressed to a single user. */
export declare enum TIMGroupReportType {
    /** Unknown notification. */
    kTIMGroupReport_None = 0,
    /** Someone applied to join; only administrators get it. */
    kTIMGroupReport_AddRequest = 1,
    /** A join application was approved; only the applicant gets it. */
    kTIMGroupReport_AddAccept = 2,
    /** A join application was rejected; only the applicant gets it. */
    kTIMGroupReport_AddRefuse = 3,
    /** An administrator removed you from the group. */
    kTIMGroupReport_BeKicked = 4,
    /** The group was disbanded; every member gets it. */
    kTIMGroupReport_Delete = 5,
    /** The group was created; the creator gets it, not meant for display. */
    kTIMGroupReport_Create = 6,
    /** You were added without having to accept, as in work groups. */
    kTIMGroupReport_Invite = 7,
    /** You left the group; not meant for display. */
    kTIMGroupReport_Quit = 8,
    /** You were made an administrator. */
    kTIMGroupReport_GrantAdmin = 9,
    /** Your administrator role was taken away. */
    kTIMGroupReport_CancelAdmin = 10,
    /** The group was reclaimed; every member gets it, not meant for display. */
    kTIMGroupReport_GroupRecycle = 11,
    /** An invitation that the invited user must approve. */
    kTIMGroupReport_InviteReqToInvitee = 12,
    /** An invitation was accepted; only the inviter gets it. */
    kTIMGroupReport_InviteAccept = 13,
    /** An invitation was declined; only the inviter gets it. */
    kTIMGroupReport_InviteRefuse = 14,
    /** Syncs a read report across your own devices. */
    kTIMGroupReport_ReadReport = 15,
    /** App-defined notification; every member gets it by default. */
    kTIMGroupReport_UserDefine = 16,
    /** You were muted; the muted users get it. */
    kTIMGroupReport_ShutUpMember = 17,
    /** A topic was created. */
    kTIMGroupReport_TopicCreate = 18,
    /** A topic was deleted. */
    kTIMGroupReport_TopicDelete = 19,
    /** Read receipts for group messages. */
    kTIMGroupReport_GroupMessageRead = 20,
    /** Your message receive option for the group changed. */
    kTIMGroupReport_GroupMessageRecvOption = 21,
    /** You were banned from the group. */
    kTIMGroupReport_BannedFromGroup = 22,
    /** Your ban from the group was lifted. */
    kTIMGroupReport_UnbannedFromGroup = 23,
    /** An invitation that the owner or an administrator must approve. */
    kTIMGroupReport_InviteReqToAdmin = 24
}
/** Which group attribute a group-info-change event is about; the values are plain codes, not combinable bits. */
export declare enum TIMGroupTipGroupChangeFlag {
    /** Unknown change. */
    kTIMGroupTipChangeFlag_Unknown = 0,
    /** Group name. */
    kTIMGroupTipChangeFlag_Name = 1,
    /** Group introduction. */
    kTIMGroupTipChangeFlag_Introduction = 2,
    /** Group announcement. */
    kTIMGroupTipChangeFlag_Notification = 3,
    /** Group avatar URL. */
    kTIMGroupTipChangeFlag_FaceUrl = 4,
    /** Group owner. */
    kTIMGroupTipChangeFlag_Owner = 5,
    /** A custom group field. */
    kTIMGroupTipChangeFlag_Custom = 6,
    /** Group attributes. */
    kTIMGroupTipChangeFlag_Attribute = 7,
    /** The mute-everyone setting. */
    kTIMGroupTipChangeFlag_ShutupAll = 8,
    /** Custom data of a topic. */
    kTIMGroupTipChangeFlag_TopicCustomData = 9,
    /** The message receive option. */
    kTIMGroupTipChangeFlag_MessageReceiveOpt = 10,
    /** Administrator approval for join applications. */
    kTIMGroupTipChangeFlag_GroupAddOpt = 11,
    /** Administrator approval for invitations. */
    kTIMGroupTipChangeFlag_GroupApproveOpt = 12,
    /** Permission groups switched on or off; Community groups only. */
    kTIMGroupTipChangeFlag_EnablePermissionGroup = 13,
    /** Default permissions of the group; Community groups only. */
    kTIMGroupTipChangeFlag_DefaultPermissions = 14
}
/** Kinds of group events broadcast to members. */
export declare enum TIMGroupTipType {
    /** Not a valid event. */
    kTIMGroupTip_None = 0,
    /** Members came into the group, by invitation or application. */
    kTIMGroupTip_Invite = 1,
    /** A member left the group. */
    kTIMGroupTip_Quit = 2,
    /** Members were removed from the group. */
    kTIMGroupTip_Kick = 3,
    /** Members were made administrators. */
    kTIMGroupTip_SetAdmin = 4,
    /** Members lost their administrator role. */
    kTIMGroupTip_CancelAdmin = 5,
    /** Group details changed. */
    kTIMGroupTip_GroupInfoChange = 6,
    /** Member details changed. */
    kTIMGroupTip_MemberInfoChange = 7,
    /** Member marks changed. */
    kTIMGroupTip_MemberMarkChange = 8,
    /** Topic details changed. */
    kTIMGroupTip_TopicInfoChange = 9,
    /** A message was pinned. */
    KTIMGroupTip_PinnedMessageAdded = 10,
    /** A message was unpinned. */
    KTIMGroupTip_PinnedMessageDeleted = 11
}
/** Kinds of group. */
export declare enum TIMGroupType {
    /** Public group: up to 2000 members; anyone may apply, and the owner or an administrator approves. */
    kTIMGroup_Public = 0,
    /** Work group (formerly Private): up to 200 members, joined only by invitation. */
    kTIMGroup_Private = 1,
    /** Meeting group (formerly ChatRoom): up to 6000 members who join and leave freely. */
    kTIMGroup_ChatRoom = 2,
    /** Broadcast group for online members; AVChatRoom is recommended instead. */
    kTIMGroup_BChatRoom = 3,
    /** Live-stream group: no member limit, free to join, built for high message volume. */
    kTIMGroup_AVChatRoom = 4,
    /** Community group: up to 100000 members, free to join; needs the Premium edition. */
    kTIMGroup_Community = 5
}
/** Channel used for iOS offline push. */
export declare enum TIMIOSOfflinePushType {
    /** Regular APNs push. */
    TIMIOSOfflinePushType_APNS = 0,
    /** VoIP push. */
    TIMIOSOfflinePushType_VOIP = 1
}
/** Quality at which an image is sent. */
export declare enum TIMImageLevel {
    /** Send the original image. */
    kTIMImageLevel_Orig = 0,
    /** Send a highly compressed, smaller image; the default. */
    kTIMImageLevel_Compression = 1,
    /** Send a high-definition, larger image. */
    kTIMImageLevel_HD = 2
}
/** Message priority; a larger value means lower priority. */
export declare enum TIMMsgPriority {
    /** Highest, for things like red packets and gifts. */
    kTIMMsgPriority_High = 0,
    /** Second highest, meant for ordinary messages. */
    kTIMMsgPriority_Normal = 1,
    /** Low, meant for likes and the like. */
    kTIMMsgPriority_Low = 2,
    /** Lowest, typically server-sent join and leave notices. */
    kTIMMsgPriority_Lowest = 3
}
/** Lifecycle state of a message. */
export declare enum TIMMsgStatus {
    /** Being sent. */
    kTIMMsg_Sending = 1,
    /** Sent successfully. */
    kTIMMsg_SendSucc = 2,
    /** Sending failed. */
    kTIMMsg_SendFail = 3,
    /** Deleted. */
    kTIMMsg_Deleted = 4,
    /** Imported into local storage. */
    kTIMMsg_LocalImported = 5,
    /** Recalled. */
    kTIMMsg_Revoked = 6,
    /** Cancelled. */
    kTIMMsg_Cancel = 7
}
/** Whether a message triggers an offline push. */
export declare enum TIMOfflinePushFlag {
    /** Push according to the default rules. */
    kTIMOfflinePushFlag_Default = 0,
    /** Do not push. */
    kTIMOfflinePushFlag_NoPush = 1
}
/** Platform a client runs on. */
export declare enum TIMPlatform {
    /** Unknown platform. */
    kTIMPlatform_Other = 0,
    /** Windows. */
    kTIMPlatform_Windows = 1,
    /** Android. */
    kTIMPlatform_Android = 2,
    /** iOS. */
    kTIMPlatform_IOS = 3,
    /** macOS. */
    kTIMPlatform_Mac = 4,
    /** iOS simulator. */
    kTIMPlatform_Simulator = 5
}
/** Who may add a user as a friend. */
export declare enum TIMProfileAddPermission {
    /** Not set. */
    kTIMProfileAddPermission_Unknown = 0,
    /** Anyone may add the user without approval. */
    kTIMProfileAddPermission_AllowAny = 1,
    /** Requests need the user's approval. */
    kTIMProfileAddPermission_NeedConfirm = 2,
    /** Nobody may add the user. */
    kTIMProfileAddPermission_DenyAny = 3
}
/** Kinds of profile change notifications. */
export declare enum TIMProfileChangeType {
    /** Unknown change. */
    kTIMProfileChange_None = 0,
    /** Profile fields were modified. */
    kTIMProfileChange_Profile = 1
}
/** How messages of a conversation or group are received and notified. */
export declare enum TIMReceiveMessageOpt {
    /** Receive messages online and get push notifications while offline. */
    kTIMRecvMsgOpt_Receive = 0,
    /** Receive nothing, online or offline. */
    kTIMRecvMsgOpt_Not_Receive = 1,
    /** Receive messages online, with no offline push. */
    kTIMRecvMsgOpt_Not_Notify = 2,
    /** Receive messages online; offline pushes only for @-mentions. */
    kTIMRecvMsgOpt_Not_Notify_Except_At = 3
}
/** Immediate return value of an API call; a callback fires only when the call returns TIM_SUCC. */
export declare enum TIMResult {
    /** The call was accepted. */
    TIM_SUCC = 0,
    /** The SDK has not been initialised. */
    TIM_ERR_SDKUNINIT = -1,
    /** No user is logged in. */
    TIM_ERR_NOTLOGIN = -2,
    /** A JSON argument is malformed or uses an unknown key. */
    TIM_ERR_JSON = -3,
    /** An argument is invalid. */
    TIM_ERR_PARAM = -4,
    /** The conversation is invalid. */
    TIM_ERR_CONV = -5,
    /** The group is invalid. */
    TIM_ERR_GROUP = -6
}
/** One element of a message body; elem_type says which kind it is and so which other keys it carries. */
export type Elem = TextElem | ImageElem | SoundElem | CustomElem | FileElem | GroupTipsElem | FaceElem | LocationElem | GroupReportElem | VideoElem | FriendChangeElem | ProfileChangeElem | MergerElem;
/** Android-specific settings for a message's offline push, including vendor channel IDs. */
export interface AndroidOfflinePushConfig {
    /** Notification title. */
    android_offline_push_config_title?: string;
    /** Name, without extension, of a sound file in the app's raw resources; only some vendors honour it. */
    android_offline_push_config_sound?: string;
    /** Whether tapping the notification just opens the app or calls back into it. */
    android_offline_push_config_notify_mode?: TIMAndroidOfflinePushNotifyMode;
    /**
     * Deprecated vivo message class: 0 marketing, 1 system (the default); use the vivo category instead.
     * @deprecated The SDK marks this as deprecated.
     */
    android_offline_push_config_vivo_classification?: number;
    /** Message category for vivo push. */
    android_offline_push_config_vivo_category?: string;
    /** Notification channel ID for OPPO devices on Android 8.0 and later. */
    android_offline_push_config_oppo_channel_id?: string;
    /** Notification channel ID for Xiaomi devices on Android 8.0 and later. */
    android_offline_push_config_xiaomi_channel_id?: string;
    /** Notification channel ID for FCM devices on Android 8.0 and later. */
    android_offline_push_config_fcm_channel_id?: string;
    /** Message category for Huawei push. */
    android_offline_push_config_huawei_category?: string;
    /** HTTPS URL of the notification image on Huawei devices, under 512 KB. */
    android_offline_push_config_huawei_image?: string;
    /** HTTPS URL of the notification icon on Honor devices, under 100 KB. */
    android_offline_push_config_honor_image?: string;
    /** HTTPS URL of the FCM notification image, a large icon when collapsed and a picture when expanded; under 1 MB. */
    android_offline_push_config_fcm_image?: string;
}
/** One conversation as the local list holds it: identity, unread state, last message, draft, marks and groups. */
export interface ConvInfo {
    /**
     * Identifier of the conversation.
     * Read-only: set by the SDK.
     */
    conv_id?: string;
    /**
     * Whether this is a one-to-one or a group conversation.
     * Read-only: set by the SDK.
     */
    conv_type?: TIMConvType;
    /**
     * Avatar shown for the conversation: the group's picture, or the peer's for one-to-one chats.
     * Read-only: set by the SDK.
     */
    conv_face_url?: string;
    /**
     * Number of unread messages in the conversation.
     * Read-only: set by the SDK.
     */
    conv_unread_num?: number;
    /**
     * When the conversation was last active; pinned conversations carry very large values so they sort first.
     * Read-only: set by the SDK.
     */
    conv_active_time?: bigint;
    /**
     * True when the conversation has a last message to show.
     * Read-only: set by the SDK.
     */
    conv_is_has_lastmsg?: boolean;
    /**
     * The most recent message in the conversation.
     * Read-only: set by the SDK.
     */
    conv_last_msg?: Message;
    /**
     * True when a draft is saved on the conversation.
     * Read-only: set by the SDK.
     */
    conv_is_has_draft?: boolean;
    /**
     * The saved draft; present only when there is one.
     * Read-only: set by the SDK.
     */
    conv_draft?: Draft;
    /**
     * How incoming messages of this conversation are received and notified.
     * Read-only: set by the SDK.
     */
    conv_recv_opt?: TIMReceiveMessageOpt;
    /**
     * Kind of group; meaningful only for group conversations.
     * Read-only: set by the SDK.
     */
    conv_group_type?: TIMGroupType;
    /**
     * Pending @-mentions in a group, used to show "mentioned me" or "@everyone" reminders.
     * Read-only: set by the SDK.
     */
    conv_group_at_info_array?: GroupAtInfo[];
    /**
     * True when the conversation is pinned to the top of the list.
     * Read-only: set by the SDK.
     */
    conv_is_pinned?: boolean;
    /**
     * Name to display: for groups the group name, else its ID; for one-to-one chats the friend remark, else nickname, else user ID.
     * Read-only: set by the SDK.
     */
    conv_show_name?: string;
    /**
     * Marks set on the conversation: TIMConversationMarkType bits or app-defined bits from 1 << 32 upward.
     * Read-only: set by the SDK.
     * @since SDK 6.5
     */
    conv_mark_array?: bigint[];
    /**
     * App-defined data stored with the conversation, up to 256 bytes.
     * Read-only: set by the SDK.
     * @since SDK 6.5
     */
    conv_custom_data?: string;
    /**
     * Names of the conversation groups this conversation is filed under.
     * Read-only: set by the SDK.
     * @since SDK 6.5
     */
    conv_conversation_group_array?: string[];
    /**
     * UTC time of the newest message read in a one-to-one conversation; unused for groups.
     * Read-only: set by the SDK.
     * @since SDK 7.1
     */
    conv_c2c_read_timestamp?: number;
    /**
     * Sequence number up to which the group's messages have been read.
     * Read-only: set by the SDK.
     * @since SDK 7.1
     */
    conv_group_read_sequence?: bigint;
    /**
     * Deprecated: owner of the conversation.
     * Read-only: set by the SDK.
     * @deprecated The SDK marks this as deprecated.
     */
    conv_owner?: string;
}
/** An element whose content the app defines; the SDK passes it through untouched. */
export interface CustomElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_Custom;
    /** The payload; may carry binary data. */
    custom_elem_data?: string;
    /** App-defined description text. */
    custom_elem_desc?: string;
    /** Value used as the ext field of the server-side push. */
    custom_elem_ext?: string;
    /** App-defined sound for the message. */
    custom_elem_sound?: string;
}
/** A draft saved on a conversation: the unsent message, app data and when it was last edited. */
export interface Draft {
    /**
     * The unsent message the draft holds.
     * Read-only: set by the SDK.
     */
    draft_msg?: Message;
    /**
     * Free-form data the app attached to the draft.
     * Read-only: set by the SDK.
     */
    draft_user_define?: string;
    /**
     * UTC timestamp of the last time the draft was set.
     * Read-only: set by the SDK.
     */
    draft_edit_time?: number;
}
/** Common part of every message element: the field that says which kind of element it is. */
export interface ElemType {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType;
}
/** A sticker element; the SDK ships no sticker set, so the app decides what index and data mean. */
export interface FaceElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_Face;
    /** Position of the sticker in the app's own sticker set. */
    face_elem_index: number;
    /** Extra app-defined data; binary content must be encoded as a string first. */
    face_elem_buf?: string;
}
/** A file attachment. */
export interface FileElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_File;
    /** Local path of the file to send, including its name. */
    file_elem_file_path: string;
    /** Name shown for the file; defaults to the name at the end of file_elem_file_path. */
    file_elem_file_name: string;
    /** Size of the file. */
    file_elem_file_size: number;
    /**
     * ID of the file.
     * Read-only: set by the SDK.
     */
    file_elem_file_id?: string;
    /**
     * Business ID needed for downloading.
     * Read-only: set by the SDK.
     */
    file_elem_business_id?: number;
    /**
     * Download URL of the file.
     * Read-only: set by the SDK.
     */
    file_elem_url?: string;
    /**
     * Deprecated task ID.
     * Read-only: set by the SDK.
     * @deprecated The SDK marks this as deprecated.
     */
    file_elem_task_id?: number;
}
/** A pending friend request. */
export interface FriendAddPendency {
    /**
     * Direction of the request: received, sent or both.
     * Read-only: set by the SDK.
     */
    friend_add_pendency_type?: TIMFriendPendencyType;
    /**
     * User ID of the other party.
     * Read-only: set by the SDK.
     */
    friend_add_pendency_identifier?: string;
    /**
     * Nickname of the other party.
     * Read-only: set by the SDK.
     */
    friend_add_pendency_nick_name?: string;
    /**
     * Avatar URL of the other party.
     * Read-only: set by the SDK.
     */
    friend_add_pendency_face_url?: string;
    /**
     * When the request was made.
     * Read-only: set by the SDK.
     */
    friend_add_pendency_add_time?: number;
    /**
     * Where the request came from.
     * Read-only: set by the SDK.
     */
    friend_add_pendency_add_source?: string;
    /**
     * Note attached to the request.
     * Read-only: set by the SDK.
     */
    friend_add_pendency_add_wording?: string;
}
/** Notification of a change to friends, the blocklist, friend requests or friend groups. */
export interface FriendChangeElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_FriendChange;
    /**
     * Kind of change; decides which of the other keys is set.
     * Read-only: set by the SDK.
     */
    friend_change_elem_change_type?: TIMFriendChangeType;
    /**
     * User IDs of new friends; for kTIMFriendChange_FriendAdd.
     * Read-only: set by the SDK.
     */
    friend_change_elem_friend_add_identifier_array?: string[];
    /**
     * User IDs of removed friends; for kTIMFriendChange_FriendDel.
     * Read-only: set by the SDK.
     */
    friend_change_elem_friend_del_identifier_array?: string[];
    /**
     * New pending friend requests; for kTIMFriendChange_PendencyAdd.
     * Read-only: set by the SDK.
     */
    friend_change_elem_friend_add_pendency_array?: FriendAddPendency[];
    /**
     * User IDs whose pending requests were removed; for kTIMFriendChange_PendencyDel.
     * Read-only: set by the SDK.
     */
    friend_change_elem_pendency_del_identifier_array?: string[];
    /**
     * Time up to which pending requests were reported read; for kTIMFriendChange_PendencyReadedReport.
     * Read-only: set by the SDK.
     */
    friend_change_elem_pendency_readed_report_timestamp?: number;
    /**
     * User IDs added to the blocklist; for kTIMFriendChange_BlackListAdd.
     * Read-only: set by the SDK.
     */
    friend_change_elem_blacklist_add_identifier_array?: string[];
    /**
     * User IDs removed from the blocklist; for kTIMFriendChange_BlackListDel.
     * Read-only: set by the SDK.
     */
    friend_change_elem_blacklist_del_identifier_array?: string[];
    /**
     * Updated friend records; for kTIMFriendChange_FriendProfileUpdate.
     * Read-only: set by the SDK.
     */
    friend_change_elem_friend_profile_update_item_array?: FriendProfileUpdate[];
    /**
     * Names of friend groups created; for kTIMFriendChange_FriendGroupAdd.
     * Read-only: set by the SDK.
     */
    friend_change_elem_friend_group_add_array?: string[];
    /**
     * Names of friend groups deleted; for kTIMFriendChange_FriendGroupDel.
     * Read-only: set by the SDK.
     */
    friend_change_elem_friend_group_del_array?: string[];
    /**
     * Names of friend groups changed; for kTIMFriendChange_FriendGroupModify.
     * Read-only: set by the SDK.
     */
    friend_change_elem_friend_group_update_array?: string[];
}
/** One custom friend field with a string value. */
export interface FriendProfileCustomStringInfo {
    /** Field name, configured in the console first; the Tag_SNS_Custom_ prefix is optional. */
    friend_profile_custom_string_info_key?: string;
    /** Field value. */
    friend_profile_custom_string_info_value?: string;
}
/** Fields of a friend's record that can be changed. */
export interface FriendProfileItem {
    /** New remark for the friend. */
    friend_profile_item_remark?: string;
    /** New list of friend groups the friend belongs to. */
    friend_profile_item_group_name_array?: string[];
    /** Custom friend fields to change. */
    friend_profile_item_custom_string_array?: FriendProfileCustomStringInfo[];
}
/** A change to one friend's record. */
export interface FriendProfileUpdate {
    /** User ID of the friend. */
    friend_profile_update_identifier?: string;
    /** The fields that changed. */
    friend_profile_update_item?: FriendProfileItem;
}
/** Names one conversation to look up, by ID and type. */
export interface GetConversationListParam {
    /** ID of the conversation to look up. */
    get_conversation_list_param_conv_id?: string;
    /** Type of the conversation to look up. */
    get_conversation_list_param_conv_type?: TIMConvType;
}
/** The unread total over all conversations. */
export interface GetTotalUnreadNumberResult {
    /**
     * Total number of unread messages.
     * Read-only: set by the SDK.
     */
    conv_get_total_unread_message_count_result_unread_count?: number;
}
/** One pending @-mention reminder in a group conversation. */
export interface GroupAtInfo {
    /**
     * Sequence number of the message that carries the @-mention.
     * Read-only: set by the SDK.
     */
    conv_group_at_info_seq?: bigint;
    /**
     * Whether the mention targets you, everyone, or both.
     * Read-only: set by the SDK.
     */
    conv_group_at_info_at_type?: TIMGroupAtType;
}
/** A member of a group and their details in that group. */
export interface GroupMemberInfo {
    /** User ID of the member. */
    group_member_info_identifier: string;
    /**
     * ID of the group.
     * Read-only: set by the SDK.
     */
    group_member_info_group_id?: string;
    /**
     * When the member joined the group.
     * Read-only: set by the SDK.
     */
    group_member_info_join_time?: number;
    /** Role of the member in the group. */
    group_member_info_member_role?: TIMGroupMemberRole;
    /**
     * The member's message receive option.
     * Read-only: set by the SDK.
     */
    group_member_info_msg_flag?: TIMReceiveMessageOpt;
    /**
     * Message sequence number recorded for the member.
     * Read-only: set by the SDK.
     */
    group_member_info_msg_seq?: number;
    /**
     * Mute time of the member.
     * Read-only: set by the SDK.
     */
    group_member_info_shutup_time?: number;
    /**
     * The member's name card, the name shown in this group.
     * Read-only: set by the SDK.
     */
    group_member_info_name_card?: string;
    /**
     * Nickname of the member.
     * Read-only: set by the SDK.
     */
    group_member_info_nick_name?: string;
    /**
     * Your friend remark for the member.
     * Read-only: set by the SDK.
     */
    group_member_info_friend_remark?: string;
    /**
     * Avatar URL of the member.
     * Read-only: set by the SDK.
     */
    group_member_info_face_url?: string;
    /**
     * Custom member fields.
     * Read-only: set by the SDK.
     */
    group_member_info_custom_info?: GroupMemberInfoCustomString[];
    /**
     * Whether the member is online.
     * Read-only: set by the SDK.
     */
    group_member_info_is_online?: string;
    /**
     * Devices on which the member is online.
     * Read-only: set by the SDK.
     */
    group_member_info_online_devices?: unknown[];
}
/** One custom group-member field with a string value. */
export interface GroupMemberInfoCustomString {
    /** Field name. */
    group_member_info_custom_string_info_key?: string;
    /** Field value. */
    group_member_info_custom_string_info_value?: string;
}
/** A group notification addressed to one user, such as a join decision, a kick or a role change. */
export interface GroupReportElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_GroupReport;
    /**
     * Which notification this is.
     * Read-only: set by the SDK.
     */
    group_report_elem_report_type?: TIMGroupReportType;
    /**
     * ID of the group.
     * Read-only: set by the SDK.
     */
    group_report_elem_group_id?: string;
    /**
     * Deprecated: name of the group.
     * Read-only: set by the SDK.
     * @deprecated The SDK marks this as deprecated.
     */
    group_report_elem_group_name?: string;
    /**
     * User ID of whoever performed the operation.
     * Read-only: set by the SDK.
     */
    group_report_elem_op_user?: string;
    /**
     * Reason the operator gave.
     * Read-only: set by the SDK.
     */
    group_report_elem_msg?: string;
    /**
     * App data the operator attached.
     * Read-only: set by the SDK.
     */
    group_report_elem_user_data?: string;
    /**
     * Profile of the operator.
     * Read-only: set by the SDK.
     */
    group_report_elem_op_user_info?: UserProfile;
    /**
     * Member details of the operator in this group.
     * Read-only: set by the SDK.
     */
    group_report_elem_op_group_memberinfo?: GroupMemberInfo;
    /**
     * Platform the operator acted from.
     * Read-only: set by the SDK.
     */
    group_report_elem_platform?: string;
    /**
     * Mute duration; sent to the users who were muted.
     * Read-only: set by the SDK.
     */
    group_report_elem_shut_up_time?: number;
    /**
     * The new message receive option; sent when the user changes it for the group.
     * Read-only: set by the SDK.
     */
    group_report_elem_group_message_receive_option?: TIMReceiveMessageOpt;
}
/** One changed group attribute inside a group-info-change event. */
export interface GroupTipGroupChangeInfo {
    /**
     * Which attribute changed.
     * Read-only: set by the SDK.
     */
    group_tips_group_change_info_flag?: TIMGroupTipGroupChangeFlag;
    /**
     * New value as text; what it means depends on the flag.
     * Read-only: set by the SDK.
     */
    group_tips_group_change_info_value?: string;
    /**
     * Key of the changed custom field; set only for kTIMGroupTipChangeFlag_Custom.
     * Read-only: set by the SDK.
     */
    group_tips_group_change_info_key?: string;
    /**
     * New on/off value, used for the mute-all and permission-group switches.
     * Read-only: set by the SDK.
     */
    group_tips_group_change_info_bool_value?: boolean;
    /**
     * New numeric value for receive-option changes (a TIMReceiveMessageOpt) and join or invite approval changes (a TIMGroupAddOption).
     * Read-only: set by the SDK.
     * @since SDK 6.5
     */
    group_tips_group_change_info_int_value?: number;
    /**
     * New 64-bit value; used for the default permissions of a Community group.
     * Read-only: set by the SDK.
     */
    group_tips_group_change_info_uint64_value?: bigint;
}
/** A mute change for one member inside a member-info-change event. */
export interface GroupTipMemberChangeInfo {
    /**
     * User ID of the member.
     * Read-only: set by the SDK.
     */
    group_tips_member_change_info_identifier?: string;
    /**
     * Mute duration now applied to the member.
     * Read-only: set by the SDK.
     */
    group_tips_member_change_info_shutupTime?: number;
}
/** A change of member marks inside a group event. */
export interface GroupTipMemberMarkChangeInfo {
    /**
     * True when the mark was set, false when it was cleared.
     * Read-only: set by the SDK.
     */
    group_tips_member_mark_change_info_enableMark?: boolean;
    /**
     * The mark that changed.
     * Read-only: set by the SDK.
     */
    group_tips_member_mark_change_info_markType?: number;
    /**
     * User IDs of the members whose mark changed.
     * Read-only: set by the SDK.
     */
    group_tips_member_mark_change_info_userIDList?: string[];
}
/** A group event broadcast to every member, such as joins, leaves, role or info changes and pins. */
export interface GroupTipsElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_GroupTips;
    /**
     * Which group event this is.
     * Read-only: set by the SDK.
     */
    group_tips_elem_tip_type?: TIMGroupTipType;
    /**
     * How the new members joined; set for kTIMGroupTip_Invite events.
     * Read-only: set by the SDK.
     * @since SDK 8.0
     */
    group_tips_elem_join_type?: TIMGroupJoinType;
    /**
     * User ID of whoever performed the operation.
     * Read-only: set by the SDK.
     */
    group_tips_elem_op_user?: string;
    /**
     * ID of the group.
     * Read-only: set by the SDK.
     */
    group_tips_elem_group_id?: string;
    /**
     * User IDs the operation applied to.
     * Read-only: set by the SDK.
     */
    group_tips_elem_user_array?: string[];
    /**
     * Changed group attributes; set when tip_type is kTIMGroupTip_GroupInfoChange.
     * Read-only: set by the SDK.
     */
    group_tips_elem_group_change_info_array?: GroupTipGroupChangeInfo[];
    /**
     * Changed member details; set when tip_type is kTIMGroupTip_MemberInfoChange.
     * Read-only: set by the SDK.
     */
    group_tips_elem_member_change_info_array?: GroupTipMemberChangeInfo[];
    /**
     * Profile of the operator.
     * Read-only: set by the SDK.
     */
    group_tips_elem_op_user_info?: UserProfile;
    /**
     * Member details of the operator in this group.
     * Read-only: set by the SDK.
     */
    group_tips_elem_op_group_memberinfo?: GroupMemberInfo;
    /**
     * Profiles of the users the operation applied to.
     * Read-only: set by the SDK.
     */
    group_tips_elem_changed_user_info_array?: UserProfile[];
    /**
     * Member details of the users the operation applied to.
     * Read-only: set by the SDK.
     */
    group_tips_elem_changed_group_memberinfo_array?: GroupMemberInfo[];
    /**
     * Member count after the event; set for invite, quit and kick events.
     * Read-only: set by the SDK.
     */
    group_tips_elem_member_num?: number;
    /**
     * Platform the operator acted from.
     * Read-only: set by the SDK.
     */
    group_tips_elem_platform?: string;
    /**
     * Member mark changes; set when tip_type is kTIMGroupTip_MemberMarkChange.
     * Read-only: set by the SDK.
     */
    group_tips_elem_member_mark_info_array?: GroupTipMemberMarkChangeInfo[];
    /**
     * The group messages that were pinned or unpinned.
     * Read-only: set by the SDK.
     */
    group_tips_elem_pinned_message_list?: unknown;
    /**
     * Deprecated: name of the group.
     * Read-only: set by the SDK.
     * @deprecated The SDK marks this as deprecated.
     */
    group_tips_elem_group_name?: string;
    /**
     * Deprecated: time of the event.
     * Read-only: set by the SDK.
     * @deprecated The SDK marks this as deprecated.
     */
    group_tips_elem_time?: number;
}
/** iOS-specific settings for a message's offline push. */
export interface IOSOfflinePushConfig {
    /** Notification title. */
    ios_offline_push_config_title?: string;
    /** Sound played on arrival: none, the system sound, or the file name (with extension) of a sound bundled in the app. */
    ios_offline_push_config_sound?: string;
    /** When true the message does not raise the app icon's badge count. */
    ios_offline_push_config_ignore_badge?: boolean;
    /** Push channel: regular APNs (the default) or VoIP. */
    ios_offline_push_config_push_type?: TIMIOSOfflinePushType;
    /** HTTPS URL of an image shown in the notification: JPEG, GIF or PNG up to 10 MB; mutable-content must be enabled. */
    ios_offline_push_config_image?: string;
}
/** An image element; the server keeps an original, a large and a thumbnail version of it. */
export interface ImageElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_Image;
    /** Local path of the image to send. */
    image_elem_orig_path: string;
    /** Quality level to send the image at. */
    image_elem_level: TIMImageLevel;
    /** Image format: 1 JPG, 2 GIF, 3 PNG, 4 BMP, 0xff unknown. */
    image_elem_format?: number;
    /**
     * ID of the original image.
     * Read-only: set by the SDK.
     */
    image_elem_orig_id?: string;
    /**
     * Height of the original image.
     * Read-only: set by the SDK.
     */
    image_elem_orig_pic_height?: number;
    /**
     * Width of the original image.
     * Read-only: set by the SDK.
     */
    image_elem_orig_pic_width?: number;
    /**
     * File size of the original image.
     * Read-only: set by the SDK.
     */
    image_elem_orig_pic_size?: number;
    /**
     * ID of the thumbnail, whose shorter side is scaled to 198 pixels.
     * Read-only: set by the SDK.
     */
    image_elem_thumb_id?: string;
    /**
     * Height of the thumbnail.
     * Read-only: set by the SDK.
     */
    image_elem_thumb_pic_height?: number;
    /**
     * Width of the thumbnail.
     * Read-only: set by the SDK.
     */
    image_elem_thumb_pic_width?: number;
    /**
     * File size of the thumbnail.
     * Read-only: set by the SDK.
     */
    image_elem_thumb_pic_size?: number;
    /**
     * ID of the large version, whose shorter side is scaled to 720 pixels.
     * Read-only: set by the SDK.
     */
    image_elem_large_id?: string;
    /**
     * Height of the large version.
     * Read-only: set by the SDK.
     */
    image_elem_large_pic_height?: number;
    /**
     * Width of the large version.
     * Read-only: set by the SDK.
     */
    image_elem_large_pic_width?: number;
    /**
     * File size of the large version.
     * Read-only: set by the SDK.
     */
    image_elem_large_pic_size?: number;
    /**
     * Download URL of the original image.
     * Read-only: set by the SDK.
     */
    image_elem_orig_url?: string;
    /**
     * Download URL of the thumbnail.
     * Read-only: set by the SDK.
     */
    image_elem_thumb_url?: string;
    /**
     * Download URL of the large version.
     * Read-only: set by the SDK.
     */
    image_elem_large_url?: string;
    /**
     * Deprecated task ID.
     * Read-only: set by the SDK.
     * @deprecated The SDK marks this as deprecated.
     */
    image_elem_task_id?: number;
}
/** A location element. */
export interface LocationElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_Location;
    /** Text describing the place. */
    location_elem_desc?: string;
    /** Longitude of the place. */
    location_elem_longitude: number;
    /** Latitude of the place. */
    location_elem_latitude: number;
}
/** A bundle of forwarded messages shown as one combined message. */
export interface MergerElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_Merge;
    /** Title of the combined message. */
    merge_elem_title: string;
    /** Summary lines shown for the combined message. */
    merge_elem_abstract_array: string[];
    /** Fallback text delivered to SDK versions that cannot show combined messages; must not be empty. */
    merge_elem_compatible_text: string;
    /** Messages to combine: at most 300, all sent successfully, and none holding group tips or group report elements. */
    merge_elem_message_array: Message[];
    /**
     * True when nesting goes deeper than 100 levels; title and summary are then empty and downloading fails.
     * Read-only: set by the SDK.
     */
    merge_elem_layer_over_limit?: boolean;
    /**
     * Key for downloading the message list on native clients.
     * Read-only: set by the SDK.
     */
    merge_elem_relay_pb_key?: string;
    /**
     * Key for downloading the message list on web clients.
     * Read-only: set by the SDK.
     */
    merge_elem_relay_json_key?: string;
    /**
     * Raw buffer of the forwarded messages.
     * Read-only: set by the SDK.
     */
    merge_elem_relay_buffer?: string;
}
/** A chat message: its elements, where it belongs, who sent it, its state and delivery options. */
export interface Message {
    /** The message body as a list of elements such as text, images or custom data. */
    message_elem_array: Elem[];
    /** ID of the conversation the message belongs to. */
    message_conv_id?: string;
    /** Type of the conversation the message belongs to. */
    message_conv_type?: TIMConvType;
    /** User ID of the sender. */
    message_sender?: string;
    /** Delivery priority of the message. */
    message_priority?: TIMMsgPriority;
    /** Timestamp set by the sending client. */
    message_client_time?: number;
    /** Timestamp assigned by the server. */
    message_server_time?: number;
    /** True when the logged-in user sent the message. */
    message_is_from_self?: boolean;
    /** Platform the message was sent from. */
    message_platform?: TIMPlatform;
    /** True when the message has been read on this side. */
    message_is_read?: boolean;
    /** Send online-only: delivered just to recipients online right now, never stored or counted as unread; defaults to false. */
    message_is_online_msg?: boolean;
    /**
     * Conversation-level read state: true when the message is no newer than the time the peer marked the conversation read.
     * Read-only: set by the SDK.
     */
    message_is_peer_read?: boolean;
    /**
     * Message-level read state: true when the peer sent a read receipt for this very message.
     * Read-only: set by the SDK.
     */
    message_receipt_peer_read?: boolean;
    /**
     * Asks recipients for read receipts; needs the Premium edition, and for groups the group type must be enabled in the console.
     * @since SDK 6.1
     */
    message_need_read_receipt?: boolean;
    /** Whether extensions may be attached to the message. */
    message_support_message_extension?: boolean;
    /**
     * True for a broadcast message; only live-stream (AVChatRoom) groups have them.
     * Read-only: set by the SDK.
     * @since SDK 6.5
     */
    message_is_broadcast_message?: boolean;
    /**
     * Group messages only: whether a read receipt was already sent for it.
     * Read-only: set by the SDK.
     */
    message_has_sent_receipt?: boolean;
    /**
     * Internal: how many members read a group message; use TIMMsgGetMessageReadReceipts instead.
     * Read-only: set by the SDK.
     */
    message_group_receipt_read_count?: number;
    /**
     * Internal: how many members have not read a group message; use TIMMsgGetMessageReadReceipts instead.
     * Read-only: set by the SDK.
     */
    message_group_receipt_unread_count?: number;
    /**
     * Internal field; not meant for use.
     * Read-only: set by the SDK.
     */
    message_version?: bigint;
    /** Current state of the message, such as sending, sent, failed or recalled. */
    message_status?: TIMMsgStatus;
    /**
     * Numeric unique identifier; message_msg_id is preferred.
     * Read-only: set by the SDK.
     */
    message_unique_id?: bigint;
    /**
     * Unique identifier of the message.
     * Read-only: set by the SDK.
     */
    message_msg_id?: string;
    /**
     * Random number assigned to the message.
     * Read-only: set by the SDK.
     */
    message_rand?: bigint;
    /**
     * Sequence number of the message.
     * Read-only: set by the SDK.
     */
    message_seq?: bigint;
    /** App-defined integer kept only on this device; never sent, and lost when the app is reinstalled. */
    message_custom_int?: number;
    /** App-defined string kept only on this device; never sent, and lost when the app is reinstalled. */
    message_custom_str?: string;
    /** App-defined data stored in the cloud and delivered to recipients. */
    message_cloud_custom_str?: string;
    /** When true the message does not add to the unread count; defaults to false. */
    message_is_excluded_from_unread_count?: boolean;
    /** User IDs mentioned in a group message; the value "__kImSDK_MessageAtALL__" (kImSDK_MessageAtALL) mentions everyone. */
    message_group_at_user_array?: string[];
    /** Set to true to send an existing message again as a forward. */
    message_is_forward_message?: boolean;
    /** Profile of the sender. */
    message_sender_profile?: UserProfile;
    /** Sender's member details in a group conversation; only the identifier and name card are filled in. */
    message_sender_group_member_info?: GroupMemberInfo;
    /** When true the message does not become the conversation's last message. */
    message_excluded_from_last_message?: boolean;
    /** When true the message skips local and cloud content moderation, if either is enabled. */
    message_excluded_from_content_moderation?: boolean;
    /**
     * ID of a custom cloud moderation configuration applied when sending; it is not stored with the message.
     * @since SDK 7.8
     */
    message_custom_moderation_configuration_id?: string;
    /**
     * True when cloud moderation flagged the message as risky; only audio and video messages so far.
     * Read-only: set by the SDK.
     * @since SDK 7.4
     */
    message_has_risk_content?: boolean;
    /** Internal field; not meant for use. */
    message_risk_type_identified?: unknown;
    /** Delivers a group message only to these members; not for @-messages, Community or AVChatRoom groups, and not counted as unread. */
    message_target_group_member_array?: string[];
    /** How the message is presented in offline push notifications. */
    message_offline_push_config?: OfflinePushConfig;
    /**
     * User ID of whoever recalled the message. Set only on recalled messages.
     * Read-only: set by the SDK.
     * @since SDK 7.4
     */
    message_revoker_user_id?: string;
    /**
     * Nickname of whoever recalled the message. Set only on recalled messages.
     * Read-only: set by the SDK.
     * @since SDK 7.4
     */
    message_revoker_nick_name?: string;
    /**
     * Avatar URL of whoever recalled the message. Set only on recalled messages.
     * Read-only: set by the SDK.
     * @since SDK 7.4
     */
    message_revoker_face_url?: string;
    /**
     * Reason given for recalling the message. Set only on recalled messages.
     * Read-only: set by the SDK.
     * @since SDK 7.4
     */
    message_revoke_reason?: string;
    /**
     * User ID of the member who pinned the message. Only present on messages from the pinned-message list.
     * Read-only: set by the SDK.
     * @since SDK 8.0
     */
    message_pinner_user_id?: string;
    /**
     * Nickname of the member who pinned the message. Only present on messages from the pinned-message list.
     * Read-only: set by the SDK.
     * @since SDK 8.0
     */
    message_pinner_nick_name?: string;
    /**
     * Your friend remark for the member who pinned the message. Only present on messages from the pinned-message list.
     * Read-only: set by the SDK.
     * @since SDK 8.0
     */
    message_pinner_friend_remark?: string;
    /**
     * Group name card of the member who pinned the message. Only present on messages from the pinned-message list.
     * Read-only: set by the SDK.
     * @since SDK 8.0
     */
    message_pinner_name_card?: string;
    /**
     * Avatar URL of the member who pinned the message. Only present on messages from the pinned-message list.
     * Read-only: set by the SDK.
     * @since SDK 8.0
     */
    message_pinner_face_url?: string;
}
/** How a message appears when it arrives as an offline push notification. */
export interface OfflinePushConfig {
    /** Text shown in the notification. */
    offline_push_config_desc?: string;
    /** Extra data carried by the notification. */
    offline_push_config_ext?: string;
    /** Whether the message is pushed at all; pushing is the default. */
    offline_push_config_flag?: TIMOfflinePushFlag;
    /** Settings that apply on iOS. */
    offline_push_config_ios_config?: IOSOfflinePushConfig;
    /** Settings that apply on Android. */
    offline_push_config_android_config?: AndroidOfflinePushConfig;
}
/** Notification that a user's profile changed. */
export interface ProfileChangeElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_ProfileChange;
    /**
     * Kind of change.
     * Read-only: set by the SDK.
     */
    profile_change_elem_change_type?: TIMProfileChangeType;
    /**
     * User ID of the user whose profile changed.
     * Read-only: set by the SDK.
     */
    profile_change_elem_from_identifier?: string;
    /**
     * The fields that changed; set when change_type is kTIMProfileChange_Profile.
     * Read-only: set by the SDK.
     */
    profile_change_elem_user_profile_item?: UserProfileItem;
}
/** A voice element; a message should carry at most one. */
export interface SoundElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_Sound;
    /** Local path of the recorded audio file to send; the app saves it first. */
    sound_elem_file_path: string;
    /** Size of the audio file. */
    sound_elem_file_size: number;
    /** Duration of the recording. */
    sound_elem_file_time: number;
    /**
     * ID of the audio file.
     * Read-only: set by the SDK.
     */
    sound_elem_file_id?: string;
    /**
     * Business ID needed for downloading.
     * Read-only: set by the SDK.
     */
    sound_elem_business_id?: number;
    /**
     * Download URL of the audio.
     * Read-only: set by the SDK.
     */
    sound_elem_url?: string;
    /**
     * Deprecated task ID.
     * Read-only: set by the SDK.
     * @deprecated The SDK marks this as deprecated.
     */
    sound_elem_task_id?: number;
}
/** Criteria for paging through conversations; a key that is left out does not filter. */
export interface TIMConversationListFilter {
    /** Only return conversations of this type. */
    conversation_list_filter_conv_type?: TIMConvType;
    /** Only return conversations filed under this group; an empty string selects conversations in no group. */
    conversation_list_filter_conversation_group?: string;
    /** Only return conversations carrying these marks; 0 selects conversations with no mark at all. */
    conversation_list_filter_mark_type?: bigint;
    /** true keeps only conversations with unread messages, false only those without. */
    conversation_list_filter_has_unread_count?: boolean;
    /** true keeps only conversations with pending group @-mentions, false only those without. */
    conversation_list_filter_has_group_at_info?: boolean;
}
/** One page of a filtered conversation list. */
export interface TIMConversationListResult {
    /**
     * The conversations on this page.
     * Read-only: set by the SDK.
     */
    conversation_list_result_conv_list?: ConvInfo[];
    /**
     * Cursor to pass when asking for the next page.
     * Read-only: set by the SDK.
     */
    conversation_list_result_next_seq?: bigint;
    /**
     * True when no further pages remain.
     * Read-only: set by the SDK.
     */
    conversation_list_result_is_finished?: boolean;
}
/** Outcome of a batch conversation operation for one conversation. */
export interface TIMConversationOperationResult {
    /**
     * The conversation this outcome is about.
     * Read-only: set by the SDK.
     */
    conversation_operation_result_conversation_id?: string;
    /**
     * 0 on success, otherwise an error code.
     * Read-only: set by the SDK.
     */
    conversation_operation_result_result_code?: number;
    /**
     * Text explaining the outcome.
     * Read-only: set by the SDK.
     */
    conversation_operation_result_result_info?: string;
}
/** A plain-text element. */
export interface TextElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_Text;
    /** The text. */
    text_elem_content: string;
}
/** Public profile of a user. */
export interface UserProfile {
    /**
     * User ID.
     * Read-only: set by the SDK.
     */
    user_profile_identifier?: string;
    /**
     * Nickname.
     * Read-only: set by the SDK.
     */
    user_profile_nick_name?: string;
    /**
     * Gender.
     * Read-only: set by the SDK.
     */
    user_profile_gender?: TIMGenderType;
    /**
     * Avatar URL.
     * Read-only: set by the SDK.
     */
    user_profile_face_url?: string;
    /**
     * Your remark for this friend; only filled in on message sender profiles.
     * Read-only: set by the SDK.
     */
    user_profile_friend_remark?: string;
    /**
     * Personal signature line.
     * Read-only: set by the SDK.
     */
    user_profile_self_signature?: string;
    /**
     * Who may add the user as a friend.
     * Read-only: set by the SDK.
     */
    user_profile_add_permission?: TIMProfileAddPermission;
    /**
     * Location.
     * Read-only: set by the SDK.
     */
    user_profile_location?: string;
    /**
     * Language, as a number.
     * Read-only: set by the SDK.
     */
    user_profile_language?: number;
    /**
     * Birthday, as a number.
     * Read-only: set by the SDK.
     */
    user_profile_birthday?: number;
    /**
     * Level.
     * Read-only: set by the SDK.
     */
    user_profile_level?: number;
    /**
     * Role.
     * Read-only: set by the SDK.
     */
    user_profile_role?: number;
    /**
     * Custom profile fields.
     * Read-only: set by the SDK.
     */
    user_profile_custom_string_array?: UserProfileCustomStringInfo[];
}
/** One custom profile field with a string value. */
export interface UserProfileCustomStringInfo {
    /** Field name, including the Tag_Profile_Custom_ prefix. */
    user_profile_custom_string_info_key?: string;
    /** Field value, at most 500 bytes. */
    user_profile_custom_string_info_value?: string;
}
/** Profile fields to change on your own account. */
export interface UserProfileItem {
    /** New nickname. */
    user_profile_item_nick_name?: string;
    /** New gender. */
    user_profile_item_gender?: TIMGenderType;
    /** New avatar URL. */
    user_profile_item_face_url?: string;
    /** New signature line. */
    user_profile_item_self_signature?: string;
    /** New rule for who may add you as a friend. */
    user_profile_item_add_permission?: TIMProfileAddPermission;
    /** New location. */
    user_profile_item_location?: string;
    /** New language. */
    user_profile_item_language?: number;
    /** New birthday. */
    user_profile_item_birthday?: number;
    /** New level. */
    user_profile_item_level?: number;
    /** New role. */
    user_profile_item_role?: number;
    /** Custom profile fields to change. */
    user_profile_item_custom_string_array?: UserProfileCustomStringInfo[];
}
/** A video element together with its snapshot image. */
export interface VideoElem {
    /** Which kind of element this is, and so which other keys apply. */
    elem_type: TIMElemType.kTIMElem_Video;
    /** File type of the video, set when sending. */
    video_elem_video_type: string;
    /** Size of the video file. */
    video_elem_video_size: number;
    /** Length of the video, set when sending. */
    video_elem_video_duration: number;
    /** Local path of the video file. */
    video_elem_video_path: string;
    /**
     * ID of the video.
     * Read-only: set by the SDK.
     */
    video_elem_video_id?: string;
    /**
     * Business ID needed for downloading.
     * Read-only: set by the SDK.
     */
    video_elem_business_id?: number;
    /**
     * Download URL of the video.
     * Read-only: set by the SDK.
     */
    video_elem_video_url?: string;
    /** File type of the snapshot, set when sending. */
    video_elem_image_type: string;
    /** Size of the snapshot file. */
    video_elem_image_size: number;
    /** Width of the snapshot, set when sending. */
    video_elem_image_width: number;
    /** Height of the snapshot, set when sending. */
    video_elem_image_height: number;
    /** Local path of the snapshot image. */
    video_elem_image_path: string;
    /**
     * ID of the snapshot.
     * Read-only: set by the SDK.
     */
    video_elem_image_id?: string;
    /**
     * Download URL of the snapshot.
     * Read-only: set by the SDK.
     */
    video_elem_image_url?: string;
    /**
     * Deprecated task ID.
     * Read-only: set by the SDK.
     * @deprecated The SDK marks this as deprecated.
     */
    video_elem_task_id?: number;
}
