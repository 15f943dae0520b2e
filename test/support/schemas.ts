// Loads every committed schema into one strict Ajv 2020 instance with the project's vocabulary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { addVocabulary } from '../../generator/schema-vocabulary.ts';
import { schemaDir } from './sdk.ts';

export type Schema = Record<string, any>;

export function readSchemas(dir = schemaDir): Schema[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: string[] };
  return index.files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Schema);
}

export function strictAjv(schemas = readSchemas()) {
  const ajv = addVocabulary(new Ajv2020({ strict: true, allErrors: true }));
  for (const s of schemas) ajv.addSchema(s);
  return ajv;
}
