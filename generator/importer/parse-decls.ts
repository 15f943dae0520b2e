// Function and callback declarations: `TIM_API` (split layout) or `TIM_DECL` (early single-header
// layout) functions and `typedef void (*Name)(...)` callbacks, with the `@ref` hints their doc
// comments give for JSON string parameters.
import { HeaderError, type CCallback, type CFunction, type CParam, type SourceLoc } from './model.ts';
import { findSince, isDeprecated } from './type-spec.ts';

export const FUNCTION_START = /^(TIM_API|TIM_DECL)\s/;
export const CALLBACK_START = /^typedef\s+void\s*\(\s*\*/;

/** A doc comment (`/** ... *\/`) and the line it starts on (0-based). */
export interface DocBlock { text: string; start: number }

export function parseFunction(text: string, loc: SourceLoc, doc: DocBlock | null, at: number, banner: string): CFunction {
  const m = /^(TIM_API|TIM_DECL)\s+([\w\s*]+?)\s*\b(\w+)\s*\(([^)]*)\)\s*;/.exec(text);
  if (!m) throw new HeaderError(loc, `cannot read the function declaration "${text.slice(0, 80)}"`);
  // A doc comment far above belongs to something else (a long example block in between is fine).
  const docText = doc && at - doc.start < 400 ? doc.text : '';
  const title = docText.split('\n').slice(0, 3).join(' ');
  return {
    name: m[3],
    macro: m[1] as CFunction['macro'],
    returnType: normalizeType(m[2]),
    params: parseParams(m[4], loc, docParamRefs(docText)),
    since: findSince(title),
    deprecated: isDeprecated(title) || isDeprecated(banner),
    refs: [...docText.matchAll(/@ref\s+(\w+)/g)].map((r) => r[1]),
    loc,
  };
}

export function parseCallback(text: string, loc: SourceLoc, doc: DocBlock | null): CCallback {
  const m = /^typedef\s+void\s*\(\s*\*\s*(\w+)\s*\)\s*\(([^)]*)\)\s*;/.exec(text);
  if (!m) throw new HeaderError(loc, `cannot read the callback typedef "${text.slice(0, 80)}"`);
  return { name: m[1], params: parseParams(m[2], loc, docParamRefs(doc?.text)), loc };
}

/**
 * Two declarations of one function or callback typedef are fine in C when they agree; a different
 * one is a defect. A callback typedef returns void (CALLBACK_START), so its parameters decide.
 */
export function sameSignature(a: CFunction | CCallback, b: CFunction | CCallback): boolean {
  const sig = (f: CFunction | CCallback) => `${'returnType' in f ? f.returnType : 'void'}(${f.params.map((p) => p.cType).join(',')})`;
  return sig(a) === sig(b);
}

/** Normalized C type: no `enum` keyword, `*` attached to the type (`const char*`). */
export function normalizeType(t: string): string {
  return t.replace(/\benum\s+/, '').replace(/\s*\*\s*/g, '* ').replace(/\s+/g, ' ').trim().replace(/\* ?$/, '*');
}

function parseParams(text: string, loc: SourceLoc, refs: Map<string, string[]>): CParam[] {
  const t = text.trim();
  if (t === '' || t === 'void') return [];
  return t.split(',').map((p) => {
    const m = /^(.*?)(\w+)\s*$/.exec(p.trim());
    if (!m || !m[1].trim()) throw new HeaderError(loc, `cannot read parameter "${p.trim()}"`);
    return { name: m[2], cType: normalizeType(m[1]), refs: refs.get(m[2]) ?? [] };
  });
}

/**
 * Names each `@param` line of a doc comment refers to: `@ref Name` (split layout), `@Name` and
 * `[Name](...)` (early layout). Whether a name is a struct is decided later, against the headers.
 */
function docParamRefs(doc: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!doc) return out;
  for (const m of doc.matchAll(/@param\s+(\w+)([^\n]*)/g)) {
    const names = [...m[2].matchAll(/@ref\s+(\w+)|@([A-Za-z_]\w*)|\[([A-Za-z_]\w*)\]\(/g)].map((r) => r[1] ?? r[2] ?? r[3]);
    out.set(m[1], names);
  }
  return out;
}
