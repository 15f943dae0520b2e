// The native surface for the tests: runtime/generated/native-surface.ts when the generator has
// written it, otherwise the same file emitted now (generator/emit/native) into a temp folder and
// imported from there, so the tests always run the emitted text, never hand-typed signatures.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitNative } from '../../../generator/emit/native/index.ts';
import type { NativeSurface } from '../../../runtime/native-surface.ts';
import { realIr } from '../../support/generated.ts';
import { repoRoot } from '../../support/sdk.ts';

export const GENERATED_SURFACE = join(repoRoot, 'runtime', 'generated', 'native-surface.ts');

/** Writes the emitted native-surface.ts into a fresh temp folder and returns its path. */
export function emitSurfaceFile(): string {
  const [file] = emitNative(realIr());
  const dir = mkdtempSync(join(tmpdir(), 'timconv-surface-'));
  const path = join(dir, file.path);
  writeFileSync(path, file.content);
  return path;
}

export async function loadNativeSurface(): Promise<{ surface: NativeSurface; source: string }> {
  const generated = existsSync(GENERATED_SURFACE);
  const source = generated ? GENERATED_SURFACE : emitSurfaceFile();
  try {
    const mod = (await import(pathToFileURL(source).href)) as { NATIVE_SURFACE: NativeSurface };
    return { surface: mod.NATIVE_SURFACE, source };
  } finally {
    if (!generated) rmSync(dirname(source), { recursive: true, force: true });
  }
}
