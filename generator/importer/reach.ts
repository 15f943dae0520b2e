// Finds the declarations the conversation API reaches: its functions, their callbacks, and every
// struct, union and enum those name, following `@ref` across headers and the overlay's type fixes.
import { HeaderError, type CCallback, type CEnum, type CFunction, type CStruct, type HeaderSet, type JsonKey, type SourceLoc, type TypeSpec } from './model.ts';
import type { Overlay, OverlayField, OverlayUnion } from './overlay.ts';
import { parseTypeSpec } from './type-spec.ts';

export const CONVERSATION_HEADER = 'TIMConversationManager.h';
export const COMM_CALLBACK = 'TIMCommCallback';

export interface Reached {
  functions: CFunction[];
  callbacks: CCallback[];
  structs: CStruct[];
  unions: { name: string; def: OverlayUnion }[];
  enums: CEnum[];
}

/** The type a JSON key has after the overlay's fixes; throws where neither gives one. */
export function effectiveKeyType(key: JsonKey, fix: OverlayField | undefined): TypeSpec {
  if (fix?.type) return parseOverlayType(fix.type, key.loc, `${key.struct}.${key.key}`);
  if (key.problem || !key.type) {
    throw new HeaderError(key.loc, `${key.struct}.${key.key}: ${key.problem ?? 'no value type'}; give its type in schema/overlay/structs.json`);
  }
  if (key.type.base === 'array' && !key.type.items) {
    throw new HeaderError(key.loc, `${key.struct}.${key.key}: the header says "array" without an element type; give it in schema/overlay/structs.json`);
  }
  if (key.type.items?.ref === 'elem') {
    throw new HeaderError(key.loc, `${key.struct}.${key.key}: untyped element array; give its type (a union) in schema/overlay/structs.json`);
  }
  return key.type;
}

export function parseOverlayType(text: string, loc: SourceLoc, what: string): TypeSpec {
  try {
    return parseTypeSpec(text);
  } catch (err) {
    throw new HeaderError(loc, `${what}: overlay type "${text}": ${(err as Error).message}`);
  }
}

/** The JSON type of a `const char*` parameter, or null when it is a plain string. */
export function jsonParamType(fnName: string, p: { name: string; cType: string; refs: string[] }, fix: OverlayField | undefined, set: HeaderSet, loc: SourceLoc): TypeSpec | null {
  if (p.cType !== 'const char*') return null;
  if (fix?.type) return parseOverlayType(fix.type, loc, `${fnName}(${p.name})`);
  const struct = p.refs.find((r) => set.structs.has(r));
  return struct ? { base: 'object', ref: struct, text: `object @ref ${struct}` } : null;
}

export function reach(set: HeaderSet, overlay: Overlay): Reached {
  const fns = [...set.functions.values()].filter((f) => f.loc.file === CONVERSATION_HEADER);
  const seen = new Set<string>();
  const out: Reached = { functions: fns, callbacks: [], structs: [], unions: [], enums: [] };
  const queue: { name: string; loc: SourceLoc; from: string }[] = [];
  const want = (name: string, loc: SourceLoc, from: string) => { if (!seen.has(name)) { seen.add(name); queue.push({ name, loc, from }); } };
  const wantType = (t: TypeSpec | null, loc: SourceLoc, from: string) => {
    if (!t) return;
    if (t.ref) want(t.ref, loc, from);
    if (t.items) wantType(t.items, loc, from);
  };
  const wantParams = (owner: string, params: CFunction['params'], fixes: Record<string, OverlayField> | undefined, loc: SourceLoc) => {
    for (const p of params) {
      if (set.callbacks.has(p.cType) || set.enums.has(p.cType)) want(p.cType, loc, `${owner}(${p.name})`);
      wantType(jsonParamType(owner, p, fixes?.[p.name], set, loc), loc, `${owner}(${p.name})`);
      if (fixes?.[p.name]?.enum) want(fixes[p.name].enum!, loc, `${owner}(${p.name})`);
    }
  };

  for (const fn of fns) {
    const ov = overlay.functions[fn.name];
    wantParams(fn.name, fn.params, ov?.params, fn.loc);
    if (ov?.result) wantType(parseOverlayType(ov.result, fn.loc, `${fn.name} result`), fn.loc, `${fn.name} result`);
  }
  for (const r of overlay.roots) want(r, { file: 'schema/overlay/roots.json', line: 1 }, 'overlay roots');
  want(overlay.errors.enum, { file: 'schema/overlay/errors.json', line: 1 }, 'overlay errors');

  while (queue.length) {
    const { name, loc, from } = queue.shift()!;
    const cb = set.callbacks.get(name);
    if (cb) { out.callbacks.push(cb); wantParams(name, cb.params, overlay.callbacks[name]?.params, cb.loc); continue; }
    const en = set.enums.get(name);
    if (en) { out.enums.push(en); continue; }
    const un = overlay.unions[name];
    if (un) {
      out.unions.push({ name, def: un });
      want(un.base, loc, `union ${name}`);
      for (const s of Object.values(un.members)) want(s, loc, `union ${name}`);
      continue;
    }
    const st = set.structs.get(name);
    if (st) {
      out.structs.push(st);
      const fixes = overlay.structs[name]?.keys;
      for (const k of st.keys) {
        wantType(effectiveKeyType(k, fixes?.[k.key]), k.loc, `${name}.${k.key}`);
        if (fixes?.[k.key]?.enum) want(fixes[k.key].enum!, k.loc, `${name}.${k.key}`);
      }
      continue;
    }
    throw new HeaderError(loc, `${from} refers to "${name}", which no header declares as a struct, enum or callback and the overlay does not define`);
  }
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  out.callbacks.sort(byName); out.enums.sort(byName); out.structs.sort(byName); out.unions.sort(byName);
  return out;
}
