// Checks each overlay file against overlay.schema.json before the importer reads it, so a misspelt
// field ("resultDescripton", "tsNmae") is refused with the file and the JSON path instead of being
// ignored. The check always runs; it does not depend on --strict.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

export const OVERLAY_SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), 'overlay.schema.json');
export const OVERLAY_KINDS = ['functions', 'callbacks', 'structs', 'enums', 'unions', 'errors', 'roots'] as const;
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
      pointer: `${e.instancePath}/${escape(name)}`,
      reason: `unknown field "${name}"${near ? ` (did you mean "${near}"?)` : ''}; allowed here: ${known.join(', ')}`,
    };
  }
  if (e.keyword === 'propertyNames' || e.keyword === 'pattern' && e.propertyName !== undefined) {
    return { pointer: e.instancePath, reason: `name "${e.propertyName ?? ''}" is not allowed: ${e.message}` };
  }
  return { pointer: e.instancePath, reason: `${e.message}${e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : ''}, found ${JSON.stringify(e.data)?.slice(0, 60)}` };
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The known name closest to a misspelt one, if it is close enough to be a likely typo. */
export function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDist) { best = k; bestDist = d; }
  }
  return bestDist <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      // Two neighbours swapped ("Nmae" for "Name") count as one edit, like any single typo.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
