// Valid values for a schema node, drawn from a seeded Rng: every value the generated validators
// accept by construction, with bounds (byte lengths, item counts, ranges, mark bits) hit often.
// 64-bit fields with the "exact" policy become bigint, as the typed API declares them.
import type { Rng } from './rng.ts';
import type { SchemaNode, SchemaSet } from './schema-set.ts';
import { validString } from './strings.ts';

const U64_MAX = 2n ** 64n - 1n;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const SAFE = Number.MAX_SAFE_INTEGER;

/** Below this depth optional keys are left out, so recursive structs (messages in messages) end. */
const OPTIONAL_DEPTH = 3;

export class ValueGen {
  constructor(private readonly schemas: SchemaSet, private readonly rng: Rng) {}

  value(node: SchemaNode, depth = 0): unknown {
    const s = this.schemas.resolve(node);
    const { rng } = this;
    if ('const' in s) return s.const;
    if (s['x-kind'] === 'union') return this.union(s, depth);
    if (Array.isArray(s.enum)) return rng.pick(s.enum);
    if (s['x-int64']) return this.int64(s);
    switch (s.type) {
      case 'boolean': return rng.chance(0.5);
      case 'integer': return this.integer(s.minimum ?? -(2 ** 31), s.maximum ?? 2 ** 31 - 1);
      case 'number': return rng.chance(0.5) ? rng.int(-1000, 1000) : Math.round((rng.next() - 0.5) * 360 * 1e6) / 1e6;
      case 'string': return validString(rng, s['x-minUtf8Bytes'] ?? 0, s['x-maxUtf8Bytes']);
      case 'array': return this.array(s, depth);
      case 'object': return this.object(s, depth);
      case undefined: return this.anything();
      default: throw new Error(`timconv contract kit: cannot generate type ${s.type}`);
    }
  }

  /** An integer in [min, max]: a bound one time in five. */
  private integer(min: number, max: number): number {
    const r = this.rng.next();
    if (r < 0.1) return min;
    if (r < 0.2) return max;
    return this.rng.int(min, Math.min(max, min + (r < 0.6 ? 1000 : SAFE)));
  }

  private int64(s: SchemaNode): bigint | number {
    const { rng } = this;
    const signed = s['x-int64'].signed === true;
    const mask = s['x-bitmask'];
    if (mask) {
      let v = rng.bigint(0n, U64_MAX) & BigInt(mask.mask);
      if (rng.chance(0.3)) v &= 0xfn; // the predefined marks alone
      if (v === 0n && mask.nonZero) v = 1n;
      return v;
    }
    if (s['x-int64'].policy !== 'exact') {
      // A "number" field: a safe integer, as the typed API declares it.
      return rng.chance(0.2) ? (signed && rng.chance(0.5) ? -SAFE : SAFE) : rng.int(signed ? -1e12 : 0, 1e12);
    }
    const [min, max] = signed ? [I64_MIN, I64_MAX] : [0n, U64_MAX];
    const r = rng.next();
    if (r < 0.1) return min;
    if (r < 0.2) return max;
    if (r < 0.4) return rng.bigint(0n, 1000n);
    if (r < 0.6) return 2n ** 53n + rng.bigint(-2n, 2n); // where doubles stop being exact
    return rng.bigint(min, max);
  }

  private array(s: SchemaNode, depth: number): unknown[] {
    const min = s.minItems ?? 0;
    const max = s.maxItems ?? Math.max(min, depth >= OPTIONAL_DEPTH ? min : 4);
    const r = this.rng.next();
    const n = r < 0.1 ? max : r < 0.2 ? min : this.rng.int(min, Math.min(max, min + 4));
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(this.value(s.items ?? {}, depth + 1));
    return out;
  }

  private object(s: SchemaNode, depth: number): Record<string, unknown> {
    const required = new Set<string>(s.required ?? []);
    const out: Record<string, unknown> = {};
    const pOptional = depth >= OPTIONAL_DEPTH ? 0 : depth === 0 ? 0.6 : 0.3;
    const entries = Object.entries<SchemaNode>(s.properties ?? {});
    for (const [key, prop] of entries) {
      if (required.has(key) || this.rng.chance(pOptional)) out[key] = this.value(prop, depth + 1);
    }
    // minProperties and `not` (a filter must select something): add optional keys until both hold.
    const unset = entries.filter(([key]) => !(key in out));
    while ((Object.keys(out).length < (s.minProperties ?? 0) || (s.not && matchesObjectShape(s.not, out))) && unset.length) {
      const [key, prop] = unset.splice(this.rng.int(0, unset.length - 1), 1)[0];
      out[key] = this.value(prop, depth + 1);
    }
    return out;
  }

  private union(s: SchemaNode, depth: number): Record<string, unknown> {
    const member = this.rng.pick(this.schemas.unionMembers(s));
    const out = this.object(member.schema, depth);
    out[member.key] = member.value;
    return out;
  }

  /** A value for a key whose schema says nothing (the SDK leaves its type open). */
  private anything(): unknown {
    return this.rng.pick([0, 1, 'x', true, null]);
  }
}

/** Whether an object matches the object keywords a `not` in our schemas uses (type, required,
 *  min/maxProperties, properties holding a const). */
export function matchesObjectShape(shape: SchemaNode, value: Record<string, unknown>): boolean {
  const n = Object.keys(value).length;
  if (shape.minProperties !== undefined && n < shape.minProperties) return false;
  if (shape.maxProperties !== undefined && n > shape.maxProperties) return false;
  if ((shape.required ?? []).some((k: string) => !(k in value))) return false;
  for (const [k, p] of Object.entries<SchemaNode>(shape.properties ?? {})) {
    if (k in value && 'const' in p && value[k] !== p.const) return false;
  }
  return true;
}
