// Paths of the pinned SDK (fetched on demand into the ignored .cache/sdk) and of the repo's schemas.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain .mjs script without types
import { ensureSdk } from '../../scripts/fetch-sdk.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const schemaDir = join(repoRoot, 'schema');

export function sdkPaths(): { headersDir: string; libraryPath: string } {
  return ensureSdk() as { headersDir: string; libraryPath: string };
}
