// The `x-` annotation keywords of our schemas, declared once: the importer writes them (typed by
// `Annotations`), the IR reads them through `annotation()` (which checks the value's shape and names
// the file and JSON path when it is wrong), and schema-vocabulary.ts registers the keyword list with
// Ajv. Annotations never validate data; the validating keywords (the four schema/ uses and the two
// only the compiled validators use) live in schema-vocabulary.ts.

/** How a C parameter crosses: `json`: a JSON string; `value`: a plain value; `callback` / `user_data`: not validated. */
export const PARAM_ROLES = ['json', 'value', 'callback', 'user_data'] as const;
export type ParamRole = typeof PARAM_ROLES[number];

/** What the header says a caller may do with a JSON key. */
export const ACCESS_MODES = ['read', 'write', 'readwrite'] as const;
export type Access = typeof ACCESS_MODES[number];

/** What a schema document describes (`x-kind`). */
export const SCHEMA_KIND_TAGS = ['function', 'callback', 'struct', 'union', 'enum', 'errors', 'index'] as const;
export type SchemaKindTag = typeof SCHEMA_KIND_TAGS[number];

/** A C parameter as listed in `x-params`, in declaration order. */
export interface XParam {
  name: string;
  /** Normalized C type: `const char*`, `uint64_t`, `TIMConvType`, `TIMCommCallback`. */
  cType: string;
  role?: ParamRole;
}

export interface XEnumMember { name: string; value: number; expr: string; description?: string }
export interface XUnionMember { member: string; struct: string }

/** A limit the SDK documents: its value, the code it reports past it (if one of its own), and what it limits. */
export interface XLimit { value: number; code?: number; description: string }

/** The 64-bit keyword the importer writes and the IR reads (it validates, so it is not listed here). */
export interface XInt64 { policy: 'exact' | 'number'; signed: boolean }

/** Every annotation keyword and the type of its value. */
export interface Annotations {
  /** What the document describes. */
  'x-kind': SchemaKindTag;
  /** The header file that declares it. */
  'x-header': string;
  /** C return type of a function. */
  'x-c-return': string;
  /** The function answers synchronously (it takes no TIMCommCallback). */
  'x-sync': boolean;
  /** The callback typedef a listener setter registers. */
  'x-listener': string;
  /** SDK version the declaration first appeared in, as the headers say. */
  'x-since': string;
  /** Name in generated TypeScript when the derived one does not fit. */
  'x-ts-name': string;
  /** The C signature. */
  'x-params': XParam[];
  /** A completion payload that is not described (`unknown`) or does not exist (`none`). */
  'x-result': 'unknown' | 'none';
  /** Success may arrive without a payload. */
  'x-result-optional': boolean;
  /** Name of the C constant that holds a JSON key. */
  'x-c-key': string;
  /** The value type in the headers' grammar ("array @ref ConvInfo"): the header's, or the overlay's fix. */
  'x-type': string;
  /** The header's own type words where an overlay fix replaced them in `x-type`. */
  'x-header-type': string;
  /** read, write or readwrite, as the header states. */
  'x-access': Access;
  /** The flags enum a 64-bit mark value draws its named bits from. */
  'x-enum': string;
  /** The union a struct is a member of. */
  'x-union': string;
  /** The union whose discriminator a struct holds. */
  'x-union-base': string;
  /** The key that selects a union member. */
  'x-discriminator': string;
  /** Enum members (enum, errors) or union members (union). */
  'x-members': XEnumMember[] | XUnionMember[];
  /** The enum's members are bits that combine. */
  'x-flags': boolean;
  /** The enum lists a subset of the header's members; says which. */
  'x-subset': string;
  /** Schema keyword -> SDK error code for a limit the SDK reports with a code of its own. */
  'x-error-codes': Record<string, number>;
  /** Documented limits by name (on the error-code enum, whose codes report them). */
  'x-limits': Record<string, XLimit>;
}

export type AnnotationKeyword = keyof Annotations;

