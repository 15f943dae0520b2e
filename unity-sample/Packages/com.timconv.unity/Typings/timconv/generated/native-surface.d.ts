import type { NativeSurface } from '../native-surface.ts';
/** The C signatures the bindings reach: conversation functions and setters, session functions, callbacks. */
export declare const NATIVE_SURFACE: NativeSurface;
