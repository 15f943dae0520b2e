// A flat, comparable summary of the API surface (functions, parameters, callbacks, struct keys, enum
// members with their header types), read from schema documents. Header folders are compared by
// building their schemas in memory first, so both sides of a diff go through one reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kindOfHeaderWord } from '../../runtime/crossing.ts';
import { annotation, type XEnumMember, type XParam } from '../schema-annotations.ts';
import type { JsonSchema } from './overlay.ts';

export interface Surface {
  functions: Record<string, { returns: string; params: Record<string, string>; order: string[] }>;
  callbacks: Record<string, { params: Record<string, string>; order: string[] }>;
  structs: Record<string, Record<string, string>>;
  enums: Record<string, Record<string, number>>;
}

export interface Change {
  change: 'added' | 'removed' | 'changed';
  kind: 'function' | 'parameter' | 'callback' | 'struct' | 'key' | 'enum' | 'member';
  name: string;
  before?: string;
  after?: string;
  /** For a parameter: whether it belongs to a function or a callback. */
  owner?: 'function' | 'callback';
}

/** A short type name for a JSON value schema: `ConvInfo[]`, `string`, `uint64`, `any`. */
export function schemaTypeText(node: JsonSchema | undefined): string {
  if (!node) return 'any';
  if (typeof node.$ref === 'string') return node.$ref.split('/').at(-1)!;
  if (node['x-int64']) return (node['x-int64'] as { signed: boolean }).signed ? 'int64' : 'uint64';
  if (node.type === 'array') return `${schemaTypeText(node.items as JsonSchema)}[]`;
  // An integer is the C type its header word names ("uint" -> uint32), not a guess from its range.
  if (node.type === 'integer') return kindOfHeaderWord(String(node['x-type'] ?? '').split(' ')[0]) ?? 'integer';
  return typeof node.type === 'string' ? node.type : 'any';
}

/** A parameter as the diff compares it: its C type, and for a JSON string what the JSON holds. */
function paramFacts(p: XParam, props: Record<string, JsonSchema>): string {
  return p.role === 'json' ? `${p.cType} (JSON ${schemaTypeText(props[p.name])})` : p.cType;
}

export function surfaceFromDocs(docs: JsonSchema[]): Surface {
  const s: Surface = { functions: {}, callbacks: {}, structs: {}, enums: {} };
  for (const d of docs) {
    if (d['x-kind'] === 'index') continue;
    const name = d.title as string;
    const params: XParam[] = annotation(d, 'x-params') ?? [];
    const props = (d.properties ?? {}) as Record<string, JsonSchema>;
    const byName = Object.fromEntries(params.map((p) => [p.name, paramFacts(p, props)]));
    switch (annotation(d, 'x-kind')) {
      case 'function': s.functions[name] = { returns: annotation(d, 'x-c-return') ?? '', params: byName, order: params.map((p) => p.name) }; break;
      case 'callback': s.callbacks[name] = { params: byName, order: params.map((p) => p.name) }; break;
      case 'struct': {
        const isMember = annotation(d, 'x-union') !== undefined;
        s.structs[name] = Object.fromEntries(Object.entries(props)
          .filter(([, p]) => annotation(p, 'x-c-key') !== undefined && !(isMember && annotation(p, 'x-c-key') === 'kTIMElemType'))
          .map(([k, p]) => [k, keyFacts(p)]));
        break;
      }
      case 'enum': case 'errors':
        s.enums[name] = Object.fromEntries((annotation(d, 'x-members') as XEnumMember[]).map((m) => [m.name, m.value]));
        break;
      default:
    }
  }
  return s;
}

const keyFacts = (p: JsonSchema) => {
  const header = annotation(p, 'x-header-type');
  const type = `${annotation(p, 'x-type') ?? '(no type)'}${header ? ` (header: ${header})` : ''}`;
  return `${type}, ${annotation(p, 'x-access') ?? '(no access)'}${p.deprecated ? ', deprecated' : ''}`;
};

export function surfaceFromSchemaDir(dir: string): Surface {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: string[] };
  return surfaceFromDocs(index.files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as JsonSchema));
}

