// Invalid inputs made from valid ones by breaking one rule in one place. The valid input is walked
// together with its schema; every place offers the mutations its schema allows (a required key
// dropped, a wrong type, each bound crossed, an unknown key, a NUL...). Each mutation knows the JSON
// path the refusal must name and, where the schema decides it, the rule.
import type { FunctionMeta } from '../api-meta.ts';
import { escapePointer } from '../core/problems.ts';
import { CROSSINGS } from '../crossing.ts';
import { clone, type Input } from './payload.ts';
import type { Rng } from './rng.ts';
import type { SchemaNode, SchemaSet } from './schema-set.ts';
import { wideString } from './strings.ts';
import type { ValueGen } from './values.ts';

export const MUTATION_CLASSES = [
  'required', 'type', 'utf8-bytes', 'items', 'range', 'enum', 'bitmask', 'int64-range', 'unsafe-integer',
  'unsafe-integer-nested', 'unknown-key', 'proto-key', 'object-form', 'nul', 'lone-surrogate', 'non-plain',
] as const;
export type MutationClass = (typeof MUTATION_CLASSES)[number];

export interface Mutation {
  cls: MutationClass;
  /** JSON pointer into the input object that the refusal must name. */
  path: string;
  /** The rule the refusal must name, when the schema decides it (the keyword of the failing rule). */
  rule?: string;
  /** The invalid input. */
  input: Input;
}

/** A mutation not applied yet: where, what, and how to make the bad value. */
interface Candidate {
  cls: MutationClass;
  at: string[];
  rule?: string;
  /** The replacement value; `DROP` removes the key. */
  make: () => unknown;
  /** The pointer the refusal names, when it is not `at` itself. */
  path?: string[];
}

const DROP = Symbol('drop');
const UNSAFE = 2 ** 60 + 2 ** 33; // inside the mark mask and the uint64 range, but not a safe integer

const pointer = (at: readonly string[]) => at.map((s) => `/${escapePointer(s)}`).join('');

export class Mutator {
  constructor(private readonly schemas: SchemaSet, private readonly values: ValueGen, private readonly rng: Rng) {}

  /**
   * One invalid variant of `input` (a valid input of `meta`), of one of `classes`: the class is
   * drawn first, so rare classes are tried as often as common ones. Undefined when the input offers
   * no place for any of them (a function without parameters).
   */
  mutate(meta: FunctionMeta, input: Input, classes: readonly MutationClass[] = MUTATION_CLASSES): Mutation | undefined {
    const all: Candidate[] = [];
    this.sites(this.schemas.input(meta.cName), input, [], all, meta);
    const wanted = new Set(classes);
    const byClass = new Map<MutationClass, Candidate[]>();
    for (const c of all) if (wanted.has(c.cls)) byClass.set(c.cls, [...(byClass.get(c.cls) ?? []), c]);
    if (byClass.size === 0) return undefined;
    const chosen = this.rng.pick(this.rng.pick([...byClass.values()]));
    return { cls: chosen.cls, path: pointer(chosen.path ?? chosen.at), rule: chosen.rule, input: apply(input, chosen) };
  }

