// `timconv import` and `timconv diff`: read headers, build schemas with the overlay, write or compare.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileAll } from '../ir/compile-schemas.ts';
import { buildSchemas, type BuildResult } from './build-schemas.ts';
import type { HeaderSet } from './model.ts';
import { parseHeaderDir } from './parse-headers.ts';
import { isConversationFunction } from './reach.ts';
import { loadOverlay } from './overlay.ts';
import { diffSurfaces, surfaceFromDocs, surfaceFromSchemaDir, type Change } from './surface.ts';
import { writeSchemas, type WriteReport } from './write-schemas.ts';

export interface SdkInfo { package: string; version: string }

/** Reads name and version from the SDK package.json three levels above lib/linux/include, if present. */
export function sdkInfo(headersDir: string): SdkInfo | null {
  const pkg = join(resolve(headersDir), '..', '..', '..', 'package.json');
  if (!existsSync(pkg)) return null;
  const j = JSON.parse(readFileSync(pkg, 'utf8')) as { name: string; version: string };
  return { package: j.name, version: j.version };
}

export interface BuildOutcome extends BuildResult { headers: HeaderSet; sdk: SdkInfo | null }

/**
 * Parses a header folder of any layout and builds the schemas. `sdkVersion` names the SDK when the
 * folder has no package.json above it (headers taken from another distribution).
 */
export function buildFromHeaders(headersDir: string, schemaDir: string, strict = false, sdkVersion?: string): BuildOutcome {
  if (!existsSync(headersDir) || !readdirSync(headersDir).some((f) => f.endsWith('.h'))) {
    throw new Error(`${headersDir}: no C headers (*.h) here; point --headers at the SDK's include folder`);
  }
  // The overlay first: a mistake there is reported before any header is read.
  const overlay = loadOverlay(join(schemaDir, 'overlay'));
  const headers = parseHeaderDir(headersDir);
  if (![...headers.functions.keys()].some(isConversationFunction)) {
    throw new Error(`${headersDir}: these headers declare no TIMConv* function; point --headers at the IM SDK's C include folder`);
  }
  const sdk = sdkVersion ? { package: sdkInfo(headersDir)?.package ?? 'ImSDK', version: sdkVersion } : sdkInfo(headersDir);
  return { ...buildSchemas(headers, overlay, sdk, { strict }), headers, sdk };
}

export interface ImportOutcome { build: BuildOutcome; report: WriteReport }

export function runImport(headersDir: string, schemaDir: string, opts: { strict?: boolean; dryRun?: boolean; sdkVersion?: string } = {}): ImportOutcome {
  const build = buildFromHeaders(headersDir, schemaDir, opts.strict, opts.sdkVersion);
  // What is written must be JSON Schema that strict Ajv accepts (users may run the schemas with any
  // validator): a constraint the overlay gets wrong stops the import here, before a file is written.
  compileAll(new Map(build.docs.filter((d) => d.path !== 'index.json').map((d) => [String(d.schema.$id), { file: `schema/${d.path}`, schema: d.schema }])));
  const report = writeSchemas(schemaDir, build.docs, opts.dryRun);
  return { build, report };
}

/**
 * What changed between two header folders (from `a` to `b`), or what a header folder changes
 * relative to a schema folder (from the schemas to `a`: "added" means the headers add it).
 */
export function runDiff(a: { headers: string }, b: { headers: string } | { schema: string }, schemaDir: string): Change[] {
  const headers = surfaceFromDocs(buildFromHeaders(a.headers, schemaDir).docs.map((d) => d.schema));
  if ('schema' in b) return diffSurfaces(surfaceFromSchemaDir(b.schema), headers);
  return diffSurfaces(headers, surfaceFromDocs(buildFromHeaders(b.headers, schemaDir).docs.map((d) => d.schema)));
}
