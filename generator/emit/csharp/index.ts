// PLACEHOLDER: the csharp emitter (returns no files yet).
import type { Emitter } from '../types.ts';

export const emitCsharp: Emitter = () => [];
