// Enum declarations: `enum Name {` up to `};`, members with optional values, comments anywhere.
import { evalEnumExpr } from './enum-expr.ts';
import { HeaderError, type CEnum } from './model.ts';

export const ENUM_START = /^enum\s+(\w+)\s*\{(.*)$/;

/**
 * Parses the enum that starts on line `start`; returns it and the index of its closing line.
 * `values` holds every member seen so far (C enum members are global, later values may use them).
 */
export function parseEnum(lines: string[], start: number, file: string, values: Map<string, number>): { en: CEnum; end: number } {
  const head = ENUM_START.exec(lines[start].trim())!;
  const en: CEnum = { name: head[1], members: [], loc: { file, line: start + 1 } };
  let next = 0n;
  let i = start;
  let body = head[2];
  for (;;) {
    const code = body.replace(/\/\*.*?\*\//g, '').replace(/\/\/.*$/, '');
    if (code.includes('/*')) throw new HeaderError({ file, line: i + 1 }, `a block comment that spans lines inside enum ${en.name}`);
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
  return { en, end: i };
}
