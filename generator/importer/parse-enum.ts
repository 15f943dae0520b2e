// Enum declarations: `enum Name {` up to `};`, or `typedef enum [Tag] {` up to `} Name;`, with the
// opening brace on the same line or a later one, members with optional values, comments anywhere.
import { evalEnumExpr } from './enum-expr.ts';
import { HeaderError, type CEnum } from './model.ts';

/** A line that starts an enum declaration (read by parseEnum, which fails on what it cannot read). */
export const ENUM_START = /^(?:typedef\s+)?enum\b/;
const HEAD = /^(typedef\s+)?enum(?:\s+([A-Za-z_]\w*))?\s*(\{.*)?$/;

const withoutComments = (text: string) => text.replace(/\/\*.*?\*\//g, '').replace(/\/\/.*$/, '');

/**
 * Parses the enum that starts on line `start`; returns it and the index of its closing line.
 * `values` holds every member seen so far (C enum members are global, later values may use them).
 */
export function parseEnum(lines: string[], start: number, file: string, values: Map<string, number>): { en: CEnum; end: number } {
  const at = (i: number) => ({ file, line: i + 1 });
  const head = HEAD.exec(withoutComments(lines[start].trim()).trim());
  if (!head) throw new HeaderError(at(start), `cannot read the enum declaration "${lines[start].trim().slice(0, 80)}"`);
  const typedef = head[1] !== undefined;
  const en: CEnum = { name: head[2] ?? '(unnamed)', members: [], loc: at(start) };
  let i = start;
  let body = head[3];
  // The opening brace on a later line: only blank and comment lines may come before it.
  while (body === undefined) {
    i++;
    if (i >= lines.length) throw new HeaderError(at(start), `enum ${en.name} has no body`);
    const t = withoutComments(lines[i].trim()).trim();
    if (t === '') continue;
    if (!t.startsWith('{')) throw new HeaderError(at(i), `expected the "{" of enum ${en.name}, found "${t.slice(0, 40)}"`);
    body = t;
  }
  body = body.slice(1);
  let next = 0n;
  for (;;) {
    const code = withoutComments(body);
    if (code.includes('/*')) throw new HeaderError(at(i), `a block comment that spans lines inside enum ${en.name}`);
    const closed = code.includes('}');
    for (const part of code.split('}')[0].split(',')) {
      const p = part.trim();
      if (!p) continue;
      const loc = at(i);
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
    if (closed) {
      // `typedef enum [Tag] { ... } Name;` is known by the name after the brace.
      const after = code.slice(code.indexOf('}') + 1).trim();
      if (typedef) {
        const name = /^([A-Za-z_]\w*)\s*;/.exec(after)?.[1];
        if (!name) throw new HeaderError(at(i), `cannot read the type name after the body of typedef enum ${en.name} ("}${after}")`);
        en.name = name;
      } else if (head[2] === undefined) {
        throw new HeaderError(at(start), 'an enum without a name');
      }
      break;
    }
    i++;
    if (i >= lines.length) throw new HeaderError(at(start), `enum ${en.name} is never closed`);
    body = lines[i].trim();
  }
  return { en, end: i };
}
