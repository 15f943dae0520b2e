import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/sdk.ts';

const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');

function typecheck(project: string): { status: number | null; output: string } {
  const r = spawnSync(tsc, ['-p', project, '--noEmit'], { cwd: repoRoot, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

describe('TypeScript compiles with tsc --strict', function () {
  this.timeout(120000);

  it('the generated bindings with the runtime, alone (strict, noEmit)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timconv-tsc-'));
    try {
      const project = join(dir, 'tsconfig.json');
      writeFileSync(project, JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
          allowImportingTsExtensions: true, skipLibCheck: false, lib: ['ES2022'], types: [],
          noUnusedLocals: true, noImplicitReturns: true, exactOptionalPropertyTypes: false,
        },
        files: [join(repoRoot, 'runtime', 'generated', 'index.ts'), join(repoRoot, 'runtime', 'index.ts')],
      }));
      const r = typecheck(project);
      assert.equal(r.status, 0, r.output);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the whole project (generator, runtime, bridges, tests)', () => {
    const r = typecheck(join(repoRoot, 'tsconfig.json'));
    assert.equal(r.status, 0, r.output);
  });
});
