// A deliberately small reader of the SDK's C headers, independent of the importer and the IR: the
// `TIM_API` function declarations, the `typedef void (*Name)(...)` callback types and the enum names.
// Tests compare the generated C# against what it finds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CParam { type: string; name: string }
export interface CFunction { name: string; returns: string; params: CParam[]; header: string }

export interface CHeaders {
  functions: Map<string, CFunction>;
  callbacks: Map<string, { name: string; params: CParam[]; header: string }>;
  enums: Set<string>;
}

/** Drops comments so commented-out declarations are not read. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

/** "const char *x" -> { type: "const char*", name: "x" }; "enum TIMConvType t" -> type "TIMConvType". */
export function parseParams(list: string): CParam[] {
  const trimmed = list.replace(/\s+/g, ' ').trim();
  if (trimmed === '' || trimmed === 'void') return [];
  return trimmed.split(',').map((raw) => {
    const m = /^(.*?)\s*\b(\w+)$/.exec(raw.trim());
    if (!m) throw new Error(`cannot read parameter "${raw}"`);
    const type = m[1].replace(/\s*\*\s*/g, '*').replace(/^enum\s+/, '').trim();
    return { type, name: m[2] };
  });
}

export function readHeaders(dir: string): CHeaders {
  const functions = new Map<string, CFunction>();
  const callbacks = new Map<string, { name: string; params: CParam[]; header: string }>();
  const enums = new Set<string>();
  for (const header of readdirSync(dir).filter((f) => f.endsWith('.h')).sort()) {
    const text = stripComments(readFileSync(join(dir, header), 'utf8'));
    for (const m of text.matchAll(/\bTIM_API\s+([\w\s*]+?)\s*\b(\w+)\s*\(([^)]*)\)\s*;/g)) {
      const returns = m[1].replace(/\s*\*\s*/g, '*').replace(/^enum\s+/, '').trim();
      functions.set(m[2], { name: m[2], returns, params: parseParams(m[3]), header });
    }
    for (const m of text.matchAll(/typedef\s+void\s*\(\s*\*\s*(\w+)\s*\)\s*\(([^)]*)\)\s*;/g)) {
      callbacks.set(m[1], { name: m[1], params: parseParams(m[2]), header });
    }
    for (const m of text.matchAll(/\benum\s+(\w+)\s*\{/g)) enums.add(m[1]);
  }
  return { functions, callbacks, enums };
}

/**
 * The C# type (as reflection names it) a C type must become in the P/Invoke layer, with ":U1" when
 * it must be marshaled as a one-byte bool.
 */
export function expectedCsType(cType: string, h: CHeaders): string {
  switch (cType) {
    case 'void': return 'System.Void';
    case 'uint64_t': return 'System.UInt64';
    case 'int64_t': return 'System.Int64';
    case 'uint32_t': return 'System.UInt32';
    case 'int32_t': case 'int': return 'System.Int32';
    case 'bool': return 'System.Boolean:U1';
    case 'const char*': case 'const void*': return 'System.IntPtr';
    default:
      if (h.enums.has(cType)) return 'System.Int32';
      if (h.callbacks.has(cType)) return cType;
      throw new Error(`no expected C# type for C type ${cType}`);
  }
}

/** conv_id and convId compare equal. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/^@/, '').replace(/_/g, '').toLowerCase();
  return norm(a) === norm(b);
}
