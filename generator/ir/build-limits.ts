// The documented SDK limits (`x-limits` on the error-code enum), checked against the schemas: where
// a parameter's schema maps a keyword to a code that reports a limit, the keyword's value must be
// that limit, so the validators and the limit table cannot drift apart.
import { SchemaError, type LoadedSchema } from './load-schemas.ts';
import type { IrFunction, IrLimit } from './model.ts';
import { ann } from './schema-reader.ts';
import { byKey } from '../order.ts';

export function buildLimits(enumDocs: LoadedSchema[], functions: IrFunction[]): IrLimit[] {
  const limits: IrLimit[] = [];
  for (const { schema, file } of enumDocs) {
    for (const [name, l] of Object.entries(ann(schema, 'x-limits', file) ?? {})) limits.push({ name, ...l });
  }
  for (const f of functions) {
    for (const p of f.params) {
      for (const [keyword, code] of Object.entries(p.errorCodes ?? {})) {
        const values = limits.filter((l) => l.code === code).map((l) => l.value);
        if (!values.length) continue;
        const found = p.schemaLimits?.[keyword];
        if (found === undefined || !values.includes(found)) {
          throw new SchemaError(f.schemaFile, `#/properties/${p.cName}/${keyword}`, `${keyword} is ${found}, but code ${code} reports the limit ${values.join(' or ')}`);
        }
      }
    }
  }
  return limits.sort(byKey((l) => l.name));
}
