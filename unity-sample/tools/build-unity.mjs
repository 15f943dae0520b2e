#!/usr/bin/env node
// Keeps the Unity side of the repository current; `npm run generate` runs it after the generator and
// the runtime bundle. It derives, and owns:
//   - the sample's ES modules: TypeScript~/src/*.mts compiled with tsc into
//     Assets/ConversationGroups/Resources/conversation-groups/*.mjs;
//   - the package's TypeScript declarations of the runtime bundle (Typings/timconv/), emitted by tsc
//     from runtime/index.ts, with the facade declarations the bundle refers to;
//   - the package's copy of the sample (Samples~/ConversationGroups), which Unity's Package Manager
//     imports on request;
//   - a .meta file for every file and folder of the package: a package installed from a git URL is
//     read-only, and Unity ignores assets without one. GUIDs are derived from the path, so they are
//     stable and need no Unity to make.
//
//   node unity-sample/tools/build-unity.mjs           writes what changed
//   node unity-sample/tools/build-unity.mjs --check   lists what differs and exits 1 (writes nothing)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metaFor } from './meta-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const UNITY_DIR = resolve(here, '..');
const REPO = resolve(UNITY_DIR, '..');
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

export const PACKAGE = 'Packages/com.timconv.unity';
export const SAMPLE = 'Assets/ConversationGroups';
const SAMPLE_MODULES = `${SAMPLE}/Resources/conversation-groups`;
const TYPINGS = `${PACKAGE}/Typings/timconv`;
const SAMPLE_COPY = `${PACKAGE}/Samples~/ConversationGroups`;
const FACADE_DTS = 'generated/timconv-facade.d.ts';

/** Unity skips hidden entries and those ending in '~' (and their contents). */
const unityIgnores = (name) => name.startsWith('.') || name.endsWith('~');

/** Every file below `dir` (relative to it, '/'-separated), optionally skipping some entries. */
function listFiles(dir, skip = () => false, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    if (skip(name)) return [];
    const rel = prefix ? `${prefix}/${name}` : name;
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, skip, rel) : [rel];
  });
}

