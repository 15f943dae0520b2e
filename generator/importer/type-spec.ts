// Reads the comment that gives a JSON key's value type: "<type>, <access>[(required)], <text>".
// The type grammar covers every published spelling:
//   uint64 | array string | array elem | object @ref Message | uint @ref TIMConvType      (7.x, 8.x)
//   uint [TIMConvType]() | array [ConvInfo]() | uint, [TIMPlatform]() | string 只写, ...   (early)
// A markdown link whose text is a name and whose target is empty or a header is a reference; any
// other link ("int [错误码](https://...)") is prose and skipped.
import { CROSSINGS, VALUE_KINDS } from '../../runtime/crossing.ts';
import type { Access, TypeSpec } from './model.ts';

/** The type words of the crossing table's rows, then the structural ones; longest first for the regexes. */
const VALUE_WORDS = [...new Set(VALUE_KINDS.flatMap((k) => CROSSINGS[k].headerWords as readonly string[]))];
const BASE_WORDS = [...VALUE_WORDS, 'array', 'object', 'value', 'any'].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const BASES = new Set<string>(BASE_WORDS);
const BASE_AT = new RegExp(`^(${BASE_WORDS.join('|')})(?![\\w])`);
/** Comment text (markers stripped) that starts with a value type as the headers write them. */
export const TYPE_TEXT = new RegExp(`^(${BASE_WORDS.filter((w) => w !== 'any').join('|')})(?!\\w)`);

const REF_LINK = /^\[([A-Za-z_]\w*)\]\(([^)\s]*\.h)?\)/;
const ANY_LINK = /^\[[^\]]*\]\([^)]*\)/;
const AT_REF = /^@ref\s*([A-Za-z_]\w*)?/;

/** Reads a type starting at `pos`; returns it and where it ends. Throws on a malformed reference. */
function readType(text: string, pos: number, top: string): { spec: TypeSpec; end: number } {
  const m = BASE_AT.exec(text.slice(pos));
  if (!m) throw new Error(`unknown value type "${text.slice(pos).split(/[\s,，]/)[0]}" in "${top}"`);
  const base = m[1] as TypeSpec['base'];
  let i = pos + m[0].length;
  const spec: TypeSpec = { base, text: '' };
  const setRef = (name: string) => {
    if (spec.ref || spec.items) throw new Error(`a second type after "${text.slice(pos, i).trim()}" in "${top}"`);
    if (base === 'array') spec.items = { base: 'object', ref: name, text: `object @ref ${name}` };
    else spec.ref = name;
  };
  for (;;) {
    const ws = /^\s*/.exec(text.slice(i))![0].length;
    const rest = text.slice(i + ws);
    let hit: RegExpExecArray | null;
    if ((hit = AT_REF.exec(rest))) {
      if (!hit[1]) throw new Error(`"@ref" without a name in "${top}"`);
      setRef(hit[1]);
    } else if ((hit = REF_LINK.exec(rest))) {
      setRef(hit[1]);
    } else if ((hit = ANY_LINK.exec(rest))) {
      // prose link: skip it
    } else if ((hit = /^[,，]\s*(?=\[[A-Za-z_]\w*\]\((?:[^)\s]*\.h)?\))/.exec(rest)) && !spec.ref && !spec.items) {
      // "uint, [TIMPlatform]()": the early headers sometimes put a comma before the reference
    } else if (base === 'array' && !spec.items && (hit = /^elem(?!\w)/.exec(rest))) {
      spec.items = { base: 'object', ref: 'elem', text: 'elem' };
    } else if (base === 'array' && !spec.items && BASE_AT.test(rest)) {
      const inner = readType(text, i + ws, top);
      spec.items = inner.spec;
      i = inner.end;
      continue;
    } else {
      break;
    }
    i += ws + hit[0].length;
  }
  spec.text = canonical(spec);
  return { spec, end: i };
}

/** The type in the 7.x/8.x spelling, so both layouts produce the same `x-type` for the same type. */
function canonical(t: TypeSpec): string {
  if (t.items) return t.items.ref === 'elem' ? 'array elem' : `array ${t.items.ref ? `@ref ${t.items.ref}` : t.items.text}`;
  return t.ref ? `${t.base} @ref ${t.ref}` : t.base;
}

/** Parses a complete type ("array @ref ConvInfo", "uint64", "object [Message]()"); nothing may follow. */
export function parseTypeSpec(text: string): TypeSpec {
  const clean = text.trim();
  const { spec, end } = readType(clean, 0, clean);
  const rest = clean.slice(end).trim();
  if (rest) throw new Error(`unexpected words "${rest}" after the value type in "${clean}"`);
  return spec;
}

export interface KeyFacts {
  type: TypeSpec;
  access: Access | null;
  required: boolean | null;
}

/** Splits a key comment into the type, the access (只读/只写/读写) and the required/optional marker. */
export function parseTypeLine(comment: string): KeyFacts {
  const text = comment.trim();
  const { spec, end } = readType(text, 0, text);
  let rest = text.slice(end).trimStart();
  if (/^[,，]/.test(rest)) rest = rest.slice(1);
  // Without a comma the access must follow at once ("string 只写, ..."); other words are unreadable.
  else if (rest && !/^[\p{Script=Han}(（]/u.test(rest)) throw new Error(`unexpected words "${rest.split(/[,，]/)[0].trim()}" after the value type in "${text}"`);
  const head = rest.trimStart().slice(0, 24);
  let access: Access | null = null;
  if (/读写/.test(head)) access = 'readwrite';
  else if (/只读/.test(head)) access = 'read';
  else if (/只写/.test(head)) access = 'write';
  let required: boolean | null = null;
  if (/必填/.test(head)) required = true;
  else if (/选填/.test(head)) required = false;
  return { type: spec, access, required };
}

export const isBaseType = (word: string) => BASES.has(word);

/** The SDK version a declaration first appeared in, when its comment says so. */
export function findSince(text: string): string | undefined {
  const m = /(\d+\.\d+)\s*(?:版本开始|及以上版本|以上版本|版本及以上|版本起)/.exec(text);
  return m ? m[1] : undefined;
}

/** Whether a comment marks a declaration as deprecated or about to be. */
export function isDeprecated(text: string): boolean {
  return /废弃/.test(text);
}
