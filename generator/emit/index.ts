// The emitters `timconv generate` runs.
import type { Emitter } from './types.ts';
import { emitTypescript } from './typescript/index.ts';
import { emitValidators } from './validators/index.ts';
import { emitCsharp } from './csharp/index.ts';
import { emitTypings } from './typings/index.ts';
import { emitNative } from './native/index.ts';

export const EMITTERS: Emitter[] = [emitTypescript, emitValidators, emitCsharp, emitTypings, emitNative];
