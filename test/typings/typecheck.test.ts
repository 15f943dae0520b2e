import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/sdk.ts';

// The whole TypeScript project type-checks (`tsc -p tsconfig.json --noEmit`): the Puerts bridge and
// the generated call table against the generated facade typings, and everything else beside them.
// Any error anywhere fails the test.
describe('TypeScript: the project type-checks, the Puerts bridge against the generated typings included', function () {
  this.timeout(180000);
  it('tsc reports no error', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'], { cwd: repoRoot, encoding: 'utf8' });
    const output = `${r.stdout}${r.stderr}`;
    assert.deepEqual(output.split('\n').filter((l) => /error TS\d+/.test(l)), []);
    assert.equal(r.status, 0, output);
  });
});
