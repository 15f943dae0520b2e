// The checks of one value against one schema node, as statements of the function being written.
// Each keyword behaves as in Ajv (the validators it replaces, and the reference of the differential
// test): the same issues, with the same instance path, keyword, params and message. The happy path
// is one inline test per keyword; the shared support (support.ts) is called only to report.
//
// A value's place is a Loc: its depth `d` relative to the function's own (`d + n`), the segment
// `s` it sits under when that is not yet in the path (a JS expression: a key or a loop index), and
// `sp`, a JS expression of its node's schema location, evaluated only when an issue is recorded.
import type { ModuleState, Node, Site } from './module-state.ts';
import { predicate, typeTest } from './predicates.ts';

export interface Loc {
  d: number;
  s?: string;
  sp: string;
}

const HANDLED = new Set([
  '$ref', 'type', 'const', 'not', 'x-int64', 'x-bitmask', 'if', 'then', 'maximum', 'minimum',
  'maxItems', 'minItems', 'items', 'maxProperties', 'minProperties', 'x-maxUtf8Bytes', 'x-minUtf8Bytes',
]);
const TYPED: Record<string, string[]> = {
  string: ['x-maxUtf8Bytes', 'x-minUtf8Bytes'],
  number: ['maximum', 'minimum'],
  array: ['maxItems', 'minItems', 'items'],
  object: ['maxProperties', 'minProperties'],
};

export const depth = (n: number): string => (n === 0 ? 'd' : `d + ${n}`);

/** "c, d, s, sp": where an issue about the value at `loc` is recorded. */
export const where = (loc: Loc): string => `c, ${depth(loc.d)}, ${loc.s ?? 'undefined'}, ${loc.sp}`;

/** `sp` extended by a pointer suffix, folded when it is a literal. */
export function under(sp: string, suffix: string): string {
  return /^"[^"\\]*"$/.test(sp) ? `${sp.slice(0, -1)}/${suffix}"` : `${sp} + "/${suffix}"`;
}

/** Puts the value's pending segment into the path; returns the depth of its children. */
function enter(loc: Loc, out: string[]): number {
  if (loc.s === undefined) return loc.d;
  out.push(`c.p[${depth(loc.d)}] = ${loc.s};`);
  return loc.d + 1;
}

function sub(site: Site, suffix: string): Site {
  return { ...site, ptr: `${site.ptr}/${suffix}` };
}

/** `$ref`: an enum is checked inline; anything else is the referenced document's function. */
function reference(state: ModuleState, site: Site, ref: string, v: string, loc: Loc, out: string[]): void {
  const target = state.resolve(ref, site);
  if (state.isEnum(target.doc)) {
    const values = target.node['x-known-values'];
    if (target.node.type !== 'integer' || !Array.isArray(values) || Object.keys(target.node).some((k) => !['type', 'x-known-values', '$schema', '$id'].includes(k))) {
      state.fail(site, `enum ${ref} must be a list of integers`, '/$ref');
    }
    const e = state.enumConstants(target.doc, values);
    // Consecutive values (most enums) are a range test; others a Set lookup.
    const sorted = [...(values as number[])].sort((a, b) => a - b);
    const consecutive = sorted.every((x, i) => x === sorted[0] + i);
    const known = consecutive ? `Number.isInteger(${v}) && ${v} >= ${sorted[0]} && ${v} <= ${sorted[sorted.length - 1]}` : `${e.set}.has(${v})`;
    out.push(`if (!(${known})) en(c, ${depth(loc.d)}, ${loc.s ?? 'undefined'}, ${v}, ${e.set}, ${e.list});`);
    return;
  }
  const fn = state.functionFor(ref, site);
  const d = enter(loc, out);
  out.push(`${fn}(${v}, c, ${depth(d)});`);
}

/** `if: {maxItems: N}, then: {items}` (compiled-schema.ts): items are looked at only when the
 *  array is within its bound, and a failing `then` adds Ajv's `if` issue after its own. */
function boundedItems(state: ModuleState, site: Site, node: Node, v: string, loc: Loc, out: string[]): void {
  const cond = node.if as Node;
  const then = node.then as Node;
  if (Object.keys(cond).join() !== 'maxItems' || Object.keys(then).join() !== 'items') {
    state.fail(site, 'if/then is supported only as an item bound ({if: {maxItems}, then: {items}}) or a union member', '/if');
  }
  const n = site.fn.local('n');
  out.push(`if (${predicate(state, sub(site, 'if'), cond, v)}) {`, `const ${n} = c.n;`);
  check(state, sub(site, 'then'), then, v, { ...loc, sp: under(loc.sp, 'then') }, out);
  out.push(`if (c.n !== ${n}) fi(${where(loc)});`, '}');
}

function items(state: ModuleState, site: Site, node: Node, v: string, loc: Loc, out: string[]): void {
  const d = enter(loc, out);
  const i = site.fn.local('i');
  const w = site.fn.local('w');
  out.push(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`, `const ${w} = ${v}[${i}];`);
  check(state, sub(site, 'items'), node, w, { d, s: i, sp: under(loc.sp, 'items') }, out);
  out.push('}');
}

