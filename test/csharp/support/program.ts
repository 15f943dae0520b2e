// The C# test program (test/csharp/programs) compiled together with the generated C#, the Unity
// package's hosting code, the sample's scripts and the UnityEngine and Puerts stand-ins, once per
// mocha run and build variant.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { emitCsharp } from '../../../generator/emit/csharp/index.ts';
import { realIr } from '../../support/generated.ts';
import { sdkPaths } from '../../support/sdk.ts';
import { listCs, mcs, PROGRAMS_DIR, requireMono, STUBS_DIR, tempDir, writeGenerated } from './mono.ts';
import { HOSTING_DIR, SAMPLE_SCRIPTS_DIR } from './unity-paths.ts';

/**
 * Which library the [DllImport]s name and which Puerts the glue compiles against. 'sdk-path' binds to
 * the real SDK by path (only the native smoke run calls it, inside unshare --net); 'no-library' and
 * 'puerts3' (Puerts 3.x with its QuickJS backend) bind to a library that does not exist, so a native
 * call there fails with DllNotFoundException as in a game without the plugin; the others get the
 * name a platform gets.
 */
export type BuildVariant = 'sdk-path' | 'no-library' | 'default' | 'ios' | 'macos' | 'webgl' | 'puerts3';

/** Defines every build uses: the standalone helpers (the package defines them) and the Puerts glue. */
const PROGRAM_DEFINES = ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS'];

const PLATFORM_DEFINES: Record<BuildVariant, string[]> = {
  'sdk-path': ['TIMCONV_LIB_CUSTOM', 'UNITY_EDITOR'],
  'no-library': ['TIMCONV_LIB_CUSTOM', 'UNITY_EDITOR'],
  default: ['UNITY_EDITOR'],
  ios: ['UNITY_IOS'],
  macos: ['UNITY_EDITOR', 'UNITY_EDITOR_OSX'],
  webgl: ['UNITY_WEBGL'],
  puerts3: ['TIMCONV_LIB_CUSTOM', 'UNITY_EDITOR', 'TIMCONV_PUERTS_3', 'TIMCONV_PUERTS_QUICKJS'],
};

/** The name TIMCONV_LIB_CUSTOM builds bind to that no system has. */
const MISSING_LIBRARY = 'timconv-test-no-such-library';

/** The package's hosting code, the sample's scripts, and the UnityEngine stand-ins they run on. */
function hostingSources(): string[] {
  return [...listCs(HOSTING_DIR), ...listCs(SAMPLE_SCRIPTS_DIR), join(STUBS_DIR, 'UnityStubs.cs')];
}

const built = new Map<BuildVariant, string>();

/** Builds (once) the test program for a variant; returns the .exe path. */
export function testProgram(variant: BuildVariant = 'sdk-path'): string {
  const cached = built.get(variant);
  if (cached) return cached;
  requireMono();
  const dir = tempDir(`cs-${variant}`);
  const generated = writeGenerated(join(dir, 'generated'), emitCsharp(realIr()));
  const puerts = join(STUBS_DIR, variant === 'puerts3' ? 'Puerts3Stubs.cs' : 'Puerts2Stubs.cs');
  const sources = [...generated, ...hostingSources(), ...listCs(PROGRAMS_DIR), puerts, join(STUBS_DIR, 'PuertsConfigStubs.cs')];
  if (PLATFORM_DEFINES[variant].includes('TIMCONV_LIB_CUSTOM')) {
    // TIMCONV_LIB_CUSTOM: the build declares the library name itself.
    const name = variant === 'sdk-path' ? sdkPaths().libraryPath : MISSING_LIBRARY;
    const lib = join(dir, 'TestLibrary.cs');
    writeFileSync(lib, `namespace TimConv { internal static class TimConvLibrary { internal const string Name = ${JSON.stringify(name)}; } }\n`);
    sources.push(lib);
  }
  const exe = join(dir, 'timconv-tests.exe');
  const r = mcs(sources, exe, { target: 'exe', defines: [...PROGRAM_DEFINES, ...PLATFORM_DEFINES[variant]] });
  if (!r.ok || r.output) throw new Error(`the test program does not compile cleanly:\n${r.output}`);
  built.set(variant, exe);
  return exe;
}
