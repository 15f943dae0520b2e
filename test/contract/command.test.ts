// `timconv kit` end to end: the simulator, the real library inside `unshare --net`, and the
// reliability figures, which this test prints so that every CI log carries them. Set
// TIMCONV_KIT_FULL=1 for the full-size run (10,000 + 10,000 inputs per API, 100,000 chaotic calls).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unshareNetAvailable } from '../support/netns.ts';
import { repoRoot } from '../support/sdk.ts';

const FULL = process.env.TIMCONV_KIT_FULL === '1';

function kit(args: string[], timeoutMs: number, cwd = repoRoot): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--expose-gc', join(repoRoot, 'bin/timconv.mjs'), 'kit', ...args], { cwd, encoding: 'utf8', timeout: timeoutMs });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The figures of one target's line, e.g. { tried: 2050, refused: 950, ... }. */
function figures(stdout: string, label: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith(label));
  assert.ok(line, `no "${label}" line in:\n${stdout}`);
  return Object.fromEntries([...line.matchAll(/(tried|refused|reached|settled|threw|crashes|findings) (\d+)/g)].map((m) => [m[1], Number(m[2])]));
}

describe('timconv kit', function () {
  this.timeout(FULL ? 3_600_000 : 180_000);

  it('runs the contract against the simulator and prints its figures', () => {
    const r = kit(['--target', 'simulator', '--valid', '10', '--invalid', '10'], 120_000);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const apis = 22;
    const withParams = 19;
    assert.deepEqual(figures(r.stdout, 'simulator'), {
      tried: apis * 10 + withParams * 10, refused: withParams * 10, reached: apis * 10, settled: apis * 10 + withParams * 10, threw: 0, crashes: 0, findings: 0,
    });
  });

  it('runs the contract against the real library inside unshare --net, from any folder, with no TypeScript loader', function () {
    if (!unshareNetAvailable().ok) this.skip();
    // Outside the repository no `tsx` can be resolved: the child must run as compiled JavaScript.
    const r = kit(['--target', 'native', '--valid', '4', '--invalid', '10'], 170_000, tmpdir());
    console.log(`      ${r.stdout.trim().split('\n').slice(1).join('\n      ')}`);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /libImSDK .*inside unshare --net, login status 2/);
    assert.deepEqual(figures(r.stdout, 'libImSDK'), { tried: 22 * 4 + 190, refused: 190, reached: 88, settled: 278, threw: 0, crashes: 0, findings: 0 });
  });

  it(`prints the reliability figures (${FULL ? 'full size' : 'suite size; TIMCONV_KIT_FULL=1 for the full run'})`, () => {
    const r = kit(['--target', 'simulator', '--valid', '0', '--invalid', '0', FULL ? '--full' : '--reliability'], FULL ? 3_500_000 : 170_000);
    console.log(`      ${r.stdout.trim().split('\n').slice(2).join('\n      ')}`);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /chaotic calls .*: (\d+) calls, \1 settled once as expected, 0 wrong, (\d+) misbehaving completions reported \(\2 expected\)/);
    assert.match(r.stdout, /prototype pollution: none/);
    assert.match(r.stdout, /heap after GC .* flat\)/);
    assert.match(r.stdout, /reliability: ok$/m);
  });

  it('refuses a bad option with a clear line', () => {
    const r = kit(['--target', 'moon'], 60_000);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--target is simulator, native or all, got moon/);
    const c = kit(['--classes', 'nul,sparkles'], 60_000);
    assert.equal(c.status, 1);
    assert.match(c.stderr, /unknown --classes sparkles/);
  });
});