/** A string's UTF-8 length is counted only when its UTF-16 length cannot settle the bounds. */
function utf8Bounds(node: Node, v: string, loc: Loc, out: string[]): void {
  const max = node['x-maxUtf8Bytes'] as number | undefined;
  const min = node['x-minUtf8Bytes'] as number | undefined;
  if (max === undefined && min === undefined) return;
  const unsure = [max !== undefined ? `${v}.length * 3 > ${max}` : '', min !== undefined ? `${v}.length < ${min}` : ''].filter(Boolean).join(' || ');
  out.push(`if (${unsure}) {`, `const b = utf8Bytes(${v});`);
  if (max !== undefined) out.push(`if (b > ${max}) xb(${where(loc)}, ${max});`);
  if (min !== undefined) out.push(`if (b < ${min}) nb(${where(loc)}, ${min});`);
  out.push('}');
}

/** The keywords of one type, inside that type's test. */
function typed(state: ModuleState, site: Site, type: string, node: Node, v: string, loc: Loc, out: string[]): void {
  const w = where(loc);
  switch (type) {
    case 'string': utf8Bounds(node, v, loc, out); break;
    case 'number':
      if (node.maximum !== undefined) out.push(`if (${v} > ${Number(node.maximum)}) mx(${w}, ${Number(node.maximum)});`);
      if (node.minimum !== undefined) out.push(`if (${v} < ${Number(node.minimum)}) mn(${w}, ${Number(node.minimum)});`);
      break;
    case 'array':
      if (node.maxItems !== undefined) out.push(`if (${v}.length > ${Number(node.maxItems)}) xi(${w}, ${Number(node.maxItems)});`);
      if (node.minItems !== undefined) out.push(`if (${v}.length < ${Number(node.minItems)}) ni(${w}, ${Number(node.minItems)});`);
      if (node.items !== undefined) items(state, site, node.items as Node, v, loc, out);
      break;
    case 'object':
      if (node.maxProperties !== undefined) out.push(`if (Object.keys(${v}).length > ${Number(node.maxProperties)}) xp(${w}, ${Number(node.maxProperties)});`);
      if (node.minProperties !== undefined) out.push(`if (Object.keys(${v}).length < ${Number(node.minProperties)}) np(${w}, ${Number(node.minProperties)});`);
      break;
  }
}

/** `type` with the keywords that apply to it; `integer` and `number` share the number keywords. */
function typeGroups(state: ModuleState, site: Site, node: Node, v: string, loc: Loc, out: string[]): void {
  const type = node.type as string | undefined;
  if (type !== undefined && typeof type !== 'string') state.fail(site, 'the validators emitter supports one type per node', '/type');
  const has = (t: string) => TYPED[t].some((k) => node[k] !== undefined);
  if (type === 'integer') {
    out.push(`if (!Number.isInteger(${v})) ty(${where(loc)}, "integer");`);
  } else if (type !== undefined && !(type in TYPED && has(type))) {
    out.push(`if (!(${typeTest(type, v)})) ty(${where(loc)}, "${type}");`);
  }
  for (const group of Object.keys(TYPED)) {
    if (!has(group)) continue;
    out.push(`if (${typeTest(group, v)}) {`);
    typed(state, site, group, node, v, loc, out);
    out.push(group === type ? `} else ty(${where(loc)}, "${type}");` : '}');
  }
}

/**
 * Appends the checks of `v` against `node`. A node without keywords accepts anything; when the
 * exact conversion runs, such a value is walked by it (nothing else will look at it).
 */
export function check(state: ModuleState, site: Site, node: Node, v: string, loc: Loc, out: string[]): void {
  const keys = Object.keys(node);
  const unknown = keys.find((k) => !HANDLED.has(k));
  if (unknown) state.fail(site, `the validators emitter cannot check keyword "${unknown}" here`, `/${unknown}`);
  if (keys.length === 0) {
    out.push(`if (c.v !== null) c.v.walk(${v});`);
    return;
  }
  const w = where(loc);
  if (typeof node.$ref === 'string') reference(state, site, node.$ref, v, loc, out);
  if ('const' in node) {
    const value = JSON.stringify(node.const);
    if (typeof node.const === 'object' && node.const !== null) state.fail(site, 'const must be a string, number, boolean or null', '/const');
    out.push(`if (${v} !== ${value}) er(${w}, "const", {allowedValue: ${value}}, "must be equal to constant");`);
  }
  if (node.not !== undefined) out.push(`if (${predicate(state, sub(site, 'not'), node.not as Node, v)}) no(${w});`);
  if (node['x-int64'] !== undefined) {
    const signed = (node['x-int64'] as { signed?: boolean }).signed === true;
    out.push(`if (!${signed ? 'isInt64' : 'isUint64'}(${v}, c.s)) ${signed ? 'i64' : 'u64'}(${w});`);
  }
  if (node['x-bitmask'] !== undefined) {
    const { mask, nonZero } = node['x-bitmask'] as { mask: string; nonZero?: boolean };
    const outside = `0x${(~BigInt(mask) & 0xffffffffffffffffn).toString(16)}n`;
    out.push(`if (!bmOk(${v}, ${outside}, ${nonZero === true}, c.s)) bm(${w}, ${v}, ${outside}, ${JSON.stringify(mask)}, ${nonZero === true});`);
  }
  if (node.if !== undefined || node.then !== undefined) boundedItems(state, site, node, v, loc, out);
  typeGroups(state, site, node, v, loc, out);
}
