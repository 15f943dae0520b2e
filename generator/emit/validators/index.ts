// The validators emitter: every input, result and listener validator, written as plain ESM code
// (runtime/generated/validators.mjs) by a code generator of our own driven by the schemas, so
// nothing is compiled at run time (no eval or new Function, as WebGL and WeChat mini-games
// require) and the module imports nothing. Every schema document becomes one function, written
// once however often it is referred to (documents.ts); the error reporting is shared (support.ts).
//
// A validator is called plainly to check input, or with an output sink as `this` to check output
// (unknown keys and enum values go to the sink). Called with an exact 64-bit conversion as its
// second argument, it converts a JSON.parse result in the same pass (runtime/core/output.ts).
// Issues have Ajv's shape and wording: the runtime core reads them, and a differential test
// compares them with Ajv's on the same compiled schema copies (test/generator/validators-diff).
import type { Ir } from '../../ir/model.ts';
import { banner, type Emitter } from '../types.ts';
import { compiledSchema } from './compiled-schema.ts';
import { compileDocument } from './documents.ts';
import { FunctionWriter, ModuleState, type Doc, type Node } from './module-state.ts';
import { validatorNames } from './names.ts';
import { SUPPORT_SOURCE } from './support.ts';

/** Export name -> schema reference, in a stable order. */
export function validatorRefs(ir: Ir): Record<string, string> {
  const refs: Record<string, string> = {};
  for (const f of ir.functions.filter((x) => !x.listenerCallback)) {
    const n = validatorNames(f.cName);
    refs[n.input] = `timconv:api/${f.cName}`;
    if (f.result.kind === 'json') refs[n.result] = `timconv:api/${f.cName}#/$defs/result`;
  }
  for (const l of ir.listeners) refs[validatorNames(l.callback).args] = `timconv:callback/${l.callback}`;
  return refs;
}

/** The compiled copies of every schema document, by $id. */
export function compiledDocs(ir: Ir): Map<string, Doc> {
  return new Map([...ir.schemas].map(([id, s]) => [id, { id, file: s.file, schema: compiledSchema(s.schema, s.file) as Node }]));
}

/** The module's code after its banner. */
export function validatorsModule(ir: Ir): string {
  const state = new ModuleState(compiledDocs(ir), new Set(ir.exactInt64Keys));
  state.useCompiler(compileDocument);
  const exports: string[] = [];
  for (const [name, ref] of Object.entries(validatorRefs(ir))) {
    const doc = state.docs.get(ref.split('#')[0]);
    if (!doc) throw new Error(`validators: no schema ${ref}`);
    const site = { doc, ptr: '#', fn: new FunctionWriter() };
    // A result that only refers to a struct is that struct's validator.
    const { node } = state.resolve(ref, site);
    const target = Object.keys(node).length === 1 && typeof node.$ref === 'string' ? node.$ref : ref;
    exports.push(`export const ${name} = mk(${state.functionFor(target, site)});`);
  }
  return [
    SUPPORT_SOURCE.trim(),
    '// Keys whose integers the conversion makes exact; the core checks it converts the same ones.',
    `const EXACT_KEYS = Object.freeze(${JSON.stringify([...ir.exactInt64Keys].sort())});`,
    state.render(),
    ...exports,
  ].join('\n');
}

export const emitValidators: Emitter = (ir) => {
  const refs = validatorRefs(ir);
  const dts = [
    banner('validators.d.ts').trimEnd(),
    '/**',
    ' * A precompiled validator: true when valid; otherwise `errors` lists every problem. Called plainly',
    ' * it checks input; called with an output sink as `this` (`v.call(sink, data)`, see',
    ' * runtime/core/unknown-data.ts) it passes unknown keys and enum values to the sink instead. With',
    ' * an exact conversion as second argument (runtime/json64/fast-parse.ts) it also makes the exact',
    ' * 64-bit values of a JSON.parse result exact, in the same pass.',
    ' */',
    'export interface Validator {',
    '  (data: unknown, conversion?: unknown): boolean;',
    '  errors?: { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null;',
    '  /** The keys whose integers the conversion makes exact. */',
    '  readonly exactKeys: readonly string[];',
    '}',
    ...Object.keys(refs).map((name) => `export declare const ${name}: Validator;`),
    '',
  ].join('\n');
  return [
    { target: 'ts', path: 'validators.mjs', content: `${banner('validators.mjs')}${validatorsModule(ir)}\n` },
    { target: 'ts', path: 'validators.d.mts', content: dts },
  ];
};
