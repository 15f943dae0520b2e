import type { ValueKind } from './crossing.ts';
/** How one C parameter crosses: a crossing-table row, a callback typedef, or the opaque user_data. */
export type NativeParamKind = ValueKind | 'callback' | 'user_data';
export interface NativeParam {
    name: string;
    /** The C type as the header spells it. */
    cType: string;
    kind: NativeParamKind;
    /** The callback typedef, for a callback parameter. */
    callback?: string;
}
export interface NativeSignature {
    name: string;
    /** Enums are returned as the C int they are. */
    returns: 'int' | 'void';
    params: NativeParam[];
}
export interface NativeSurface {
    /** The TIMConv* functions and TIMSetConv*Callback setters. */
    functions: readonly NativeSignature[];
    /** The SDK lifecycle functions (TIMInit, TIMLogin, ...) a game needs when nothing else starts the SDK. */
    session: readonly NativeSignature[];
    callbacks: readonly NativeSignature[];
}
export declare const COMM_CALLBACK = "TIMCommCallback";
/** The value parameters of a signature: what Bridge.call takes, in C order. */
export declare const valueParams: (d: NativeSignature) => (NativeParam & {
    kind: ValueKind;
})[];
/** The callback typedef a function takes, if any (TIMCommCallback for async calls, a listener
 *  typedef for the TIMSetConv*Callback setters). */
export declare const callbackOf: (d: NativeSignature) => string | undefined;
/** A setter: returns void and takes a listener callback (not TIMCommCallback). */
export declare function isSetter(d: NativeSignature): boolean;
/** Checks the surface is usable: unique names, known callbacks, a user_data after every callback. */
export declare function checkSurface(surface: NativeSurface): void;
