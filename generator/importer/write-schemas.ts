// Writes schema documents under schema/ deterministically: stable key order, two-space JSON, a final
// newline; only files whose bytes change are rewritten, and stale generated files are removed.
// The overlay folder is never touched.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SchemaDoc } from './build-schemas.ts';

export const GENERATED_DIRS = ['api', 'callback', 'struct', 'enum'];

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

export const renderDoc = (doc: SchemaDoc) => `${JSON.stringify(doc.schema, null, 2)}\n`;

export function writeSchemas(outDir: string, docs: SchemaDoc[], dryRun = false): WriteReport {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  const keep = new Set(docs.map((d) => d.path));
  for (const doc of docs) {
    const file = join(outDir, doc.path);
    const text = renderDoc(doc);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) { report.unchanged.push(doc.path); continue; }
    report.written.push(doc.path);
    if (!dryRun) { mkdirSync(dirname(file), { recursive: true }); writeFileSync(file, text); }
  }
  for (const sub of GENERATED_DIRS) {
    const dir = join(outDir, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const rel = `${sub}/${f}`;
      if (f.endsWith('.json') && !keep.has(rel)) {
        report.removed.push(rel);
        if (!dryRun) rmSync(join(dir, f));
      }
    }
  }
  return report;
}
