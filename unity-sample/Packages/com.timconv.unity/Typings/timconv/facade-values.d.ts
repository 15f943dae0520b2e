import type { BridgeArg } from './bridge.ts';
import { type ValueKind } from './crossing.ts';
/** A value as the facade takes or gives it. */
export type FacadeArg = string | number | boolean;
/** The completion delegate of an asynchronous facade method. */
export type FacadeDone = (code: number, desc: string, json: string) => void;
/** Converts one Bridge argument to the facade's value for its kind (64-bit integers as decimal text).
 *  `fn` (the function) and `name` (the parameter) are joined only for the error, not on every call. */
export declare function toFacadeArg(kind: ValueKind, value: BridgeArg, name: string, fn?: string): FacadeArg;
/** Converts one facade value (a listener argument) back to the Bridge value of its kind. */
export declare function fromFacadeArg(kind: ValueKind, value: FacadeArg): BridgeArg;
export declare function asString(value: FacadeArg | undefined): string;
export declare function asNumber(value: FacadeArg | undefined): number;
export declare function asBoolean(value: FacadeArg | undefined): boolean;
