// runInNetNamespace(): every way a child in `unshare --net` can end is one resolved outcome, with
// the reason in words: a result, a result line that is not JSON, no result line, a failing exit, a
// time-out. Skipped where `unshare --net` is not permitted.
import { strict as assert } from 'node:assert';
import { runInNetNamespace } from '../../runtime/contract/netns-run.ts';
import { unshareNetAvailable } from '../support/netns.ts';

const MARK = '@@test-result@@ ';
const child = (code: string, timeoutMs = 20_000) => runInNetNamespace(['-e', code], { mark: MARK, timeoutMs });
const print = (line: string) => `process.stdout.write(${JSON.stringify(`\n${line}\n`)});`;

describe('contract: a child in a network namespace', function () {
  this.timeout(60_000);
  before(function () {
    if (!unshareNetAvailable().ok) this.skip();
  });

  it('reads the last result line', async () => {
    const run = await child(`${print(`${MARK}{"n":1}`)}${print(`${MARK}{"n":2}`)}`);
    assert.ok(run.ok, run.ok ? '' : run.reason);
    assert.deepEqual(run.result, { n: 2 });
  });

  it('a result line that is not JSON resolves as a failure that says so', async () => {
    const run = await child(print(`${MARK}{"report":`));
    assert.equal(run.ok, false);
    assert.match(!run.ok ? run.reason : '', /printed a result that is not JSON/);
  });

  it('no result line, a failing exit and a crash are told apart', async () => {
    const silent = await child('');
    assert.match(!silent.ok ? silent.reason : '', /printed no result/);
    const failing = await child(`process.stderr.write('boom'); process.exit(3);`);
    assert.deepEqual(!failing.ok && [failing.reason, failing.crashed, failing.stderr], ['exited with 3', false, 'boom']);
    const crashed = await child(`process.kill(process.pid, 'SIGSEGV');`);
    assert.deepEqual(!crashed.ok && [crashed.reason, crashed.crashed], ['exited with SIGSEGV', true]);
  });

  it('a child that runs over its time is killed and reported', async () => {
    const run = await child('setInterval(() => {}, 1000);', 1500);
    assert.match(!run.ok ? run.reason : '', /ran over 1500 ms and was killed/);
  });
});
