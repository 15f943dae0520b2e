import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_TARGET_DIRS, generateAll, planFiles } from '../../generator/generate-command.ts';
import { realIr } from '../support/generated.ts';
import { repoRoot } from '../support/sdk.ts';

// Outputs only: the no-op stamps are a local, git-ignored cache (generator/stamp.ts), so an edit that
// leaves the output unchanged leaves the committed tree unchanged too.
describe('committed generated files', function () {
  this.timeout(60000);
  it('match what the generator produces from schema/ (run `npm run generate` when this fails)', async () => {
    const plan = planFiles(await generateAll(realIr()), DEFAULT_TARGET_DIRS, repoRoot);
    const drifted: string[] = [];
    for (const p of plan) {
      const file = join(p.dir, p.path);
      if (!existsSync(file)) drifted.push(`missing ${relative(repoRoot, file)}`);
      else if (readFileSync(file, 'utf8') !== p.content) drifted.push(`differs ${relative(repoRoot, file)}`);
    }
    assert.deepEqual(drifted, []);
    assert.ok(plan.length >= 7);
  });

  it('are byte-identical across two generations', async () => {
    const a = await generateAll(realIr());
    const b = await generateAll(realIr());
    assert.equal(a.length, b.length);
    for (let i = 0; i < a.length; i++) assert.equal(a[i].content, b[i].content, a[i].path);
  });
});
