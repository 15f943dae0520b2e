// `timconv import` and `timconv diff`: read headers, build schemas with the overlay, write or compare.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSchemas, type BuildResult } from './build-schemas.ts';
import { parseHeaderDir } from './parse-headers.ts';
import { loadOverlay } from './overlay.ts';
import { diffSurfaces, formatChanges, surfaceFromDocs, surfaceFromSchemaDir, type Change } from './surface.ts';
import { writeSchemas, type WriteReport } from './write-schemas.ts';

/** Reads name and version from the SDK package.json three levels above lib/linux/include, if present. */
function sdkInfo(headersDir: string): { package: string; version: string } | null {
  const pkg = join(resolve(headersDir), '..', '..', '..', 'package.json');
  if (!existsSync(pkg)) return null;
  const j = JSON.parse(readFileSync(pkg, 'utf8')) as { name: string; version: string };
  return { package: j.name, version: j.version };
}

export function buildFromHeaders(headersDir: string, schemaDir: string, strict = false): BuildResult {
  if (!existsSync(join(headersDir, 'TIMConversationManager.h'))) {
    throw new Error(`${headersDir}: no TIMConversationManager.h here; point --headers at the SDK's include folder`);
  }
  return buildSchemas(parseHeaderDir(headersDir), loadOverlay(join(schemaDir, 'overlay')), sdkInfo(headersDir), { strict });
}

export interface ImportOutcome { build: BuildResult; report: WriteReport }

export function runImport(headersDir: string, schemaDir: string, opts: { strict?: boolean; dryRun?: boolean } = {}): ImportOutcome {
  const build = buildFromHeaders(headersDir, schemaDir, opts.strict);
  const report = writeSchemas(schemaDir, build.docs, opts.dryRun);
  return { build, report };
}

/** Compares two header folders, or a header folder (a) with a schema folder (b). */
export function runDiff(a: { headers: string }, b: { headers: string } | { schema: string }, schemaDir: string): Change[] {
  const left = surfaceFromDocs(buildFromHeaders(a.headers, schemaDir).docs.map((d) => d.schema));
  const right = 'headers' in b
    ? surfaceFromDocs(buildFromHeaders(b.headers, schemaDir).docs.map((d) => d.schema))
    : surfaceFromSchemaDir(b.schema);
  return diffSurfaces(left, right);
}

export { formatChanges, dirname };
