#!/usr/bin/env node
// The compiled CLI: generator/cli.ts and everything it loads, bundled by esbuild into plain
// JavaScript under dist/cli, one chunk per lazily loaded part (each emitter, the demo), with the
// npm packages left as imports. bin/timconv.mjs runs it without any TypeScript loader.
//
//   node bin/cli-build.mjs              (npm run build; npm also runs it on install and pack: "prepare")
//   node bin/cli-build.mjs --if-stale   only when a source changed since the last build
//
// A manifest lists the hash of every source file the build read; the CLI counts as stale when one
// of them changed, and bin/timconv.mjs then rebuilds it where esbuild is installed. Output names
// carry content hashes and the manifest is replaced last, so a process still running an older
// build keeps finding its chunks.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = join(ROOT, 'dist', 'cli');
const MANIFEST = join(DIST_DIR, 'manifest.json');
const ENTRY = join(ROOT, 'generator', 'cli.ts');
const THIS_FILE = fileURLToPath(import.meta.url);

const sha = (data) => createHash('sha256').update(data).digest('hex');
/** A relative path with `/` separators (manifest keys, URLs and esbuild's metafile use them on every OS). */
const posix = (path) => path.split(sep).join('/');
const posixRelative = (from, to) => posix(relative(from, to));

/** The manifest of the current build, or undefined when there is none. */
function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The entry module of the compiled CLI and the source files that changed since it was built
 * (['(no build)'] when there is no build).
 */
export function builtCli() {
  const manifest = readManifest();
  if (!manifest) return { entry: undefined, changed: ['(no build)'] };
  const changed = Object.entries(manifest.inputs).filter(([file, hash]) => {
    const path = join(ROOT, file);
    return !existsSync(path) || sha(readFileSync(path)) !== hash;
  }).map(([file]) => file);
  return { entry: join(DIST_DIR, manifest.entry), changed };
}

// Keeps every module's own location: code that finds files next to its source (templates, the
// repository root) reads import.meta.url, which would otherwise name the bundle's folder. The same
// hook records the hash of exactly the text that was compiled.
function sourcesPlugin(inputs) {
  return {
    name: 'timconv-sources',
    setup(build) {
      build.onLoad({ filter: /\.(ts|mjs|js)$/, namespace: 'file' }, (args) => {
        if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        inputs[posixRelative(ROOT, args.path)] = sha(text);
        const own = `new URL(${JSON.stringify(posixRelative(DIST_DIR, args.path))}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', own), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}

// CommonJS packages (ts-morph, Ajv, handlebars) are loaded with require() rather than import: an
// import makes Node scan each package's source for its export names first (a megabyte for
// ts-morph), which require() skips. The chunk that needs a package still loads it only when that
// chunk is loaded.
function requireCommonJsPlugin() {
  const nodeRequire = createRequire(join(ROOT, 'package.json'));
  const isCommonJs = new Map();
  const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
  const commonJs = (name) => {
    if (!isCommonJs.has(name)) {
      let type;
      try {
        const main = posix(nodeRequire.resolve(name));
        const dir = main.slice(0, main.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}`.length);
        type = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).type;
      } catch {
        type = 'module'; // unknown: leave the import alone
      }
      isCommonJs.set(name, type !== 'module');
    }
    return isCommonJs.get(name);
  };
  return {
    name: 'timconv-require-commonjs',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.namespace !== 'file' || args.path.startsWith('node:') || !commonJs(packageOf(args.path))) return undefined;
        return { path: args.path, namespace: 'require-commonjs' };
      });
      build.onLoad({ filter: /.*/, namespace: 'require-commonjs' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
        resolveDir: ROOT,
      }));
    },
  };
}

/**
 * Builds the CLI into dist/cli and returns the path of its entry module. Outputs of earlier builds
 * are removed once `keepOldMs` old, so that a run still using them can finish.
 */
export async function buildCli({ keepOldMs = 10 * 60 * 1000 } = {}) {
  const { build } = await import('esbuild');
  const inputs = { [posixRelative(ROOT, THIS_FILE)]: sha(readFileSync(THIS_FILE)) };
  const started = Date.now();
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    outdir: DIST_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // `require` for the CommonJS packages, resolved from where the chunk lives.
    banner: { js: "// Compiled from generator/ by bin/cli-build.mjs; do not edit.\nimport { createRequire as __timconvCreateRequire } from 'node:module';\nconst require = __timconvCreateRequire(import.meta.url);" },
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    plugins: [sourcesPlugin(inputs), requireCommonJsPlugin()],
  });
  const outputs = Object.keys(result.metafile.outputs).map((o) => resolve(ROOT, o));
  const entry = outputs.find((o) => result.metafile.outputs[posixRelative(ROOT, o)]?.entryPoint === posixRelative(ROOT, ENTRY));
  if (!entry) throw new Error('cli-build: esbuild produced no entry module');
  const manifest = { note: 'Compiled CLI (bin/cli-build.mjs); git-ignored, rebuilt when a source changes.', entry: posixRelative(DIST_DIR, entry), inputs: sortKeys(inputs) };
  const tmp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, MANIFEST);
  prune(new Set([...outputs, MANIFEST]), started - keepOldMs);
  return entry;
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Removes outputs of earlier builds last written before `before`. */
function prune(current, before) {
  mkdirSync(DIST_DIR, { recursive: true });
  for (const name of readdirSync(DIST_DIR)) {
    const path = join(DIST_DIR, name);
    if (current.has(path)) continue;
    if (statSync(path).mtimeMs < before) rmSync(path, { force: true });
  }
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const t0 = performance.now();
  if (process.argv.includes('--if-stale') && !builtCli().changed.length) process.exit(0);
  // Run by hand or by npm (prepare, before packing): nothing else is using the old outputs.
  buildCli({ keepOldMs: 0 }).then((entry) => {
    process.stderr.write(`timconv: compiled the CLI to ${relative(process.cwd(), entry)} (${Math.round(performance.now() - t0)} ms)\n`);
  }, (err) => {
    process.stderr.write(`timconv: could not compile the CLI: ${err.message}\n`);
    process.exitCode = 1;
  });
}