export function diffSurfaces(a: Surface, b: Surface): Change[] {
  const out: Change[] = [];
  const names = (x: object, y: object) => [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  const sig = (f: { params: Record<string, string>; order: string[] }) => f.order.map((p) => `${f.params[p].replace(/ \(JSON .*\)$/, '')} ${p}`).join(', ');

  const diffParams = (owner: string, of: 'function' | 'callback', pa: Record<string, string>, pb: Record<string, string>) => {
    for (const p of names(pa, pb)) {
      const n = `${owner}(${p})`;
      if (!(p in pb)) out.push({ change: 'removed', kind: 'parameter', name: n, before: pa[p], owner: of });
      else if (!(p in pa)) out.push({ change: 'added', kind: 'parameter', name: n, after: pb[p], owner: of });
      else if (pa[p] !== pb[p]) out.push({ change: 'changed', kind: 'parameter', name: n, before: pa[p], after: pb[p], owner: of });
    }
  };
  for (const [kind, A, B] of [['function', a.functions, b.functions], ['callback', a.callbacks, b.callbacks]] as const) {
    for (const n of names(A, B)) {
      const fa = A[n]; const fb = B[n];
      if (!fb) { out.push({ change: 'removed', kind, name: n, before: sig(fa) }); continue; }
      if (!fa) { out.push({ change: 'added', kind, name: n, after: sig(fb) }); continue; }
      const ra = 'returns' in fa ? fa.returns : ''; const rb = 'returns' in fb ? fb.returns : '';
      // The signature line first (return type, parameter list and order), then each parameter that changed.
      if (ra !== rb || sig(fa) !== sig(fb)) out.push({ change: 'changed', kind, name: n, before: `${ra} (${sig(fa)})`.trim(), after: `${rb} (${sig(fb)})`.trim() });
      diffParams(n, kind, fa.params, fb.params);
    }
  }
  for (const n of names(a.structs, b.structs)) {
    const sa = a.structs[n]; const sb = b.structs[n];
    const keyList = (x: Record<string, string>) => Object.keys(x).sort().join(', ');
    if (!sb) { out.push({ change: 'removed', kind: 'struct', name: n, before: keyList(sa) }); continue; }
    if (!sa) { out.push({ change: 'added', kind: 'struct', name: n, after: keyList(sb) }); continue; }
    for (const k of names(sa, sb)) {
      const kn = `${n}.${k}`;
      if (!(k in sb)) out.push({ change: 'removed', kind: 'key', name: kn, before: sa[k] });
      else if (!(k in sa)) out.push({ change: 'added', kind: 'key', name: kn, after: sb[k] });
      else if (sa[k] !== sb[k]) out.push({ change: 'changed', kind: 'key', name: kn, before: sa[k], after: sb[k] });
    }
  }
  for (const n of names(a.enums, b.enums)) {
    const ea = a.enums[n]; const eb = b.enums[n];
    if (!eb) { out.push({ change: 'removed', kind: 'enum', name: n }); continue; }
    if (!ea) { out.push({ change: 'added', kind: 'enum', name: n }); continue; }
    for (const m of names(ea, eb)) {
      const mn = `${n}.${m}`;
      if (!(m in eb)) out.push({ change: 'removed', kind: 'member', name: mn, before: String(ea[m]) });
      else if (!(m in ea)) out.push({ change: 'added', kind: 'member', name: mn, after: String(eb[m]) });
      else if (ea[m] !== eb[m]) out.push({ change: 'changed', kind: 'member', name: mn, before: String(ea[m]), after: String(eb[m]) });
    }
  }
  return out;
}

const SECTIONS: { title: string; holds: (c: Change) => boolean }[] = [
  { title: 'functions', holds: (c) => c.kind === 'function' || (c.kind === 'parameter' && c.owner !== 'callback') },
  { title: 'callbacks', holds: (c) => c.kind === 'callback' || (c.kind === 'parameter' && c.owner === 'callback') },
  { title: 'structs and keys', holds: (c) => c.kind === 'struct' || c.kind === 'key' },
  { title: 'enums and members', holds: (c) => c.kind === 'enum' || c.kind === 'member' },
];

/** Added / removed / changed counts per kind, for the summary line and the JSON output. */
export function summarizeChanges(changes: Change[]): Record<Change['kind'], Record<Change['change'], number>> {
  const out = {} as Record<Change['kind'], Record<Change['change'], number>>;
  for (const c of changes) {
    out[c.kind] ??= { added: 0, removed: 0, changed: 0 };
    out[c.kind][c.change]++;
  }
  return out;
}

/** One short phrase per kind: "3 functions added, 1 changed; 12 keys added". */
export function changePhrase(changes: Change[]): string {
  const plural = (k: string, n: number) => (n === 1 ? k : k === 'callback' ? 'callbacks' : `${k}s`);
  return Object.entries(summarizeChanges(changes)).map(([kind, c]) => {
    const parts = (['added', 'removed', 'changed'] as const).filter((x) => c[x]).map((x) => `${c[x]} ${x}`);
    const total = c.added + c.removed + c.changed;
    return `${plural(kind, total)}: ${parts.join(', ')}`;
  }).join('; ') || 'no changes';
}

export function formatChanges(changes: Change[], labels: [string, string]): string {
  if (changes.length === 0) return `No differences between ${labels[0]} and ${labels[1]}.\n`;
  const sign = { added: '+', removed: '-', changed: '~' } as const;
  const lines = [`${changes.length} difference(s) from ${labels[0]} to ${labels[1]}:`];
  for (const sec of SECTIONS) {
    const mine = changes.filter(sec.holds);
    if (!mine.length) continue;
    lines.push(`${changePhrase(mine)}:`);
    for (const c of mine) {
      const detail = c.change === 'changed' ? `: ${c.before} -> ${c.after}` : c.change === 'added' ? (c.after ? `: ${c.after}` : '') : (c.before ? `: ${c.before}` : '');
      lines.push(`  ${sign[c.change]} ${c.kind} ${c.name}${detail}`);
    }
  }
  const counts = (['added', 'removed', 'changed'] as const).map((k) => `${changes.filter((c) => c.change === k).length} ${k}`).join(', ');
  lines.push(`Summary: ${counts}.`);
  return `${lines.join('\n')}\n`;
}
