// Reads the one-line comment that precedes every JSON key constant: "<type>, <access>[(required)], ...".
import type { Access, TypeSpec } from './model.ts';

const BASES = new Set(['string', 'uint', 'uint32', 'uint64', 'int', 'int32', 'int64', 'bool', 'double', 'array', 'object', 'value', 'any']);
/** A comment line that starts with a value type; the first such line above a key describes it. */
export const TYPE_LINE = /^\/\/\s*(string|uint64|uint32|uint|int64|int32|int|bool|double|array|object|value)\b(.*)$/;

/** Parses the type part ("array @ref ConvInfo", "uint64", "int [link](url)") of a key comment. */
export function parseTypeSpec(text: string): TypeSpec {
  const clean = text.replace(/\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const words = clean.split(' ');
  const base = words[0];
  if (!BASES.has(base)) throw new Error(`unknown value type "${base}" in "${text.trim()}"`);
  const spec: TypeSpec = { base: base as TypeSpec['base'], text: clean };
  const rest = words.slice(1);
  if (rest.length === 0) return spec;
  if (rest[0] === '@ref' || rest[0].startsWith('@ref')) {
    const name = rest[0] === '@ref' ? rest[1] : rest[0].slice(4);
    if (!name || !/^\w+$/.test(name)) throw new Error(`"@ref" without a name in "${text.trim()}"`);
    if (base === 'array') spec.items = { base: 'object', ref: name, text: `object @ref ${name}` };
    else spec.ref = name;
    if (rest.length > 2) throw new Error(`unexpected words after the @ref in "${text.trim()}"`);
    return spec;
  }
  if (base === 'array') {
    if (rest[0] === 'elem') {
      spec.items = { base: 'object', ref: 'elem', text: 'elem' };
      return spec;
    }
    spec.items = parseTypeSpec(rest.join(' '));
    return spec;
  }
  throw new Error(`unexpected words "${rest.join(' ')}" after the value type in "${text.trim()}"`);
}

export interface KeyFacts {
  type: TypeSpec;
  access: Access | null;
  required: boolean | null;
}

/** Splits a type line into the type, the access (只读/只写/读写) and the required/optional marker. */
export function parseTypeLine(line: string): KeyFacts {
  const m = TYPE_LINE.exec(line);
  if (!m) throw new Error('not a type line');
  const body = (m[1] + m[2]).trim();
  // The type ends at the first comma, ASCII or full-width, that is not inside a markdown link.
  const noLinks = body.replace(/\[[^\]]*\]\([^)]*\)/g, (s) => ' '.repeat(s.length));
  const cut = noLinks.search(/[,，]/);
  const typeText = cut < 0 ? body : body.slice(0, cut);
  const rest = cut < 0 ? '' : body.slice(cut + 1);
  const accessHead = rest.slice(0, 24);
  let access: Access | null = null;
  if (/读写/.test(accessHead)) access = 'readwrite';
  else if (/只读/.test(accessHead)) access = 'read';
  else if (/只写/.test(accessHead)) access = 'write';
  let required: boolean | null = null;
  if (/必填/.test(accessHead)) required = true;
  else if (/选填/.test(accessHead)) required = false;
  return { type: parseTypeSpec(typeText), access, required };
}

/** The SDK version a declaration first appeared in, when its comment says so. */
export function findSince(text: string): string | undefined {
  const m = /(\d+\.\d+)\s*(?:版本开始|及以上版本|以上版本|版本及以上|版本起)/.exec(text);
  return m ? m[1] : undefined;
}

/** Whether a comment marks a declaration as deprecated or about to be. */
export function isDeprecated(text: string): boolean {
  return /废弃/.test(text);
}
