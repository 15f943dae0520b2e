// Strict Ajv compilation of every schema document: `timconv import` runs it on what it is about to
// write, and the validators' differential test uses Ajv as the reference the generated validators are
// compared with. Kept apart from load-schemas.ts so that building the IR never loads Ajv.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SchemaEnv } from 'ajv/dist/compile/index.js';
import { addVocabulary } from '../schema-vocabulary.ts';
import { SchemaError, type LoadedSchema } from './load-schemas.ts';

// With `source`, only the generated code is wanted (for standalone output): our schemas' validate
// functions are not turned into live functions, which saves evaluating half a megabyte of code.
// Ajv's own meta-schemas still compile for real, since Ajv runs them to check each schema.
const NOT_EVALUATED = 'return function validate() { throw new Error("compiled for source only"); }';
const sourceOnly = (code: string, env?: SchemaEnv) => (String(env?.root.baseId ?? '').startsWith('timconv:') ? NOT_EVALUATED : code);

/** Compiles every document in strict mode; the first failure names its file. `passContext`: a
 *  validator hands its `this` on to the validators of the schemas it refers to. */
export function compileAll(all: Map<string, LoadedSchema>, options: { source?: boolean; passContext?: boolean } = {}): Ajv2020 {
  const code = options.source ? { code: { source: true, esm: true, lines: true, optimize: false, process: sourceOnly } } : {};
  const ajv = addVocabulary(new Ajv2020({ strict: true, allErrors: true, inlineRefs: false, passContext: options.passContext === true, ...code }));
  for (const { file, schema } of all.values()) {
    try {
      ajv.addSchema(schema);
    } catch (err) {
      throw new SchemaError(file, '', (err as Error).message);
    }
  }
  for (const [id, { file }] of all) {
    try {
      ajv.getSchema(id);
    } catch (err) {
      throw new SchemaError(file, '', (err as Error).message);
    }
  }
  return ajv;
}
