/** What went wrong inside the store with no caller to tell. */
export type StoreErrorKind = 
/** A change listener threw; the other listeners still ran. */
'listener-threw'
/** Loading the conversation list failed; the store keeps what it had. */
 | 'load-failed'
/** Reading or subscribing an unread count failed; the badge keeps its last value. */
 | 'unread-failed'
/** The SDK sent a conversation without conv_id; it was skipped. */
 | 'invalid-conversation'
/** Setting the native listeners again after a sync failed; the list still reloaded. */
 | 'listen-failed'
/** The host's flush scheduler (the `flush` function option) threw; the next change tries again. */
 | 'schedule-failed';
export interface StoreErrorContext {
    kind: StoreErrorKind;
    /** The watched filter name or conversation group concerned, if any. */
    badge?: string;
}
export type StoreErrorHook = (error: unknown, context: StoreErrorContext) => void;
export declare const reportToConsole: StoreErrorHook;
export declare class Tasks {
    private count;
    private waiters;
    get busy(): boolean;
    /** Counts `p` as in flight until it settles; returns it. */
    run<T>(p: Promise<T>): Promise<T>;
    /** Resolves when nothing is in flight. */
    idle(): Promise<void>;
}