type Check = (v: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isBool: Check = (v) => typeof v === 'boolean';
const oneOf = (...values: string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shape = (fields: Record<string, Check>, optional: string[] = []): Check => (v) =>
  isRecord(v) && Object.keys(v).every((k) => k in fields)
  && Object.entries(fields).every(([k, c]) => (v[k] === undefined ? optional.includes(k) : c(v[k])));
const listOf = (c: Check): Check => (v) => Array.isArray(v) && v.every(c);

const enumMember = shape({ name: isString, value: (v) => Number.isInteger(v), expr: isString, description: isString }, ['description']);
const unionMember = shape({ member: isString, struct: isString });
const limit = shape({ value: (v) => Number.isInteger(v), code: (v) => Number.isInteger(v), description: isString }, ['code']);

/** One check per keyword; the mapped type makes a keyword without a check (or a stray check) a compile error. */
const CHECKS: { [K in AnnotationKeyword]: { check: Check; expected: string } } = {
  'x-kind': { check: oneOf(...SCHEMA_KIND_TAGS), expected: 'a schema kind' },
  'x-header': { check: isString, expected: 'a header file name' },
  'x-c-return': { check: isString, expected: 'a C type' },
  'x-sync': { check: isBool, expected: 'a boolean' },
  'x-listener': { check: isString, expected: 'a callback name' },
  'x-since': { check: isString, expected: 'a version string' },
  'x-ts-name': { check: isString, expected: 'an identifier' },
  'x-params': { check: listOf(shape({ name: isString, cType: isString, role: oneOf(...PARAM_ROLES) }, ['role'])), expected: 'a list of { name, cType, role? }' },
  'x-result': { check: oneOf('unknown', 'none'), expected: '"unknown" or "none"' },
  'x-result-optional': { check: isBool, expected: 'a boolean' },
  'x-c-key': { check: isString, expected: 'a C constant name' },
  'x-type': { check: isString, expected: 'a header type' },
  'x-header-type': { check: isString, expected: 'a header type' },
  'x-access': { check: oneOf(...ACCESS_MODES), expected: '"read", "write" or "readwrite"' },
  'x-enum': { check: isString, expected: 'an enum name' },
  'x-union': { check: isString, expected: 'a union name' },
  'x-union-base': { check: isString, expected: 'a union name' },
  'x-discriminator': { check: isString, expected: 'a JSON key' },
  'x-members': { check: (v) => listOf(enumMember)(v) || listOf(unionMember)(v), expected: 'a list of enum members or union members' },
  'x-flags': { check: isBool, expected: 'a boolean' },
  'x-subset': { check: isString, expected: 'a note' },
  'x-error-codes': { check: (v) => isRecord(v) && Object.values(v).every((c) => Number.isInteger(c)), expected: 'keyword -> integer code' },
  'x-limits': { check: (v) => isRecord(v) && Object.values(v).every(limit), expected: 'name -> { value, code?, description }' },
};

/** Every annotation keyword, for registration with Ajv (they annotate, they never validate). */
export const ANNOTATION_KEYWORDS = Object.keys(CHECKS) as AnnotationKeyword[];

/** A schema node that may carry annotations. */
export type Annotated = Partial<Annotations> & Record<string, unknown>;

export class AnnotationError extends Error {
  constructor(readonly pointer: string, readonly keyword: string, readonly reason: string) {
    super(`${pointer}/${keyword}: ${reason}`);
    this.name = 'AnnotationError';
  }
}

/**
 * Reads one annotation from a schema node, checked against its declared type: undefined when absent,
 * an AnnotationError (with the JSON path) when present with the wrong shape.
 */
export function annotation<K extends AnnotationKeyword>(node: Record<string, unknown>, keyword: K, pointer = '#'): Annotations[K] | undefined {
  const v = node[keyword];
  if (v === undefined) return undefined;
  const { check, expected } = CHECKS[keyword];
  if (!check(v)) throw new AnnotationError(pointer, keyword, `expected ${expected}, found ${JSON.stringify(v)?.slice(0, 80)}`);
  return v as Annotations[K];
}

/** Like annotation(), for keywords a document of its kind must carry. */
export function requireAnnotation<K extends AnnotationKeyword>(node: Record<string, unknown>, keyword: K, pointer = '#'): Annotations[K] {
  const v = annotation(node, keyword, pointer);
  if (v === undefined) throw new AnnotationError(pointer, keyword, 'missing');
  return v;
}
