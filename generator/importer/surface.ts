// A flat, comparable summary of the API surface (functions, parameters, callbacks, struct keys, enum
// members with their header types), read from schema documents. Header folders are compared by
// building their schemas in memory first, so both sides of a diff go through one reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
}

type Param = { name: string; cType: string };

export function surfaceFromDocs(docs: JsonSchema[]): Surface {
  const s: Surface = { functions: {}, callbacks: {}, structs: {}, enums: {} };
  for (const d of docs) {
    const name = d.title as string;
    const params = (d['x-params'] as Param[] | undefined) ?? [];
    const byName = Object.fromEntries(params.map((p) => [p.name, p.cType]));
    switch (d['x-kind']) {
      case 'function': s.functions[name] = { returns: d['x-c-return'] as string, params: byName, order: params.map((p) => p.name) }; break;
      case 'callback': s.callbacks[name] = { params: byName, order: params.map((p) => p.name) }; break;
      case 'struct': {
        const props = d.properties as Record<string, JsonSchema>;
        s.structs[name] = Object.fromEntries(Object.entries(props)
          .filter(([, p]) => p['x-c-key'] !== undefined && !(d['x-union'] && (p['x-c-key'] as string) === 'kTIMElemType'))
          .map(([k, p]) => [k, keyFacts(p)]));
        break;
      }
      case 'enum': case 'errors':
        s.enums[name] = Object.fromEntries((d['x-members'] as { name: string; value: number }[]).map((m) => [m.name, m.value]));
        break;
      default:
    }
  }
  return s;
}

const keyFacts = (p: JsonSchema) => `${p['x-type'] ?? '(no type)'}, ${p['x-access'] ?? '(no access)'}`;

export function surfaceFromSchemaDir(dir: string): Surface {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: string[] };
  return surfaceFromDocs(index.files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as JsonSchema));
}

export function diffSurfaces(a: Surface, b: Surface): Change[] {
  const out: Change[] = [];
  const names = (x: object, y: object) => [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  const sig = (f: { params: Record<string, string>; order: string[] }) => f.order.map((p) => `${f.params[p]} ${p}`).join(', ');

  const diffParams = (owner: string, pa: Record<string, string>, pb: Record<string, string>) => {
    for (const p of names(pa, pb)) {
      const n = `${owner}(${p})`;
      if (!(p in pb)) out.push({ change: 'removed', kind: 'parameter', name: n, before: pa[p] });
      else if (!(p in pa)) out.push({ change: 'added', kind: 'parameter', name: n, after: pb[p] });
      else if (pa[p] !== pb[p]) out.push({ change: 'changed', kind: 'parameter', name: n, before: pa[p], after: pb[p] });
    }
  };
  for (const [kind, A, B] of [['function', a.functions, b.functions], ['callback', a.callbacks, b.callbacks]] as const) {
    for (const n of names(A, B)) {
      const fa = A[n]; const fb = B[n];
      if (!fb) { out.push({ change: 'removed', kind, name: n, before: sig(fa) }); continue; }
      if (!fa) { out.push({ change: 'added', kind, name: n, after: sig(fb) }); continue; }
      diffParams(n, fa.params, fb.params);
      const ra = 'returns' in fa ? fa.returns : ''; const rb = 'returns' in fb ? fb.returns : '';
      const sameSet = fa.order.filter((p) => p in fb.params);
      const sameSetB = fb.order.filter((p) => p in fa.params);
      if (ra !== rb || sameSet.join() !== sameSetB.join()) out.push({ change: 'changed', kind, name: n, before: `${ra} (${sig(fa)})`.trim(), after: `${rb} (${sig(fb)})`.trim() });
    }
  }
  for (const n of names(a.structs, b.structs)) {
    const sa = a.structs[n]; const sb = b.structs[n];
    if (!sb) { out.push({ change: 'removed', kind: 'struct', name: n }); continue; }
    if (!sa) { out.push({ change: 'added', kind: 'struct', name: n }); continue; }
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

export function formatChanges(changes: Change[], labels: [string, string]): string {
  if (changes.length === 0) return `No differences between ${labels[0]} and ${labels[1]}.\n`;
  const sign = { added: '+', removed: '-', changed: '~' } as const;
  const lines = [`${changes.length} difference(s) from ${labels[0]} to ${labels[1]}:`];
  for (const c of changes) {
    const detail = c.change === 'changed' ? `: ${c.before} -> ${c.after}` : c.change === 'added' ? (c.after ? `: ${c.after}` : '') : (c.before ? `: ${c.before}` : '');
    lines.push(`  ${sign[c.change]} ${c.kind} ${c.name}${detail}`);
  }
  const counts = (['added', 'removed', 'changed'] as const).map((k) => `${changes.filter((c) => c.change === k).length} ${k}`).join(', ');
  lines.push(`Summary: ${counts}.`);
  return `${lines.join('\n')}\n`;
}
