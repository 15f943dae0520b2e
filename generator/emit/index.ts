// The emitters `timconv generate` runs, loaded on demand: some bring a heavy library (ts-morph,
// handlebars), and a run loads only the emitters whose output has to change.
// `module` and `assets` name what an emitter's output depends on besides the schemas and the IR
// builder (see generator/inputs.ts): the emitter's import closure starts at `module`; `assets`
// are files or folders it reads at run time; `packages` are libraries whose version shapes it.
import type { Emitter } from './types.ts';

export interface EmitterEntry {
  name: string;
  /** The module exporting the emitter, relative to this folder. */
  module: string;
  /** Repo-relative files or folders the emitter reads while it runs. */
  assets: string[];
  /** npm packages whose version can change the output. */
  packages: string[];
  load(): Promise<Emitter>;
}

export const EMITTERS: EmitterEntry[] = [
  {
    name: 'typescript', module: 'typescript/index.ts', assets: [], packages: ['ts-morph'],
    load: async () => (await import('./typescript/index.ts')).emitTypescript,
  },
  {
    name: 'validators', module: 'validators/index.ts', assets: [], packages: [],
    load: async () => (await import('./validators/index.ts')).emitValidators,
  },
  {
    name: 'csharp', module: 'csharp/index.ts', assets: ['generator/templates'], packages: ['handlebars'],
    load: async () => (await import('./csharp/index.ts')).emitCsharp,
  },
  {
    name: 'typings', module: 'typings/index.ts', assets: [], packages: [],
    load: async () => (await import('./typings/index.ts')).emitTypings,
  },
  {
    name: 'native', module: 'native/index.ts', assets: [], packages: ['ts-morph'],
    load: async () => (await import('./native/index.ts')).emitNative,
  },
];
