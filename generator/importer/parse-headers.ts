// Reads the SDK's C headers into a HeaderSet: enums, callback typedefs, TIM_API functions and the
// JSON key constants grouped by the struct section they stand in. It never skips a declaration it
// does not understand: a key whose comment it cannot read is kept with a `problem`, and anything
// else unreadable throws a HeaderError with the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalEnumExpr } from './enum-expr.ts';
import {
  HeaderError, type CCallback, type CEnum, type CFunction, type CParam, type CStruct, type HeaderSet, type JsonKey,
} from './model.ts';
import { TYPE_LINE, findSince, isDeprecated, parseTypeLine } from './type-spec.ts';

const KEY_LINE = /^static\s+const\s+char\s*\*\s*(\w+)\s*=\s*"([^"]*)"\s*;/;
const STRUCT_SECTION = /^\/\/\s*\d+(?:\.\d+)+\s+([A-Za-z_]\w*)\s*[(（]/;
const ANY_SECTION = /^\/\/\s*\d+(?:\.\d+)+\s+/;
const SEPARATOR = /^\/\/-{10,}\s*$/;
const BANNER = /^\/{10,}\s*$/;

export function parseHeaderDir(dir: string): HeaderSet {
  const files = readdirSync(dir).filter((f) => f.endsWith('.h')).sort();
  const set: HeaderSet = { dir, files, functions: new Map(), callbacks: new Map(), enums: new Map(), structs: new Map() };
  // Enum member names are global in C: later enums may use earlier members in their values.
  const enumValues = new Map<string, number>();
  for (const file of files) parseHeaderText(file, readFileSync(join(dir, file), 'utf8'), set, enumValues);
  return set;
}

export function parseHeaderText(file: string, text: string, set: HeaderSet, enumValues = new Map<string, number>()): void {
  const lines = text.split(/\r?\n/);
  let banner = '';          // title of the current major section ("九. 废弃字段")
  let struct: string | null = null;
  let structDeprecated = false;
  let doc: { text: string; start: number } | null = null;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    const loc = { file, line: i + 1 };

    if (BANNER.test(line)) {
      // A banner is ///// lines around a title line like "//      九. 废弃字段".
      for (let j = i + 1; j < Math.min(i + 4, lines.length); j++) {
        const t = lines[j].trim().replace(/^\/\/\s*/, '');
        if (t && !/^\/+$/.test(t)) { banner = t; break; }
      }
      struct = null;
      continue;
    }
    if (line.startsWith('/**')) {
      const start = i;
      let body = line;
      while (!body.includes('*/') && i + 1 < lines.length) body += '\n' + lines[++i];
      doc = { text: body, start };
      continue;
    }
    if (SEPARATOR.test(line)) {
      const next = (lines[i + 1] ?? '').trim();
      const m = STRUCT_SECTION.exec(next);
      struct = m ? m[1] : ANY_SECTION.test(next) ? null : struct;
      structDeprecated = isDeprecated(next) || isDeprecated(banner);
      continue;
    }
    if (/^enum\s+\w+\s*\{/.test(line)) {
      i = parseEnum(lines, i, file, set, enumValues);
      doc = null;
      continue;
    }
    if (line.startsWith('typedef') && line.includes('(*')) {
      const full = joinUntil(lines, i, ';');
      i = full.end;
      const m = /^typedef\s+void\s*\(\s*\*\s*(\w+)\s*\)\s*\(([^)]*)\)\s*;/.exec(full.text);
      if (!m) throw new HeaderError(loc, `cannot read the callback typedef "${full.text.slice(0, 80)}"`);
      const cb: CCallback = { name: m[1], params: parseParams(m[2], loc, docParamRefs(doc?.text)), loc };
      set.callbacks.set(cb.name, cb);
      doc = null;
      continue;
    }
    if (line.startsWith('TIM_API')) {
      const full = joinUntil(lines, i, ';');
      i = full.end;
      const m = /^TIM_API\s+([\w\s*]+?)\s*\b(\w+)\s*\(([^)]*)\)\s*;/.exec(full.text);
      if (!m) throw new HeaderError(loc, `cannot read the function declaration "${full.text.slice(0, 80)}"`);
      const docText = doc && i - doc.start < 400 ? doc.text : '';
      const title = docText.split('\n').slice(1, 3).join(' ');
      const fn: CFunction = {
        name: m[2],
        returnType: normalizeType(m[1]),
        params: parseParams(m[3], loc, docParamRefs(docText)),
        since: findSince(title),
        deprecated: isDeprecated(title) || isDeprecated(banner),
        refs: [...docText.matchAll(/@ref\s+(\w+)/g)].map((r) => r[1]),
        loc,
      };
      set.functions.set(fn.name, fn);
      doc = null;
      continue;
    }
    const km = KEY_LINE.exec(line);
    if (km) {
      set.structs.get(struct ?? '') ?? null;
      const key = readKey(lines, i, file, km[1], km[2], struct, structDeprecated);
      if (struct) {
        let s = set.structs.get(struct);
        if (!s) { s = { name: struct, keys: [], loc }; set.structs.set(struct, s); }
        s.keys.push(key);
      } else {
        // A key outside any named section: keep it under a synthetic name so it is visible, not lost.
        const name = `<unsectioned:${file}>`;
        let s = set.structs.get(name);
        if (!s) { s = { name, keys: [], loc }; set.structs.set(name, s); }
        s.keys.push({ ...key, problem: key.problem ?? 'key stands outside any struct section' });
      }
    }
  }
}

