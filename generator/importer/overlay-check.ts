// Checks each overlay file against overlay.schema.json before the importer reads it, so a misspelt
// field ("resultDescripton", "tsNmae") is refused with the file and the JSON path instead of being
// ignored. The check always runs; it does not depend on --strict.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { escapePointer } from '../../runtime/core/problems.ts';
import { closest } from '../closest-name.ts';

export const OVERLAY_SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), 'overlay.schema.json');
export const OVERLAY_KINDS = ['functions', 'callbacks', 'structs', 'enums', 'unions', 'errors', 'fragments', 'roots'] as const;
export type OverlayKind = typeof OVERLAY_KINDS[number];

export class OverlayError extends Error {
  constructor(readonly file: string, readonly problems: { pointer: string; reason: string }[]) {
    super(problems.map((p) => `${file} at ${p.pointer || '/'}: ${p.reason}`).join('\n'));
    this.name = 'OverlayError';
  }
}

let validators: Map<OverlayKind, ValidateFunction> | undefined;

function validatorFor(kind: OverlayKind): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    ajv.addSchema(JSON.parse(readFileSync(OVERLAY_SCHEMA_FILE, 'utf8')) as object);
    validators = new Map(OVERLAY_KINDS.map((k) => [k, ajv.getSchema(`timconv:overlay#/$defs/${k}`)!]));
  }
  return validators.get(kind)!;
}

/** Which kind a file name holds: `structs.json` and `structs.message.json` hold structs. */
export function overlayKindOf(fileName: string): OverlayKind | undefined {
  const parts = fileName.split('.');
  if (parts.at(-1) !== 'json' || parts.length < 2 || parts.length > 3) return undefined;
  return OVERLAY_KINDS.find((k) => k === parts[0]);
}

/** Throws an OverlayError listing every problem of one parsed overlay file. */
export function checkOverlayFile(file: string, kind: OverlayKind, data: unknown): void {
  const validate = validatorFor(kind);
  if (validate(data)) return;
  const problems = (validate.errors ?? []).filter(isLeaf).map(describe);
  const unique = [...new Map(problems.map((p) => [`${p.pointer} ${p.reason}`, p])).values()];
  throw new OverlayError(file, unique);
}

// anyOf reports its branches and then itself; the branch errors say more, the summary nothing new.
const isLeaf = (e: ErrorObject) => e.keyword !== 'anyOf' && e.keyword !== '$ref';

function describe(e: ErrorObject): { pointer: string; reason: string } {
  if (e.keyword === 'additionalProperties') {
    const name = String((e.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const near = closest(name, known);
    return {
      pointer: `${e.instancePath}/${escapePointer(name)}`,
      reason: `unknown field "${name}"${near ? ` (did you mean "${near}"?)` : ''}; allowed here: ${known.join(', ')}`,
    };
  }
  if (e.keyword === 'propertyNames' || e.keyword === 'pattern' && e.propertyName !== undefined) {
    return { pointer: e.instancePath, reason: `name "${e.propertyName ?? ''}" is not allowed: ${e.message}` };
  }
  return { pointer: e.instancePath, reason: `${e.message}${e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : ''}, found ${JSON.stringify(e.data)?.slice(0, 60)}` };
}