function tsc(args) {
  const r = spawnSync(process.execPath, [TSC, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tsc ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
}

/** Declarations of the bundle's entry (runtime/index.ts), keyed by path below Typings/timconv. */
function runtimeDeclarations(tmp) {
  const out = join(tmp, 'typings');
  const config = join(tmp, 'typings.tsconfig.json');
  writeFileSync(config, JSON.stringify({
    compilerOptions: {
      target: 'ES2020', module: 'ESNext', moduleResolution: 'bundler', strict: true, lib: ['ES2020'], types: [],
      declaration: true, emitDeclarationOnly: true, allowImportingTsExtensions: true, skipLibCheck: true, newLine: 'lf',
      rootDir: join(REPO, 'runtime'), outDir: out,
    },
    files: [join(REPO, 'runtime', 'index.ts')],
  }));
  tsc(['-p', config]);
  const files = new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  // tsc keeps the facade reference but points it back at the source tree; the copy sits beside it.
  const calls = 'generated/facade-calls.d.ts';
  files.set(calls, files.get(calls).replace(/^\/\/\/ <reference path="[^"]*timconv-facade\.d\.ts" preserve="true" \/>$/m, '/// <reference path="./timconv-facade.d.ts" preserve="true" />'));
  files.set(FACADE_DTS, readFileSync(join(REPO, 'runtime', FACADE_DTS), 'utf8'));
  return files;
}

/** The sample compiled against those declarations, keyed by module file name. */
function sampleModules(tmp, declarations) {
  const typings = join(tmp, 'typings-final');
  for (const [f, text] of declarations) {
    mkdirSync(dirname(join(typings, f)), { recursive: true });
    writeFileSync(join(typings, f), text);
  }
  const out = join(tmp, 'sample');
  const config = join(tmp, 'sample.tsconfig.json');
  writeFileSync(config, JSON.stringify({
    extends: join(UNITY_DIR, SAMPLE, 'TypeScript~', 'tsconfig.json'),
    compilerOptions: { outDir: out, paths: { 'timconv.mjs': [join(typings, 'index.d.ts')] } },
  }));
  tsc(['-p', config]);
  return new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

/** The kinds of file the sample is made of; all text, which is how the copy is written. */
const SAMPLE_TEXT = /\.(cs|asmdef|mts|mjs|ts|json|xml|uss|tss|uxml|md)$/;

/** What a local build of the sample leaves beside its sources, never copied. */
const localOnly = (name) => name === 'node_modules' || name.endsWith('.tsbuildinfo');

/**
 * The files of the sample folder `dir` that go into Samples~ (relative, '/'-separated): everything
 * but Unity's .meta files, hidden entries and local build output. Any other kind of file stops the
 * build: the copy is written as UTF-8 text, which would corrupt a binary.
 */
export function sampleSources(dir) {
  const files = listFiles(dir, (name) => name.endsWith('.meta') || name.startsWith('.') || localOnly(name));
  const unknown = files.filter((f) => !SAMPLE_TEXT.test(f));
  if (unknown.length) {
    throw new Error(`the sample holds files build-unity.mjs cannot copy as text: ${unknown.join(', ')} (add the extension to SAMPLE_TEXT if it is text, or keep the file out of the sample)`);
  }
  return files;
}

/** Every output, path (relative to unity-sample) to content. */
export function planUnity() {
  const tmp = mkdtempSync(join(tmpdir(), 'timconv-unity-'));
  try {
    const outputs = new Map();
    const declarations = runtimeDeclarations(tmp);
    for (const [f, text] of declarations) outputs.set(`${TYPINGS}/${f}`, text);
    const modules = sampleModules(tmp, declarations);
    for (const [f, text] of modules) outputs.set(`${SAMPLE_MODULES}/${f}`, text);
    // The sample as it will be once written: its sources from disk, its modules from above.
    const sampleDir = join(UNITY_DIR, SAMPLE);
    const sampleFiles = sampleSources(sampleDir).filter((f) => !isOwned(`${SAMPLE}/${f}`));
    for (const f of sampleFiles) outputs.set(`${SAMPLE_COPY}/${f}`, readFileSync(join(sampleDir, f), 'utf8'));
    for (const f of modules.keys()) outputs.set(`${SAMPLE_COPY}/Resources/conversation-groups/${f}`, modules.get(f));
    // A .meta beside every file and folder Unity sees in the package.
    const packageFiles = new Set(listFiles(join(UNITY_DIR, PACKAGE), unityIgnores).map((f) => `${PACKAGE}/${f}`).filter((p) => !isOwned(p)));
    for (const p of outputs.keys()) if (!p.split('/').some(unityIgnores)) packageFiles.add(p);
    for (const [path, text] of metas([...packageFiles].filter((p) => p.startsWith(`${PACKAGE}/`)))) outputs.set(path, text);
    return outputs;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function metas(packageFiles) {
  const entries = new Set();
  for (const file of packageFiles) {
    const parts = file.slice(PACKAGE.length + 1).split('/');
    for (let i = 1; i <= parts.length; i++) entries.add(JSON.stringify([parts.slice(0, i).join('/'), i < parts.length]));
  }
  return [...entries].map((e) => JSON.parse(e)).map(([rel, folder]) => [`${PACKAGE}/${rel}.meta`, metaFor(`com.timconv.unity/${rel}`, folder)]);
}

/** Paths this tool writes and may delete (relative to unity-sample). */
export function isOwned(path) {
  return (path.startsWith(`${SAMPLE_MODULES}/`) && path.endsWith('.mjs'))
    || path.startsWith(`${TYPINGS}/`)
    || path.startsWith(`${SAMPLE_COPY}/`)
    || (path.startsWith(`${PACKAGE}/`) && path.endsWith('.meta'));
}

/** Owned files on disk, for finding stale ones. */
function ownedOnDisk() {
  return [...listFiles(join(UNITY_DIR, SAMPLE)).map((f) => `${SAMPLE}/${f}`), ...listFiles(join(UNITY_DIR, PACKAGE)).map((f) => `${PACKAGE}/${f}`)].filter(isOwned);
}

/** What differs between the plan and the disk: "missing x", "differs x", "stale x". */
export function driftOf(outputs) {
  const found = [];
  for (const [path, text] of outputs) {
    const file = join(UNITY_DIR, path);
    if (!existsSync(file)) found.push(`missing ${path}`);
    else if (readFileSync(file, 'utf8') !== text) found.push(`differs ${path}`);
  }
  for (const path of ownedOnDisk()) if (!outputs.has(path)) found.push(`stale ${path}`);
  return found;
}

export function writeUnity(outputs) {
  const changed = [];
  for (const [path, text] of outputs) {
    const file = join(UNITY_DIR, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    changed.push(`~ ${path}`);
  }
  for (const path of ownedOnDisk()) {
    if (outputs.has(path)) continue;
    rmSync(join(UNITY_DIR, path));
    changed.push(`- ${path}`);
  }
  return changed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outputs = planUnity();
  if (process.argv.includes('--check')) {
    const drift = driftOf(outputs);
    for (const line of drift) console.log(line);
    process.exit(drift.length ? 1 : 0);
  }
  const changed = writeUnity(outputs);
  for (const line of changed) console.log(`  ${line}`);
  console.log(`unity: ${outputs.size} files, ${changed.length} changed (${relative(process.cwd(), UNITY_DIR) || '.'})`);
}
