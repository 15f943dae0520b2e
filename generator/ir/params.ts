// C parameters -> IR parameters. A value parameter's kind is the crossing-table row of its C type
// (an enum's name picks the enum row, a JSON string the json row), and everything about how it
// crosses (C# native and facade types, conversions, TS type) is copied from that row here, once.
import { CROSSINGS, FACADE_TS_OF_CS, kindOfCType, type Crossing, type ValueKind } from '../../runtime/crossing.ts';
import { SchemaError } from './load-schemas.ts';
import type { IrParam, IrType } from './model.ts';
import { csParamName, snakeToCamel } from './naming.ts';
import { ann, type Node } from './schema-reader.ts';
import { tsOf, typeOf } from './value-types.ts';
import type { XParam } from '../schema-annotations.ts';

/** What the IR needs to know to classify parameters: which C types are callbacks and enums. */
export interface ParamScope {
  callbacks: ReadonlySet<string>;
  enums: ReadonlySet<string>;
}

/** A C parameter without its schema: the name, C type and role as the signature gives them. */
interface CParam { name: string; cType: string; role?: XParam['role']; description?: string }

const baseOf = (p: CParam) => ({ cName: p.name, tsName: snakeToCamel(p.name), csName: csParamName(p.name), cType: p.cType, description: p.description ?? '' });

/** The crossing row of a value parameter, or undefined when its C type has none. */
export function valueKindOf(p: CParam, scope: ParamScope): ValueKind | undefined {
  if (p.role === 'json') return 'json';
  if (scope.enums.has(p.cType)) return 'enum';
  return kindOfCType(p.cType);
}

/** The fields every value parameter takes from its crossing row. */
function crossingFields(kind: ValueKind): Pick<IrParam, 'kind' | 'csNative' | 'csMarshal' | 'csFacade' | 'csFacadeTs' | 'csToNative' | 'csFromNative' | 'csHint'> {
  const { cs }: Crossing = CROSSINGS[kind];
  return {
    kind, csNative: cs.native, ...(cs.marshal ? { csMarshal: cs.marshal } : {}),
    csFacade: cs.facade, csFacadeTs: FACADE_TS_OF_CS[cs.facade],
    ...(cs.toNative ? { csToNative: cs.toNative } : {}), ...(cs.fromNative ? { csFromNative: cs.fromNative } : {}), ...(cs.hint ? { csHint: cs.hint } : {}),
  };
}

/** The facade's doc text: the description, then what the crossing tells a caller (decimal text, ...). */
const facadeDoc = (description: string, kind: ValueKind) => [description, (CROSSINGS[kind] as Crossing).cs.hint].filter((t) => t).join(' ');

/** A callback or user_data parameter, or undefined for a value parameter. */
function plumbing(p: CParam, scope: ParamScope): IrParam | undefined {
  if (p.cType === 'const void*' || p.role === 'user_data') return { ...baseOf(p), role: 'user_data', csNative: 'IntPtr' };
  if (p.role === 'callback' || scope.callbacks.has(p.cType)) return { ...baseOf(p), role: 'callback', csNative: p.cType, callback: p.cType };
  return undefined;
}

/** One parameter of a schema document (`x-params` entry `i`), typed by its property schema. */
export function schemaParam(p: XParam, props: Node, file: string, i: number, scope: ParamScope): IrParam {
  const other = plumbing(p, scope);
  if (other) return other;
  const ptr = `#/properties/${p.name}`;
  const s = props[p.name];
  if (!s) throw new SchemaError(file, ptr, `parameter ${p.name} has no schema`);
  const kind = valueKindOf(p, scope);
  if (!kind) throw new SchemaError(file, `#/x-params/${i}`, `no crossing for C type ${p.cType}`);
  // A JSON string's content is typed by its schema (and `x-type`, for integers inside it), not by
  // the string it crosses as.
  const type = kind === 'json' ? typeOf(s, file, ptr) : typeOf(s, file, ptr, kind);
  const tsName = ann(s, 'x-ts-name', file, ptr);
  const errorCodes = ann(s, 'x-error-codes', file, ptr);
  const schemaLimits = errorCodes && Object.fromEntries(Object.keys(errorCodes).filter((k) => typeof s[k] === 'number').map((k) => [k, s[k] as number]));
  const description = String(s.description ?? '');
  return {
    ...baseOf(p), ...(tsName ? { tsName } : {}), role: kind === 'json' ? 'json' : 'value', type, ts: tsOf(type), ...crossingFields(kind),
    description, facadeDoc: facadeDoc(description, kind),
    ...(errorCodes ? { errorCodes, schemaLimits } : {}),
  };
}

/** The IR type of a value parameter known only by its C type (no schema): its row's own type. */
function typeOfKind(kind: ValueKind): IrType {
  switch (kind) {
    case 'json': return { kind: 'any' };
    // An enum outside the schemas has no TS enum to name: it is typed as the int it crosses as.
    case 'enum': return { kind: 'int32' };
    case 'uint64': case 'int64': return { kind, policy: 'exact' };
    default: return { kind };
  }
}

/** One parameter of a signature written down without a schema (the session functions). */
export function signatureParam(p: CParam, scope: ParamScope, where: string): IrParam {
  const other = plumbing(p, scope);
  if (other) return other;
  const kind = valueKindOf(p, scope);
  if (!kind) throw new Error(`${where}: no crossing for C type ${p.cType}`);
  const type = typeOfKind(kind);
  return { ...baseOf(p), role: kind === 'json' ? 'json' : 'value', type, ts: tsOf(type), ...crossingFields(kind), facadeDoc: facadeDoc(p.description ?? '', kind) };
}
