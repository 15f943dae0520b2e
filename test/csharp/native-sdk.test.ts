import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outcomes, tempDir } from './support/mono.ts';
import { testProgram } from './support/program.ts';

// The generated facade against the real libImSDK.so, run ONLY inside an isolated network namespace:
// `unshare --net --mount` gives the process a network namespace with nothing but a loopback device
// (down), and sysfs is remounted so /sys/class/net shows that namespace too. The C# program checks the
// isolation itself before TIMInit and refuses otherwise. Where unshare is not permitted, every test
// here is skipped (never passed).
const NATIVE_CHECKS = [
  'native: TIMInit answers 0 through the facade',
  'native: a call before login answers through the callback, delivered in Tick on the main thread',
  'native: listener setters accept our trampolines and null',
  'native: TIMLogin starts',
  'native: paging by filter passes uint64 and uint32 arguments and returns the result JSON',
  'native: an empty group name is rejected synchronously and leaves no request behind',
  'native: a Chinese and emoji group name reaches the SDK',
  'native: uninit',
];

function unsharePermitted(): boolean {
  const r = spawnSync('unshare', ['--net', '--mount', 'sh', '-c', 'mount -t sysfs sysfs /sys'], { encoding: 'utf8' });
  return r.status === 0;
}

/** Runs a shell command in a fresh network (and mount) namespace; the SDK's own log goes to a file. */
function isolated(script: string, logFile: string) {
  return spawnSync('unshare', ['--net', '--mount', 'sh', '-c', `{ ${script}; } >${JSON.stringify(logFile)} 2>&1`], { encoding: 'utf8', timeout: 120000 });
}

describe('generated facade against the real SDK (isolated network namespace)', function () {
  this.timeout(180000);
  let permitted = false;
  let results: ReturnType<typeof outcomes> = new Map();
  let log = '';
  let sdkLog = '';

  before(function () {
    permitted = unsharePermitted();
    if (!permitted) return;
    const exe = testProgram('sdk-path');
    const dir = tempDir('native');
    const r = isolated(`mount -t sysfs sysfs /sys && exec mono ${JSON.stringify(exe)} native ${JSON.stringify(join(dir, 'sdk'))}`, join(dir, 'sdk-log.txt'));
    const resultsFile = join(dir, 'sdk', 'results.txt');
    sdkLog = readFileSync(join(dir, 'sdk-log.txt'), 'utf8');
    log = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
    assert.equal(r.status, 0, `exit ${r.status} ${r.signal ?? ''}\n${log}\n${r.stderr}`);
    assert.match(log, /^DONE$/m, log);
    results = outcomes(log);
  });

  for (const name of NATIVE_CHECKS) {
    it(name, function () {
      if (!permitted) this.skip();
      const r = results.get(name);
      assert.ok(r, `the program did not report this check:\n${log}`);
      assert.equal(r.status, 'PASS', r.why);
    });
  }

  it('native: the SDK receives the Chinese and emoji user id intact (its own log echoes it)', function () {
    if (!permitted) this.skip();
    // The program flushes the C library's buffers before it exits, so the SDK's log is whole.
    const field = /\|Login begin\|.*?\|userid:([^|\n]*)\|/.exec(sdkLog);
    assert.ok(field, `no login line with a user id in the SDK's log (${sdkLog.length} bytes)`);
    assert.equal(field[1], 'timconv_测试_😀');
  });

  it('refuses to start the SDK when a network interface other than loopback is visible (/proc/self/net/dev)', function () {
    if (!permitted || spawnSync('sh', ['-c', 'command -v ip'], { encoding: 'utf8' }).status !== 0) this.skip();
    // Still inside a fresh namespace, so even a broken check could not reach the network.
    const dir = tempDir('refuse');
    const r = isolated(`mount -t sysfs sysfs /sys && ip link add timconv0 type bridge && exec mono ${JSON.stringify(testProgram('sdk-path'))} native ${JSON.stringify(dir)}`, join(dir, 'log.txt'));
    assert.equal(r.status, 3, readFileSync(join(dir, 'log.txt'), 'utf8'));
    assert.match(readFileSync(join(dir, 'results.txt'), 'utf8'), /^REFUSED network interfaces in \/proc\/self\/net\/dev: .*timconv0/m);
  });

  it('refuses to start the SDK when the loopback device is up', function () {
    if (!permitted || spawnSync('sh', ['-c', 'command -v ip'], { encoding: 'utf8' }).status !== 0) this.skip();
    const dir = tempDir('refuse');
    const r = isolated(`mount -t sysfs sysfs /sys && ip link set lo up && exec mono ${JSON.stringify(testProgram('sdk-path'))} native ${JSON.stringify(dir)}`, join(dir, 'log.txt'));
    assert.equal(r.status, 3, readFileSync(join(dir, 'log.txt'), 'utf8'));
    assert.match(readFileSync(join(dir, 'results.txt'), 'utf8'), /^REFUSED the loopback device is up/m);
  });

  it('refuses to start the SDK when /sys/class/net still shows the host namespace', function () {
    const hostInterfaces = existsSync('/sys/class/net') ? readdirSync('/sys/class/net').filter((n) => n !== 'lo') : [];
    if (!permitted || hostInterfaces.length === 0) this.skip();
    const dir = tempDir('refuse');
    const r = isolated(`exec mono ${JSON.stringify(testProgram('sdk-path'))} native ${JSON.stringify(dir)}`, join(dir, 'log.txt'));
    assert.equal(r.status, 3, readFileSync(join(dir, 'log.txt'), 'utf8'));
    assert.match(readFileSync(join(dir, 'results.txt'), 'utf8'), /^REFUSED network interfaces in \/sys\/class\/net/m);
  });
});
