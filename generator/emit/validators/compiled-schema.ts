// The copy of a schema that the validators are compiled from. It keeps only the keywords that
// validate (descriptions and header facts stay out of the standalone module) and rewrites three
// things, each for a reason the runtime depends on:
//   additionalProperties: false  ->  x-known-keys     unknown keys fail on input and are reported,
//   enum (integers)              ->  x-known-values   not refused, on output (see schema-vocabulary.ts)
//   maxItems next to items       ->  items checked only under `if: {maxItems}`, so an over-long
//                                    array costs one length check and one problem, not one per item.
import { SchemaError } from '../../ir/load-schemas.ts';
import { ANNOTATION_KEYWORDS } from '../../schema-annotations.ts';

/** Keywords the validators need. */
const VALIDATING = new Set([
  '$schema', '$id', '$ref', '$defs', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const',
  'minimum', 'maximum', 'minItems', 'maxItems', 'minLength', 'maxLength', 'minProperties', 'maxProperties', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else',
  'x-int64', 'x-bitmask', 'x-minUtf8Bytes', 'x-maxUtf8Bytes',
]);

/** Keywords that only document; dropped from the compiled copy. Anything else is a mistake. */
const DOCUMENTING = new Set(['title', 'description', 'deprecated', '$comment', 'examples', 'default', 'x-ts-name', 'x-error-codes', ...ANNOTATION_KEYWORDS]);

/** Values copied as they are: they are data, not schemas. */
const LITERAL = new Set(['enum', 'const', 'x-int64', 'x-bitmask', 'required']);

type Node = Record<string, unknown>;

function rewrite(out: Node): Node {
  if (out.additionalProperties === false) {
    delete out.additionalProperties;
    out['x-known-keys'] = true;
  }
  if (Array.isArray(out.enum) && out.enum.every((v) => Number.isInteger(v))) {
    out['x-known-values'] = out.enum;
    delete out.enum;
  }
  if (out.items !== undefined && typeof out.maxItems === 'number' && !('if' in out) && !('then' in out)) {
    out.if = { maxItems: out.maxItems };
    out.then = { items: out.items };
    delete out.items;
  }
  return out;
}

/** Copies a schema for compilation; an unknown keyword fails with file and path, as strict Ajv
 *  would, because the copy would otherwise silently drop it. */
export function compiledSchema(node: unknown, file: string, ptr = '#', inMap = false): unknown {
  if (Array.isArray(node)) return node.map((n, i) => compiledSchema(n, file, `${ptr}/${i}`));
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [k, v] of Object.entries(node)) {
    const at = `${ptr}/${k}`;
    if (inMap) out[k] = compiledSchema(v, file, at);
    else if (VALIDATING.has(k)) out[k] = LITERAL.has(k) ? v : compiledSchema(v, file, at, k === 'properties' || k === '$defs');
    else if (!DOCUMENTING.has(k)) throw new SchemaError(file, at, `unknown keyword "${k}"`);
  }
  return inMap ? out : rewrite(out);
}
