import type { BridgeArg, ListenerCallback } from '../bridge.ts';
export declare const SETTERS: {
    readonly convEvent: 'TIMSetConvEventCallback';
    readonly totalUnread: 'TIMSetConvTotalUnreadMessageCountChangedCallback';
    readonly unreadByFilter: 'TIMSetConvUnreadMessageCountChangedByFilterCallback';
    readonly groupCreated: 'TIMSetConvConversationGroupCreatedCallback';
    readonly groupDeleted: 'TIMSetConvConversationGroupDeletedCallback';
    readonly groupRenamed: 'TIMSetConvConversationGroupNameChangedCallback';
    readonly addedToGroup: 'TIMSetConvConversationsAddedToGroupCallback';
    readonly deletedFromGroup: 'TIMSetConvConversationsDeletedFromGroupCallback';
};
export type Setter = (typeof SETTERS)[keyof typeof SETTERS];
export declare function isSetter(name: string): name is Setter;
/** TIMConvEvent values. */
export declare const CONV_EVENT_ADD = 0;
export declare const CONV_EVENT_DEL = 1;
export declare const CONV_EVENT_UPDATE = 2;
export declare const CONV_EVENT_START = 3;
export declare const CONV_EVENT_FINISH = 4;
export declare class DeliveryQueue {
    private readonly onError;
    private queue;
    private scheduled;
    private idleWaiters;
    private disposed;
    /** `onError` receives what a callback threw; by default it is rethrown from a rejected promise. */
    constructor(onError?: (error: unknown) => void);
    enqueue(job: () => void): void;
    /** Resolves once everything queued so far, and everything it queues in turn, was delivered. */
    settle(): Promise<void>;
    dispose(): void;
    private drain;
}
/** The eight native listeners. A listener set when an event is delivered receives it. */
export declare class ListenerTable {
    private readonly queue;
    private readonly listeners;
    constructor(queue: DeliveryQueue);
    set(setter: Setter, listener: ListenerCallback | null): void;
    clear(): void;
    /**
     * Queues a listener call. `args` is only evaluated when a listener is set now, so events nobody
     * listens to cost nothing; the payload is fixed now, while the listener is looked up on delivery.
     */
    emit(setter: Setter, args: () => BridgeArg[]): void;
}
