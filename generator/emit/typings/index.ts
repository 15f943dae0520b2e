// PLACEHOLDER: the typings emitter (returns no files yet).
import type { Emitter } from '../types.ts';

export const emitTypings: Emitter = () => [];
