import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNITY_OUT, buildBundle } from '../../runtime/bundle/build.mjs';

describe('committed Puerts bundle (the Unity package\'s Runtime/Resources/timconv.mjs)', function () {
  this.timeout(60000);
  it('matches a fresh build of the runtime (run `npm run generate` when this fails)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timconv-bundle-'));
    try {
      const fresh: string = await buildBundle({ outfile: join(dir, 'timconv.mjs') });
      const committed = readFileSync(UNITY_OUT, 'utf8');
      assert.ok(fresh.length > 100000);
      assert.ok(committed === fresh, 'the committed bundle differs from a fresh build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
