import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitCsharp } from '../../generator/emit/csharp/index.ts';
import { realIr } from '../support/generated.ts';
import { repoRoot } from '../support/sdk.ts';
import { listCs, mcs, requireMono, STUBS_DIR, tempDir, writeGenerated } from './support/mono.ts';

// The Unity sample's hand-written parts: the bootstrap compiles (against UnityEngine and Puerts
// stand-ins) with the defines the sample sets, and the project skeleton holds what Unity needs.
const sample = join(repoRoot, 'unity-sample');

describe('Unity sample', function () {
  this.timeout(120000);

  it('compiles TimConvBootstrap.cs with the generated C# and the defines of Assets/csc.rsp', () => {
    requireMono();
    const rsp = readFileSync(join(sample, 'Assets', 'csc.rsp'), 'utf8');
    const defines = /-define:(\S+)/.exec(rsp)![1].split(';');
    assert.deepEqual(defines, ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS']);
    const sources = [
      ...writeGenerated(tempDir('sample'), emitCsharp(realIr())),
      ...listCs(join(sample, 'Assets', 'Scripts')),
      join(STUBS_DIR, 'PuertsStubs.cs'), join(STUBS_DIR, 'UnityStubs.cs'),
    ];
    const r = mcs(sources, join(tempDir('sample-dll'), 'Sample.dll'), { defines });
    assert.ok(r.ok && r.output === '', r.output);
  });

  it('declares Puerts as a package dependency and a Unity editor version', () => {
    const manifest = JSON.parse(readFileSync(join(sample, 'Packages', 'manifest.json'), 'utf8'));
    assert.ok(manifest.dependencies['com.tencent.puerts.core']);
    assert.match(readFileSync(join(sample, 'ProjectSettings', 'ProjectVersion.txt'), 'utf8'), /^m_EditorVersion: \d{4}\.\d+\.\d+f\d+$/m);
  });

  it('has the ESM entry that uses the runtime bundle and the facade', () => {
    const main = readFileSync(join(sample, 'Assets', 'Resources', 'main.mjs'), 'utf8');
    assert.match(main, /from '\.\/timconv\.mjs'/);
    assert.match(main, /new PuertsBridge\(\)/);
    assert.ok(existsSync(join(sample, 'README.md')));
  });
});
