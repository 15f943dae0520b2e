// The validators emitter: every input, result and listener validator compiled once with Ajv and
// written as standalone ESM code (runtime/generated/validators.mjs), so nothing is compiled at run
// time: no eval or new Function, as WebGL and WeChat mini-games require. The project's keywords
// inline their helpers (see schema-vocabulary.ts), so the module imports nothing.
import standaloneModule from 'ajv/dist/standalone/index.js';
import { compileAll } from '../../ir/compile-schemas.ts';
import { SchemaError } from '../../ir/load-schemas.ts';
import { ANNOTATION_KEYWORDS } from '../../schema-vocabulary.ts';
import type { Ir } from '../../ir/model.ts';
import { banner, type Emitter } from '../types.ts';
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

/** Keywords the validators need; everything else (descriptions, header facts) is left out of the
 *  compiled copy so the standalone module does not carry the documentation around. */
const VALIDATING = new Set([
  '$schema', '$id', '$ref', '$defs', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const',
  'minimum', 'maximum', 'minItems', 'maxItems', 'minLength', 'maxLength', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else',
  'x-int64', 'x-bitmask', 'x-minUtf8Bytes', 'x-maxUtf8Bytes',
]);

/** Keywords that only document; dropped from the compiled copy. Anything else is a mistake. */
const DOCUMENTING = new Set(['title', 'description', 'deprecated', '$comment', 'examples', 'default', 'x-ts-name', 'x-error-codes', ...ANNOTATION_KEYWORDS]);

/** Copies a schema keeping the validating keywords; an unknown keyword fails with file and path,
 *  as strict Ajv would, because the lean copy would otherwise silently drop it. */
function lean(node: unknown, file: string, ptr: string, inMap = false): unknown {
  if (Array.isArray(node)) return node.map((n, i) => lean(n, file, `${ptr}/${i}`));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    const at = `${ptr}/${k}`;
    if (inMap) out[k] = lean(v, file, at);
    else if (VALIDATING.has(k)) out[k] = k === 'enum' || k === 'const' || k === 'x-int64' || k === 'x-bitmask' ? v : lean(v, file, at, k === 'properties' || k === '$defs');
    else if (!DOCUMENTING.has(k)) throw new SchemaError(file, at, `unknown keyword "${k}"`);
  }
  return out;
}

export const emitValidators: Emitter = (ir) => {
  const leanSchemas = new Map([...ir.schemas].map(([id, s]) => [id, { file: s.file, schema: lean(s.schema, s.file, '#') as Record<string, unknown> }]));
  const ajv = compileAll(leanSchemas, { source: true });
  const refs = validatorRefs(ir);
  // The package is CommonJS; under NodeNext its default import is the module object.
  const standaloneCode = (standaloneModule as unknown as { default: typeof standaloneModule.default }).default;
  let code = standaloneCode(ajv, refs);
  const leftover = /\brequire\(|new Function|\beval\(/.exec(code);
  if (leftover) throw new Error(`validators: standalone code still contains "${leftover[0]}"; a keyword needs an inlined helper`);
  code = code.replace(/^"use strict";/, '');
  const dts = [
    banner('validators.d.ts').trimEnd(),
    '/** A precompiled validator: true when valid; otherwise `errors` lists every problem. */',
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
