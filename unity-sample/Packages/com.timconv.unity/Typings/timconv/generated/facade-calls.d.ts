/// <reference path="./timconv-facade.d.ts" preserve="true" />
import { type FacadeArg, type FacadeDone } from '../facade-values.ts';
/** The facade as Puerts exposes it: CS.TimConv.TimConvFacade. */
export type Facade = typeof CS.TimConv.TimConvFacade;
/** Calls the facade method of a C function: value arguments in C order, facade-typed; done for asynchronous ones. */
export type FacadeCall = (facade: Facade, args: readonly FacadeArg[], done: FacadeDone | null) => number;
/** Registers (or, with null, clears) the listener of a TIMSetConv*Callback setter on the facade. */
export type FacadeListen = (facade: Facade, listener: ((...args: FacadeArg[]) => void) | null) => void;
/** The facade call of every conversation function, by C name. */
export declare const FACADE_CALLS: Readonly<Record<string, FacadeCall>>;
/** The listener registration of every TIMSetConv*Callback setter, by C name. */
export declare const FACADE_LISTENERS: Readonly<Record<string, FacadeListen>>;