function readKey(lines: string[], at: number, file: string, constName: string, key: string, struct: string | null, structDeprecated: boolean): JsonKey {
  // The comment block right above the key, top-down, stopping at code, blank lines and separators.
  const block: { text: string; line: number }[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const t = lines[j].trim();
    if (!t.startsWith('//') || SEPARATOR.test(t)) break;
    block.unshift({ text: t, line: j + 1 });
  }
  const loc = { file, line: at + 1 };
  const base: JsonKey = {
    constName, key, struct: struct ?? '', type: null, access: null, required: null, deprecated: structDeprecated, loc,
  };
  const typeLine = block.find((b) => TYPE_LINE.test(b.text));
  if (!typeLine) return { ...base, problem: 'no comment line above the key gives its value type' };
  const allText = block.map((b) => b.text).join('\n');
  try {
    const facts = parseTypeLine(typeLine.text);
    return {
      ...base, ...facts,
      since: findSince(allText),
      deprecated: structDeprecated || isDeprecated(typeLine.text),
      problem: facts.access ? undefined : 'the comment above the key does not say read-only, write-only or read-write',
    };
  } catch (err) {
    return { ...base, loc: { file, line: typeLine.line }, problem: (err as Error).message };
  }
}

function parseEnum(lines: string[], start: number, file: string, set: HeaderSet, values: Map<string, number>): number {
  const head = /^enum\s+(\w+)\s*\{(.*)$/.exec(lines[start].trim())!;
  const en: CEnum = { name: head[1], members: [], loc: { file, line: start + 1 } };
  let next = 0n;
  let i = start;
  let body = head[2];
  for (;;) {
    const code = body.replace(/\/\/.*$/, '');
    const closed = code.includes('}');
    for (const part of code.split('}')[0].split(',')) {
      const p = part.trim();
      if (!p) continue;
      const loc = { file, line: i + 1 };
      const m = /^([A-Za-z_]\w*)\s*(?:=\s*(.+))?$/.exec(p);
      if (!m) throw new HeaderError(loc, `cannot read enum member "${p}" of ${en.name}`);
      let v: bigint;
      try {
        v = m[2] !== undefined ? evalEnumExpr(m[2], values) : next;
      } catch (err) {
        throw new HeaderError(loc, (err as Error).message);
      }
      if (v > 0xffffffffn || v < -0x80000000n) throw new HeaderError(loc, `enum member ${m[1]} = ${v} does not fit 32 bits`);
      const num = Number(v);
      en.members.push({ name: m[1], value: num, expr: (m[2] ?? String(v)).trim(), loc });
      values.set(m[1], num);
      next = v + 1n;
    }
    if (closed) break;
    i++;
    if (i >= lines.length) throw new HeaderError({ file, line: start + 1 }, `enum ${en.name} is never closed`);
    body = lines[i].trim();
  }
  set.enums.set(en.name, en);
  return i;
}

function joinUntil(lines: string[], start: number, end: string): { text: string; end: number } {
  let text = lines[start].trim();
  let i = start;
  while (!text.includes(end) && i + 1 < lines.length) text += ' ' + lines[++i].trim();
  return { text: text.replace(/\s+/g, ' '), end: i };
}

export function normalizeType(t: string): string {
  return t.replace(/\benum\s+/, '').replace(/\s*\*\s*/g, '* ').replace(/\s+/g, ' ').trim().replace(/\* ?$/, '*');
}

function parseParams(text: string, loc: { file: string; line: number }, refs: Map<string, string[]>): CParam[] {
  const t = text.trim();
  if (t === '' || t === 'void') return [];
  return t.split(',').map((p) => {
    const m = /^(.*?)(\w+)\s*$/.exec(p.trim());
    if (!m || !m[1].trim()) throw new HeaderError(loc, `cannot read parameter "${p.trim()}"`);
    return { name: m[2], cType: normalizeType(m[1]), refs: refs.get(m[2]) ?? [] };
  });
}

function docParamRefs(doc: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!doc) return out;
  for (const m of doc.matchAll(/@param\s+(\w+)([^\n]*)/g)) {
    out.set(m[1], [...m[2].matchAll(/@ref\s+(\w+)/g)].map((r) => r[1]));
  }
  return out;
}
