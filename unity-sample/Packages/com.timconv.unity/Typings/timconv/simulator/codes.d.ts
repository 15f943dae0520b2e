/** What a completion callback receives: (code, desc, json). */
export interface Reply {
    code: number;
    desc: string;
    json: string;
}
export declare function ok(json?: string): Reply;
/** A failed completion: the json is always the empty string, as the real SDK sends. */
export declare function fail(code: number, desc: string): Reply;
export declare const NOT_LOGGED_IN = "not logged in";
export declare const NOT_SUPPORTED = "conversation groups and marks need the Premium edition";
export declare const NO_SUCH_CONVERSATION = "conversation not found";
/** The reply to a list call naming more conversations than the SDK takes at once, or undefined. */
export declare function overPerCallLimit(ids: readonly unknown[]): Reply | undefined;
