// Compiles one SDK version's generated output: the TypeScript with `tsc --strict` (the generated
// bindings with the runtime parts that use them, Node bridge included) and the C# with Mono's
// `mcs` under the project's strict flags, once with no defines and once with every switch plus
// the Puerts stand-ins.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../../generator/emit/types.ts';
import { mcs, STUBS_DIR, writeGenerated } from '../csharp/support/mono.ts';
import { repoRoot } from '../support/sdk.ts';

export interface CompileOutcome { ok: boolean; output: string }

// The parts of the runtime a game uses with the generated code. The simulator and the demo are
// left out on purpose: they model the pinned SDK's API, not whatever version is being imported.
const TS_ENTRIES = [
  'generated/index.ts', 'generated/native-surface.ts', 'generated/facade-calls.ts', 'generated/timconv-facade.d.ts',
  'core/defaults.ts', 'bridges/puerts/puerts-bridge.ts', 'bridges/node/node-native-bridge.ts',
];

/** Lays the generated TS over a copy of runtime/ inside `dir` and type-checks it strictly. */
export function typecheckTs(dir: string, files: GeneratedFile[]): CompileOutcome {
  const runtime = join(dir, 'runtime');
  cpSync(join(repoRoot, 'runtime'), runtime, { recursive: true, filter: (src) => !/[/\\]runtime[/\\](generated|bundle|demo|simulator)([/\\]|$)/.test(src.slice(repoRoot.length)) });
  for (const f of files.filter((x) => x.target === 'ts' || (x.target === 'typings' && x.path.endsWith('.d.ts')))) {
    const p = join(runtime, 'generated', f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.content);
  }
  const project = join(dir, 'tsconfig.json');
  writeFileSync(project, JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
      allowImportingTsExtensions: true, skipLibCheck: false, lib: ['ES2022'], types: ['node'],
      noUnusedLocals: true, noImplicitReturns: true,
    },
    files: TS_ENTRIES.map((e) => join(runtime, e)),
  }));
  const r = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', project], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

const CS_BUILDS: { defines: string[]; stubs: string[] }[] = [
  { defines: [], stubs: [] },
  { defines: ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS', 'UNITY_EDITOR'], stubs: ['Puerts2Stubs.cs', 'PuertsConfigStubs.cs'] },
];

/** Writes the generated C# into `dir` and compiles it; any warning counts as a failure. */
export function compileCs(dir: string, files: GeneratedFile[]): CompileOutcome {
  const sources = writeGenerated(join(dir, 'cs'), files.filter((f) => f.target === 'csharp'));
  for (const b of CS_BUILDS) {
    const r = mcs([...sources, ...b.stubs.map((f) => join(STUBS_DIR, f))], join(dir, 'TimConv.dll'), { defines: b.defines });
    if (!r.ok || r.output) return { ok: false, output: `defines [${b.defines.join(', ')}]:\n${r.output}` };
  }
  return { ok: true, output: '' };
}
