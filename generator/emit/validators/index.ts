// The validators emitter: every input, result and listener validator compiled once with Ajv and
// written as standalone ESM code (runtime/generated/validators.mjs), so nothing is compiled at run
// time: no eval or new Function, as WebGL and WeChat mini-games require. The project's keywords
// inline their helpers (see schema-vocabulary.ts), so the module imports nothing. Validators pass
// their `this` on to the schemas they refer to: that is how one compiled validator checks both
// input (called plainly) and output (called with an output sink, see schema-vocabulary.ts).
import standaloneModule from 'ajv/dist/standalone/index.js';
import { compileAll } from '../../ir/compile-schemas.ts';
import type { Ir } from '../../ir/model.ts';
import { banner, type Emitter } from '../types.ts';
import { compiledSchema } from './compiled-schema.ts';
import { validatorNames } from './names.ts';

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

export const emitValidators: Emitter = (ir) => {
  const copies = new Map([...ir.schemas].map(([id, s]) => [id, { file: s.file, schema: compiledSchema(s.schema, s.file) as Record<string, unknown> }]));
  const ajv = compileAll(copies, { source: true, passContext: true });
  const refs = validatorRefs(ir);
  // The package is CommonJS; under NodeNext its default import is the module object.
  const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule.default }).default;
  let code = standaloneCode(ajv, refs);
  const leftover = /\brequire\(|new Function|\beval\(/.exec(code);
  if (leftover) throw new Error(`validators: standalone code still contains "${leftover[0]}"; a keyword needs an inlined helper`);
  code = code.replace(/^"use strict";/, '');
  const dts = [
    banner('validators.d.ts').trimEnd(),
    '/**',
    ' * A precompiled validator: true when valid; otherwise `errors` lists every problem. Called plainly',
    ' * it checks input; called with an output sink as `this` (`v.call(sink, data)`, see',
    ' * runtime/core/unknown-data.ts) it passes unknown keys and enum values to the sink instead.',
    ' */',
    'export interface Validator {',
    '  (data: unknown): boolean;',
    '  errors?: { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null;',
    '}',
    ...Object.keys(refs).map((name) => `export declare const ${name}: Validator;`),
    '',
  ].join('\n');
  return [
    { target: 'ts', path: 'validators.mjs', content: `${banner('validators.mjs')}${code.trim()}\n` },
    { target: 'ts', path: 'validators.d.mts', content: dts },
  ];
};
