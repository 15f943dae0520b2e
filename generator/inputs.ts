// What each emitter's output depends on, as one hash per emitter: the schema files, the source
// files of the IR builder, the emitter's own source files (the import closure of its module), the
// assets it reads and the versions of the libraries it uses. Equal hashes mean equal output, so an
// emitter whose hash is unchanged and whose files are intact need not run, nor even be loaded.
// A comment-only edit changes a hash and reruns the emitter, which then writes the same bytes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { EmitterEntry } from './emit/index.ts';
import { sha } from './stamp.ts';

/** The modules that turn schemas into the IR; every output depends on their closure. */
export const IR_MODULES = ['generator/ir/build-ir.ts', 'generator/ir/load-schemas.ts'];
const SCHEMA_KINDS = ['api', 'callback', 'struct', 'enum'];

// Relative specifiers after `from`, `import` or `import(`. Text that only looks like an import
// (inside a template string, say) resolves to a file that does not exist and is skipped.
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*(['"])(\.{1,2}\/[^'"\n]+)\1/g;

/** `/` separators, so a hash does not depend on the OS the files were read on. */
const posix = (path: string) => path.split(sep).join('/');

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function walk(dir: string, ext?: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, ext) : !ext || ext.test(n) ? [p] : [];
  });
}

/** Every local source file reachable from `entries` through relative imports, entries included. */
export function importClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.filter(isFile);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), m[2]);
      if (!seen.has(target) && isFile(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}

/** The installed version of an npm package, as resolved from the repository. */
export function packageVersion(repoRoot: string, name: string): string {
  try {
    const main = posix(createRequire(join(repoRoot, 'package.json')).resolve(name));
    const at = main.lastIndexOf(`/node_modules/${name}/`);
    const pkg = JSON.parse(readFileSync(join(main.slice(0, at + '/node_modules/'.length + name.length), 'package.json'), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'not installed';
  }
}

/** Hashes every emitter's inputs; the result maps emitter name to hash. */
export function emitterInputs(schemaDir: string, repoRoot: string, emitters: EmitterEntry[]): Map<string, string> {
  const fileHashes = new Map<string, string>();
  const digest = (files: string[]) => files.map((f) => {
    let h = fileHashes.get(f);
    if (!h) fileHashes.set(f, (h = sha(readFileSync(f))));
    const name = posix(f.startsWith(schemaDir) ? `schema/${relative(schemaDir, f)}` : relative(repoRoot, f));
    return `${name}\0${h}\n`;
  }).join('');
  // index.json carries the SDK version the API table reports.
  const schemas = digest([...SCHEMA_KINDS.flatMap((k) => walk(join(schemaDir, k), /\.json$/)), ...[join(schemaDir, 'index.json')].filter(isFile)]);
  const irSources = importClosure(IR_MODULES.map((m) => join(repoRoot, m)));
  const out = new Map<string, string>();
  for (const e of emitters) {
    const own = importClosure([join(repoRoot, 'generator', 'emit', e.module)]);
    const assets = e.assets.flatMap((a) => walk(join(repoRoot, a)));
    const sources = [...new Set([...irSources, ...own, ...assets])].sort();
    const versions = e.packages.map((p) => `${p}@${packageVersion(repoRoot, p)}\n`).join('');
    out.set(e.name, sha(`${schemas}--\n${digest(sources)}--\n${versions}`));
  }
  return out;
}
