// Schema node -> IR type, and IR type -> TS type text. Which C value type an integer is comes from
// what the header says (the C type of a parameter, the type word of a JSON key), looked up in the
// crossing table; the schema's range is never read back to guess it.
import { CROSSINGS, kindOfHeaderWord, type Crossing, type ValueKind } from '../../runtime/crossing.ts';
import { SchemaError } from './load-schemas.ts';
import type { IrType, ScalarKind } from './model.ts';
import { ann, refTarget, type Node } from './schema-reader.ts';
import type { XInt64 } from '../schema-annotations.ts';

/** The value kind a header type word names ("uint" in "uint @ref X" or "array uint"), if any. */
export function kindOfTypeText(text: string | undefined): ValueKind | undefined {
  const words = (text ?? '').split(/\s+/);
  return kindOfHeaderWord(words[0] === 'array' ? words[1] ?? '' : words[0]);
}

/**
 * The IR type of a schema node. An integer needs the C value kind the header gives it: `cKind`, the
 * row of a value parameter's C type, or else the row of the node's `x-type` words (a key's type,
 * as the header gives it or the overlay fixes it).
 */
export function typeOf(n: Node, file: string, ptr: string, cKind?: ValueKind): IrType {
  const words = ann(n, 'x-type', file, ptr);
  const declared = cKind ?? kindOfTypeText(words);
  if (n.$ref) {
    const r = refTarget(n.$ref, file, ptr);
    if (r.kind === 'enum') return { kind: 'enum', name: r.name };
    if (r.kind === 'struct') return { kind: 'struct', name: r.name };
    throw new SchemaError(file, ptr, `a value cannot refer to ${n.$ref}`);
  }
  if (n['x-int64'] !== undefined) {
    const { policy, signed } = int64Policy(n['x-int64'], file, ptr);
    const flagsOf = ann(n, 'x-enum', file, ptr);
    return { kind: signed ? 'int64' : 'uint64', policy, ...(flagsOf ? { flagsOf } : {}) };
  }
  switch (n.type) {
    case 'string': return { kind: 'string' };
    case 'boolean': return { kind: 'bool' };
    case 'number': return { kind: 'double' };
    case 'integer': {
      const row: Crossing | undefined = declared && CROSSINGS[declared];
      if (!row || row.schema.type !== 'integer' || declared === 'enum') throw new SchemaError(file, ptr, `an integer needs the C type or header type word of an integer row, found ${declared ?? 'none'}`);
      return { kind: declared as ScalarKind };
    }
    case 'array': {
      if (!n.items) throw new SchemaError(file, ptr, 'array without items');
      const items = typeOf(n.items, file, `${ptr}/items`, declared);
      // The flags enum of an array of mark bits is written on the array.
      const flagsOf = ann(n, 'x-enum', file, ptr);
      if (flagsOf && (items.kind === 'uint64' || items.kind === 'int64')) return { kind: 'array', items: { ...items, flagsOf } };
      return { kind: 'array', items };
    }
    case 'object':
      if (Object.keys(n).every((k) => k === 'type' || k === 'description' || k.startsWith('x-'))) return { kind: 'object' };
      throw new SchemaError(file, ptr, `an object value names its struct with $ref; found ${JSON.stringify(n).slice(0, 120)}`);
    case undefined:
      if (Object.keys(n).every((k) => k === 'description' || k.startsWith('x-'))) return { kind: 'any' };
    // falls through
    default:
      throw new SchemaError(file, ptr, `no IR type for schema ${JSON.stringify(n).slice(0, 120)}`);
  }
}

/** The `x-int64` keyword's value, checked: a malformed policy must not quietly become a number. */
function int64Policy(v: unknown, file: string, ptr: string): XInt64 {
  const o = v as Partial<XInt64> | null;
  const ok = typeof o === 'object' && o !== null && !Array.isArray(o)
    && (o.policy === 'exact' || o.policy === 'number') && typeof o.signed === 'boolean'
    && Object.keys(o).every((k) => k === 'policy' || k === 'signed');
  if (!ok) throw new SchemaError(file, `${ptr}/x-int64`, `expected { policy: "exact" | "number", signed: boolean }, found ${JSON.stringify(v)?.slice(0, 80)}`);
  return o as XInt64;
}

/** The TS type text of an IR type. */
export function tsOf(t: IrType): string {
  switch (t.kind) {
    case 'any': return 'unknown';
    case 'object': return 'Record<string, unknown>';
    case 'enum': return t.literal ? `${t.name}.${t.literal}` : t.name;
    case 'struct': return t.name;
    case 'array': return `${tsOf(t.items)}[]`;
    case 'int64': case 'uint64': return t.policy === 'exact' ? CROSSINGS[t.kind].ts : 'number';
    default: return CROSSINGS[t.kind].ts;
  }
}

// What the SDK sends (results, listener payloads) may carry keys a newer library added; its TS
// type says so (WithExtraKeys, rendered in types.ts). What the caller sends stays exact.
const hasStruct = (t: IrType): boolean => t.kind === 'struct' || (t.kind === 'array' && hasStruct(t.items));

/** The TS type text of a value the SDK sends. */
export const tsFromSdk = (t: IrType): string => (hasStruct(t) ? `WithExtraKeys<${tsOf(t)}>` : tsOf(t));
