// Finds the declarations the conversation API reaches. The API is recognised by what its functions
// are, in whichever header they stand: every `TIMConv*` function and every `TIMSetConv*Callback`
// setter. From there it follows parameters, callbacks, `@ref` links across headers and the
// overlay's type fixes to every struct, union and enum. A name nobody declares is a defect of the
// headers: it is reported and the value is typed loosely instead of stopping the import.
import { HeaderError, type CCallback, type CEnum, type CFunction, type CStruct, type HeaderSet, type JsonKey, type SourceLoc, type TypeSpec } from './model.ts';
import type { Overlay, OverlayField, OverlayUnion } from './overlay.ts';
import { parseTypeSpec } from './type-spec.ts';
import { byKey } from '../order.ts';

/** Whether a function belongs to the conversation API. */
export const isConversationFunction = (name: string) => /^TIMConv[A-Z]\w*$/.test(name) || /^TIMSetConv\w*Callback$/.test(name);

export type Warn = (loc: SourceLoc, message: string) => void;

export interface Reached {
  functions: CFunction[];
  callbacks: CCallback[];
  structs: CStruct[];
  /** `def` as checked against the headers; `overlayBase` is the base the overlay names (for its key fixes). */
  unions: { name: string; def: OverlayUnion; overlayBase: string }[];
  enums: CEnum[];
  /** Referenced names that no header declares (their values get a loose type). */
  dangling: Set<string>;
}

/**
 * The type a JSON key has after the overlay's fixes. A comment that cannot be read fails with its
 * file and line; a type the header leaves out (no type comment, `array` or `array elem` without an
 * element type) is a gap of the headers: it is reported and the value accepted as it comes.
 */
export function effectiveKeyType(key: JsonKey, fix: OverlayField | undefined, warn: Warn): TypeSpec {
  const what = `${key.struct}.${key.key}`;
  if (fix?.type) return parseOverlayType(fix.type, key.loc, what);
  if (key.problem) throw new HeaderError(key.loc, `${what}: ${key.problem}; fix the comment or give the type in schema/overlay/structs.json`);
  const any: TypeSpec = { base: 'any', text: 'any' };
  const hint = 'it is kept with a loose type; give its type in schema/overlay/structs.json';
  if (!key.type) {
    warn(key.loc, `${what}: the header gives no value type; ${hint}`);
    return any;
  }
  if (key.type.base === 'array' && (!key.type.items || key.type.items.ref === 'elem')) {
    warn(key.loc, `${what}: the header says "${key.type.text}" without an element type; ${hint}`);
    return { base: 'array', items: any, text: 'array any' };
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

export function reach(set: HeaderSet, overlay: Overlay, warn: Warn = () => {}): Reached {
  const fns = [...set.functions.values()].filter((f) => isConversationFunction(f.name));
  const seen = new Set<string>();
  const out: Reached = { functions: fns, callbacks: [], structs: [], unions: [], enums: [], dangling: new Set() };
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

  /** Follows a struct's keys (with the overlay's fixes, described under `overlayName`). */
  const wantKeys = (st: CStruct, overlayName: string) => {
    const fixes = overlay.structs[overlayName]?.keys;
    for (const k of st.keys) {
      wantType(effectiveKeyType(k, fixes?.[k.key], warn), k.loc, `${st.name}.${k.key}`);
      if (fixes?.[k.key]?.enum) want(fixes[k.key].enum!, k.loc, `${st.name}.${k.key}`);
      if (k.note) warn(k.loc, `${st.name}.${k.key}: ${k.note}`);
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
      const def = resolveUnion(name, un, set, warn);
      out.unions.push({ name, def, overlayBase: un.base });
      // A base named like the union itself is not a schema of its own; follow its keys from here,
      // with the fixes the overlay gives under the base's name.
      if (def.base !== name) want(def.base, loc, `union ${name}`);
      else wantKeys(set.structs.get(name)!, un.base);
      for (const s of Object.values(def.members)) want(s, loc, `union ${name}`);
      continue;
    }
    const st = set.structs.get(name);
    if (st) {
      out.structs.push(st);
      wantKeys(st, name);
      continue;
    }
    warn(loc, `${from} refers to "${name}", which no header declares as a struct, enum or callback; the value is kept with a loose type`);
    out.dangling.add(name);
  }
  const byName = byKey((x: { name: string }) => x.name);
  out.callbacks.sort(byName); out.enums.sort(byName); out.structs.sort(byName); out.unions.sort(byName);
  return out;
}

/**
 * The overlay's union definition checked against the headers. The struct holding the discriminator
 * has changed names across releases (`Elem` early, `ElemType` later): when the named base is not
 * declared, the struct that declares the discriminator key (and is no member) is used. Members whose
 * struct or enum value the headers lack are left out with a warning.
 */
function resolveUnion(name: string, def: OverlayUnion, set: HeaderSet, warn: Warn): OverlayUnion {
  const where = { file: 'schema/overlay/unions.json', line: 1 };
  let base = def.base;
  if (!set.structs.has(base)) {
    const memberStructs = new Set(Object.values(def.members));
    const holder = [...set.structs.values()].find((s) => !memberStructs.has(s.name) && s.keys.some((k) => k.key === def.discriminator));
    if (!holder) throw new HeaderError(where, `union ${name}: no header declares its base ${def.base} or another struct with the key "${def.discriminator}"`);
    warn(holder.loc, `union ${name}: base ${def.base} is not declared; ${holder.name} holds "${def.discriminator}" and is used instead`);
    base = holder.name;
  }
  const disc = set.structs.get(base)!.keys.find((k) => k.key === def.discriminator);
  const en = disc?.type?.ref ? set.enums.get(disc.type.ref) : undefined;
  if (!en) throw new HeaderError(set.structs.get(base)!.loc, `union ${name}: base ${base} has no enum-typed key "${def.discriminator}"`);
  const members: Record<string, string> = {};
  for (const [member, struct] of Object.entries(def.members)) {
    if (!en.members.some((m) => m.name === member)) warn(en.loc, `union ${name}: ${en.name} has no member ${member}; ${struct} is left out of the union`);
    else if (!set.structs.has(struct)) warn(where, `union ${name}: no header declares ${struct} (for ${member}); it is left out of the union`);
    else members[member] = struct;
  }
  return { ...def, base, members };
}
