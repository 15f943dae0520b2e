// Reads schema/ for the generator and rejects malformed documents with the file and the JSON path
// of the problem: unknown types, dangling $refs, duplicate names. What strict Ajv refuses is
// reported the same way by compile-schemas.ts, which `timconv import` runs on what it writes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Schema = Record<string, unknown>;
export interface LoadedSchema { file: string; schema: Schema }

export class SchemaError extends Error {
  constructor(readonly file: string, readonly pointer: string, readonly reason: string) {
    super(`${file} at ${pointer || '#'}: ${reason}`);
    this.name = 'SchemaError';
  }
}

const KINDS = ['api', 'callback', 'struct', 'enum'];
/** Key of the schema/index.json facts in the map loadSchemaDir returns. */
export const INDEX_ID = 'timconv:index';
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']);

export function loadSchemaDir(dir: string): Map<string, LoadedSchema> {
  if (!existsSync(dir)) throw new SchemaError(dir, '', 'schema folder does not exist');
  const out = new Map<string, LoadedSchema>();
  const titles = new Map<string, string>();
  for (const kind of KINDS) {
    const sub = join(dir, kind);
    if (!existsSync(sub)) continue;
    for (const name of readdirSync(sub).filter((f) => f.endsWith('.json')).sort()) {
      const file = `schema/${kind}/${name}`;
      let schema: Schema;
      try {
        schema = JSON.parse(readFileSync(join(sub, name), 'utf8')) as Schema;
      } catch (err) {
        throw new SchemaError(file, '', `not valid JSON: ${(err as Error).message}`);
      }
      const id = schema.$id;
      if (typeof id !== 'string') throw new SchemaError(file, '#/$id', 'missing $id');
      if (out.has(id)) throw new SchemaError(file, '#/$id', `duplicate $id ${id} (also in ${out.get(id)!.file})`);
      const title = String(schema.title ?? '');
      if (titles.has(title)) throw new SchemaError(file, '#/title', `duplicate name ${title} (also in ${titles.get(title)})`);
      titles.set(title, file);
      out.set(id, { file, schema });
    }
  }
  for (const { file, schema } of out.values()) walk(schema, '#', file, out);
  // The SDK version of the import rides along as an entry of kind "index" (not a schema: buildIr
  // reads it and leaves it out of the schemas it compiles).
  const index = join(dir, 'index.json');
  if (existsSync(index)) {
    const sdk = (JSON.parse(readFileSync(index, 'utf8')) as Schema)['x-sdk'];
    if (sdk) out.set(INDEX_ID, { file: 'schema/index.json', schema: { 'x-kind': 'index', 'x-sdk': sdk } });
  }
  // Strict Ajv compilation (compile-schemas.ts) runs at import, and in the schema tests; generation
  // does not load Ajv. The validators emitter refuses any keyword it does not implement.
  return out;
}

function walk(node: unknown, pointer: string, file: string, all: Map<string, LoadedSchema>): void {
  if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${pointer}/${i}`, file, all)); return; }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  // In a name -> schema map (properties, $defs) the keys are names, not keywords.
  const isMap = ['properties', '$defs', 'patternProperties'].includes(pointer.split('/').at(-1)!);
  if (!isMap && 'type' in o) {
    const types = Array.isArray(o.type) ? o.type : [o.type];
    for (const t of types) if (typeof t !== 'string' || !TYPES.has(t)) throw new SchemaError(file, `${pointer}/type`, `unknown type ${JSON.stringify(t)}`);
  }
  if (!isMap && typeof o.$ref === 'string') {
    const target = o.$ref.split('#')[0];
    if (target && !all.has(target)) throw new SchemaError(file, `${pointer}/$ref`, `dangling $ref ${o.$ref}`);
  }
  for (const [k, v] of Object.entries(o)) {
    if (k === 'x-params' || k === 'x-members' || k === 'enum' || k === 'const') continue;
    walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, file, all);
  }
}
