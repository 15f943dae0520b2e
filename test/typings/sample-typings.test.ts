import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_DIR, SAMPLE_EDITOR_DIR } from '../csharp/support/unity-paths.ts';

// The sample type-checks without Unity against its own stand-in declarations (typings/*.d.ts). In a
// project, Puerts' generated index.d.ts declares only what a [Typing] or [Binding] list names, so the
// sample's SamplePuertsTypings must name every class those stand-ins declare for the sample to
// type-check against Puerts' file instead (README, "Typings beside Puerts' own").
const STAND_INS = ['unity-engine.d.ts', 'sample-host.d.ts'];

/** Full names (CS. left off) of the classes a declaration file declares inside its namespaces. */
function declaredClasses(text: string): string[] {
  const found: string[] = [];
  const scope: (string | null)[] = [];
  for (const line of text.split('\n')) {
    const ns = /^\s*(?:declare\s+)?namespace\s+([\w.]+)\s*\{/.exec(line);
    const cls = /^\s*class\s+(\w+)/.exec(line);
    if (cls) found.push([...scope.filter((s): s is string => s !== null), cls[1]].join('.'));
    const opens = (line.match(/\{/g) ?? []).length;
    const closes = (line.match(/\}/g) ?? []).length;
    for (let i = 0; i < opens; i++) scope.push(i === 0 && ns ? ns[1] : null);
    for (let i = 0; i < closes; i++) scope.pop();
  }
  return found.map((n) => n.replace(/^CS\./, ''));
}

describe('Unity sample: its Puerts [Typing] list covers what its stand-in typings declare', () => {
  it('names every class of typings/unity-engine.d.ts and typings/sample-host.d.ts, and nothing else', () => {
    const declared = STAND_INS.flatMap((f) => declaredClasses(readFileSync(join(SAMPLE_DIR, 'TypeScript~', 'typings', f), 'utf8')));
    assert.ok(declared.includes('UnityEngine.UIElements.Button') && declared.includes('TimConvSample.SampleHost'), declared.join(', '));
    const config = readFileSync(join(SAMPLE_EDITOR_DIR, 'SamplePuertsTypings.cs'), 'utf8');
    const listed = [...config.matchAll(/typeof\(([\w.]+)\)/g)].map((m) => m[1]);
    assert.deepEqual([...listed].sort(), [...declared].sort());
  });
});
