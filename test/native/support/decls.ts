// The native declarations for the tests: runtime/generated/native-decls.ts when the generator has
// written it, otherwise the same file emitted now (generator/emit/native) into a temp folder and
// imported from there, so the tests always run the emitted text, never hand-typed signatures.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitNative } from '../../../generator/emit/native/index.ts';
import type { NativeDecls } from '../../../runtime/bridges/node/decls.ts';
import { realIr } from '../../support/generated.ts';
import { repoRoot } from '../../support/sdk.ts';

export const GENERATED_DECLS = join(repoRoot, 'runtime', 'generated', 'native-decls.ts');

/** Writes the emitted native-decls.ts into a fresh temp folder and returns its path. */
export function emitDeclsFile(): string {
  const [file] = emitNative(realIr());
  const dir = mkdtempSync(join(tmpdir(), 'timconv-decls-'));
  const path = join(dir, file.path);
  writeFileSync(path, file.content);
  return path;
}

export async function loadNativeDecls(): Promise<{ decls: NativeDecls; source: string }> {
  const generated = existsSync(GENERATED_DECLS);
  const source = generated ? GENERATED_DECLS : emitDeclsFile();
  try {
    const mod = (await import(pathToFileURL(source).href)) as { NATIVE_DECLS: NativeDecls };
    return { decls: mod.NATIVE_DECLS, source };
  } finally {
    if (!generated) rmSync(dirname(source), { recursive: true, force: true });
  }
}
