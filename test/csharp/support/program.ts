// The C# test program (test/csharp/programs) compiled together with the generated C# from schema/,
// once per mocha run and library setting.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { emitCsharp } from '../../../generator/emit/csharp/index.ts';
import { realIr } from '../../support/generated.ts';
import { sdkPaths } from '../../support/sdk.ts';
import { listCs, mcs, PROGRAMS_DIR, requireMono, STUBS_DIR, tempDir, writeGenerated } from './mono.ts';

/** Which library the [DllImport]s name: the real SDK by path, the default name, or the iOS/WebGL one. */
export type LibraryChoice = 'sdk-path' | 'default' | 'ios';

/** Defines every program build uses: the standalone helpers and the Puerts glue (against test stubs). */
const PROGRAM_DEFINES = ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS'];

const built = new Map<LibraryChoice, string>();

/** Builds (once) the test program against the generated C#; returns the .exe path. */
export function testProgram(library: LibraryChoice = 'sdk-path'): string {
  const cached = built.get(library);
  if (cached) return cached;
  requireMono();
  const dir = tempDir(`cs-${library}`);
  const generated = writeGenerated(join(dir, 'generated'), emitCsharp(realIr()));
  const sources = [...generated, ...listCs(PROGRAMS_DIR), join(STUBS_DIR, 'PuertsStubs.cs')];
  const defines = [...PROGRAM_DEFINES];
  if (library === 'sdk-path') {
    // TIMCONV_LIB_CUSTOM: the project declares the library name itself; here the SDK's .so by path.
    const lib = join(dir, 'TestLibrary.cs');
    writeFileSync(lib, `namespace TimConv { internal static class TimConvLibrary { internal const string Name = ${JSON.stringify(sdkPaths().libraryPath)}; } }\n`);
    sources.push(lib);
    defines.push('TIMCONV_LIB_CUSTOM', 'UNITY_EDITOR');
  } else if (library === 'ios') {
    defines.push('UNITY_IOS');
  } else {
    defines.push('UNITY_EDITOR');
  }
  const exe = join(dir, 'timconv-tests.exe');
  const r = mcs(sources, exe, { target: 'exe', defines });
  if (!r.ok || r.output) throw new Error(`the test program does not compile cleanly:\n${r.output}`);
  built.set(library, exe);
  return exe;
}
