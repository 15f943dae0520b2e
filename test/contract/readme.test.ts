// The kit's README example is a test file (readme-example.ts): this keeps the README's copy
// identical to it, and runs it as a user would, as a mocha suite of its own.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/sdk.ts';

const EXAMPLE = 'test/contract/readme-example.ts';

describe('contract kit: README', function () {
  this.timeout(120_000);

  it('shows readme-example.ts exactly as it runs', () => {
    const readme = readFileSync(join(repoRoot, 'runtime/contract/README.md'), 'utf8');
    const block = /<!-- example: test\/contract\/readme-example\.ts[^>]*-->\n```ts\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the README has no example block');
    assert.equal(block[1], readFileSync(join(repoRoot, EXAMPLE), 'utf8'));
  });

  // The example tries every kind of invalid input: it passes only while the runtime refuses all.
  it('passes as a mocha suite of its own', () => {
    const mocha = join(repoRoot, 'node_modules/mocha/bin/mocha.js');
    const r = spawnSync(process.execPath, [mocha, '--no-config', '--node-option', 'import=tsx', '--reporter', 'dot', EXAMPLE], { cwd: repoRoot, encoding: 'utf8', timeout: 110_000 });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /23 passing/); // the mock's test and one per API of the simulator
  });
});
