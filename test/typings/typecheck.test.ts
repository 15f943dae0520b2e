import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/sdk.ts';

// The Puerts bridge and the generated call table type-check against the generated facade typings
// (`tsc -p tsconfig.json --noEmit`). Only errors in this part of the project are asserted on, so work
// in progress elsewhere does not fail it.
const OWN = [
  'runtime/bridges/puerts/',
  'runtime/generated/timconv-facade.d.ts',
  'runtime/generated/facade-calls.ts',
  'generator/emit/csharp/',
  'generator/emit/typings/',
  'generator/ir/build-ir.ts',
  'generator/ir/model.ts',
  'generator/ir/naming.ts',
  'generator/ir/session-api.ts',
  'test/csharp/',
  'test/typings/',
  'test/unity/',
];

describe('TypeScript: the Puerts bridge type-checks against the generated typings', function () {
  this.timeout(180000);
  it('tsc reports no error in the bridge, the generated typings and their emitters', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'], { cwd: repoRoot, encoding: 'utf8' });
    const errors = `${r.stdout}${r.stderr}`.split('\n').filter((l) => /error TS\d+/.test(l) && OWN.some((p) => l.startsWith(p)));
    assert.deepEqual(errors, []);
  });
});