  /** Collects the candidates of the place `at` (value `v`, schema `node`) and of everything inside. */
  private sites(node: SchemaNode, v: unknown, at: string[], out: Candidate[], meta: FunctionMeta): void {
    let s = this.schemas.resolve(node);
    if (s['x-kind'] === 'union' && v !== null && typeof v === 'object') {
      const member = this.schemas.unionMembers(s).find((m) => m.value === (v as Input)[m.key]);
      if (member) s = { ...member.schema, required: [...new Set([...(s.required ?? []), ...(member.schema.required ?? [])])] };
    }
    const root = at.length === 0;
    const add = (cls: MutationClass, make: () => unknown, rule?: string, path?: string[]) => {
      if (!root) out.push({ cls, at, make, rule, path });
    };
    if (s['x-int64']) return this.int64Sites(s, at, add, meta);
    switch (s.type) {
      case 'object': {
        if (v === null || typeof v !== 'object') return;
        const o = v as Input;
        for (const key of s.required ?? []) {
          if (key in o) out.push({ cls: 'required', at: [...at, key], make: () => DROP, rule: 'required' });
        }
        add('type', () => [], 'type');
        if (s.additionalProperties === false) {
          add('unknown-key', () => ({ ...o, zz_not_in_schema: 1 }), 'additionalProperties', [...at, 'zz_not_in_schema']);
          add('proto-key', () => withProtoKey(o), 'additionalProperties', [...at, '__proto__']);
        }
        add('non-plain', () => (this.rng.chance(0.5) ? new Date(0) : new Map(Object.entries(o))));
        // Forms the schema excludes as a whole (a filter that selects nothing): too few keys, or
        // exactly the form `not` describes, built from the constants it requires.
        if (s.minProperties > 0) add('object-form', () => ({}), 'minProperties');
        const excluded = excludedForm(s.not);
        if (excluded) add('object-form', () => excluded, 'not');
        for (const [key, prop] of Object.entries<SchemaNode>(s.properties ?? {})) {
          if (key in o) this.sites(prop, o[key], [...at, key], out, meta);
        }
        return;
      }
      case 'array': {
        if (!Array.isArray(v)) return;
        add('type', () => ({}), 'type');
        if (s.minItems > 0) add('items', () => v.slice(0, s.minItems - 1), 'minItems');
        if (s.maxItems !== undefined) {
          add('items', () => [...v, ...Array.from({ length: s.maxItems + 1 - v.length }, () => this.values.value(s.items ?? {}, 3))], 'maxItems');
        }
        v.forEach((item, i) => this.sites(s.items ?? {}, item, [...at, String(i)], out, meta));
        return;
      }
      case 'string': {
        add('type', () => 42, 'type');
        const max = s['x-maxUtf8Bytes'];
        const min = s['x-minUtf8Bytes'];
        if (max !== undefined) add('utf8-bytes', () => wideString(max + 1), 'x-maxUtf8Bytes');
        if (min > 0) add('utf8-bytes', () => wideString(min - 1), 'x-minUtf8Bytes');
        add('nul', () => 'a\u0000b');
        add('lone-surrogate', () => (this.rng.chance(0.5) ? 'a\ud800' : '\udc00b'));
        return;
      }
      case 'integer': {
        add('type', () => '1', 'type');
        if (Array.isArray(s.enum)) add('enum', () => Math.max(...s.enum) + 1, 'enum');
        if (s.maximum !== undefined) add('range', () => s.maximum + 1, 'maximum');
        if (s.minimum !== undefined) add('range', () => s.minimum - 1, 'minimum');
        return;
      }
      case 'number': add('type', () => 'x', 'type'); return;
      case 'boolean': add('type', () => 1, 'type'); return;
      default: // a key whose type the schema leaves open: nothing to break
    }
  }

  private int64Sites(s: SchemaNode, at: string[], add: (cls: MutationClass, make: () => unknown, rule?: string) => void, meta: FunctionMeta): void {
    const signed = s['x-int64'].signed === true;
    add('type', () => '12', 'x-int64');
    add('int64-range', () => (signed ? 2n ** 63n : this.rng.chance(0.5) ? -1n : 2n ** 64n), 'x-int64');
    const mask = s['x-bitmask'];
    if (mask) {
      add('bitmask', () => 1n << 4n, 'x-bitmask'); // bit 4: between the predefined and the app marks
      if (mask.nonZero) add('bitmask', () => 0n, 'x-bitmask');
    }
    // Whatever its policy (a bigint, or a plain number), a 64-bit field takes a safe integer at
    // most, at any depth: the x-int64 rule refuses a number beyond 2^53, which has lost digits,
    // whether it is a parameter or a key inside a JSON parameter.
    const param = at.length === 1 && meta.params.some((p) => p.name === at[0] && CROSSINGS[p.kind].bridge === 'bigint');
    add(param ? 'unsafe-integer' : 'unsafe-integer-nested', () => UNSAFE, 'x-int64');
  }
}

/** The one object a `not` schema describes by required constants ({conv_type: 0}), or undefined. */
function excludedForm(not: SchemaNode | undefined): Input | undefined {
  if (!not || not.type !== 'object' || !Array.isArray(not.required) || not.required.length === 0) return undefined;
  const out: Input = {};
  for (const key of not.required as string[]) {
    const prop = not.properties?.[key];
    if (!prop || !('const' in prop)) return undefined;
    out[key] = prop.const;
  }
  return out;
}

function withProtoKey(o: Input): Input {
  const out = clone(o);
  Object.defineProperty(out, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  return out;
}

/** A copy of `input` with the candidate's change made. */
function apply(input: Input, c: Candidate): Input {
  const out = clone(input);
  let parent: any = out;
  for (const s of c.at.slice(0, -1)) parent = parent[s];
  const last = c.at[c.at.length - 1];
  const value = c.make();
  if (value === DROP) delete parent[last];
  else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  return out;
}
