// Reads the SDK's C headers into a HeaderSet: enums, callback typedefs, functions and the JSON key
// constants grouped by the struct section they stand in. Both published layouts are read:
//   split (7.x, 8.x): one header per manager, TIM_API functions, struct sections introduced by a
//     `//-----` separator and a numbered title `// 8.3 ConvInfo(...)`;
//   early single-header: TIM_DECL functions in TIMCloud.h, callbacks in TIMCloudCallback.h, keys
//     in TIMCloudDef.h between `// Struct ConvInfo JsonKey` and `// EndStruct`.
// It never skips a declaration it does not understand: a key whose comment it cannot read is kept
// with a `problem`, and anything else unreadable throws a HeaderError with the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commentText, isBanner, isSeparator, type CommentLine } from './comments.ts';
import { HeaderError, type HeaderSet, type JsonKey } from './model.ts';
import { CALLBACK_START, FUNCTION_START, parseCallback, parseFunction, sameSignature, type DocBlock } from './parse-decls.ts';
import { ENUM_START, parseEnum } from './parse-enum.ts';
import { KEY_LINE, readKey } from './parse-keys.ts';
import { isDeprecated } from './type-spec.ts';

/** `// 8.3 ConvInfo(会话信息)` or `// 7.3 CustomElem`: a numbered section title naming a struct. */
const STRUCT_SECTION = /^\/\/+\s*\d+(?:\.\d+)+\s+([A-Za-z_]\w*)\s*(?:[(（].*)?$/;
const ANY_SECTION = /^\/\/+\s*\d+(?:\.\d+)+/;
/** `// Struct ConvInfo JsonKey` ... `// EndStruct` in the early layout. */
const EARLY_STRUCT = /^\/\/\s*Struct\s+([A-Za-z_]\w*)\s+Json(?:Key|Value)\b/;
const EARLY_END = /^\/\/\s*EndStruct\b/;

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
  let doc: DocBlock | null = null;
  /** The block comment that ends on line `at`, in front of the code there. */
  let leading: { at: number; comment: CommentLine[] } | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const loc = { file, line: i + 1 };

    if (isBanner(line)) {
      // A banner is ///// lines around a title line like "//      九. 废弃字段".
      for (let j = i + 1; j < Math.min(i + 4, lines.length); j++) {
        const t = commentText(lines[j]);
        if (t && !/^\/+$/.test(t)) { banner = t; break; }
      }
      struct = null;
      continue;
    }
    if (line.startsWith('/*')) {
      const start = i;
      let body = line;
      while (!body.includes('*/') && i + 1 < lines.length) body += '\n' + lines[++i];
      const close = body.indexOf('*/');
      doc = { text: close < 0 ? body : body.slice(0, close + 2), start };
      // A declaration after the comment on its closing line (`/* note */ TIM_API ...`) is read too,
      // and for a key the comment counts as its own.
      const rest = close < 0 ? '' : body.slice(close + 2).trim();
      if (rest) {
        leading = { at: i, comment: doc.text.split('\n').map((t, k) => ({ text: commentText(t), line: start + k + 1 })).filter((c) => c.text !== '') };
        lines[i] = rest;
        i--;
      }
      continue;
    }
    if (isSeparator(line)) {
      const next = (lines[i + 1] ?? '').trim();
      const m = STRUCT_SECTION.exec(next);
      struct = m ? m[1] : ANY_SECTION.test(next) ? null : struct;
      structDeprecated = isDeprecated(next) || isDeprecated(banner);
      continue;
    }
    const early = EARLY_STRUCT.exec(line);
    if (early) { struct = early[1]; structDeprecated = isDeprecated(banner); continue; }
    if (EARLY_END.test(line)) { struct = null; continue; }
    if (ENUM_START.test(line)) {
      const { en, end } = parseEnum(lines, i, file, enumValues);
      const seen = set.enums.get(en.name);
      if (seen) throw new HeaderError(loc, `enum ${en.name} is declared again (first at ${seen.loc.file}:${seen.loc.line})`);
      set.enums.set(en.name, en);
      i = end;
      doc = null;
      continue;
    }
    if (CALLBACK_START.test(line)) {
      const full = joinUntil(lines, i, ';');
      i = full.end;
      const cb = parseCallback(full.text, loc, doc);
      const seen = set.callbacks.get(cb.name);
      if (seen && !sameSignature(seen, cb)) {
        throw new HeaderError(loc, `callback ${cb.name} is declared again with other parameters (first at ${seen.loc.file}:${seen.loc.line})`);
      }
      if (!seen) set.callbacks.set(cb.name, cb);
      doc = null;
      continue;
    }
    if (FUNCTION_START.test(line)) {
      const full = joinUntil(lines, i, ';');
      i = full.end;
      const fn = parseFunction(full.text, loc, doc, i, banner);
      const seen = set.functions.get(fn.name);
      // C allows a function to be declared twice with the same signature; the first one counts.
      if (seen && !sameSignature(seen, fn)) {
        throw new HeaderError(loc, `function ${fn.name} is declared again with another signature (first at ${seen.loc.file}:${seen.loc.line})`);
      }
      if (!seen) set.functions.set(fn.name, fn);
      doc = null;
      continue;
    }
    const km = KEY_LINE.exec(line);
    if (km) addKey(set, readKey(lines, i, file, km[1], km[2], struct, structDeprecated, leading?.at === i ? leading.comment : []), file);
  }
}

function addKey(set: HeaderSet, key: JsonKey, file: string): void {
  // A key outside any named section is kept under a synthetic name so it is visible, not lost.
  const name = key.struct || `<unsectioned:${file}>`;
  let s = set.structs.get(name);
  if (!s) { s = { name, keys: [], loc: key.loc }; set.structs.set(name, s); }
  s.keys.push(key.struct ? key : { ...key, problem: key.problem ?? 'key stands outside any struct section' });
}

function joinUntil(lines: string[], start: number, end: string): { text: string; end: number } {
  let text = lines[start].trim();
  let i = start;
  while (!text.includes(end) && i + 1 < lines.length) text += ' ' + lines[++i].trim();
  return { text: text.replace(/\s+/g, ' '), end: i };
}
