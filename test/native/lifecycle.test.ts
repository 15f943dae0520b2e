// NodeNativeBridge's own rules around the real library, in an isolated network namespace (see
// scripts/lifecycle-child.ts): what the SDK answers before TIMInit, argument errors, listener
// replacement and release, and close() with a login the SDK never answers.
import { strict as assert } from 'node:assert';
import { runIsolated } from '../support/netns.ts';
import { sdkPaths } from '../support/sdk.ts';
import type { CallRecord } from './support/records.ts';
import { makeWorkDir, removeWorkDir } from '../../runtime/contract/work-dir.ts';

interface LifecycleResult {
  beforeInit: { async: CallRecord; sync: CallRecord; status: number };
  errors: Record<string, string>;
  listenerReplace: { afterFirst: number; afterSecond: number };
  init: number;
  initTwice: string;
  unread: CallRecord;
  seen: string[];
  clear: { right: number; afterGrace: number };
  login: number | string;
  disposedCode: number;
  afterClose: { stats: { pending: number; trampolines: number; listeners: string[] }; koffiCallbacks: number; call: string; listener: string };
}

describe('NodeNativeBridge life cycle on the real library (isolated network namespace)', function () {
  this.timeout(60_000);
  let r: LifecycleResult;
  let workDir = '';

  before(async function () {
    workDir = makeWorkDir('timconv-native-');
    const run = await runIsolated.call(this, 'test/native/scripts/lifecycle-child.ts', [sdkPaths().libraryPath, workDir], { timeoutMs: 45_000 });
    r = run.result as LifecycleResult;
  });

  // Only after the child has exited: its SDK log thread writes into the folder until then.
  after(() => { if (workDir) removeWorkDir(workDir); });

  it('before TIMInit an asynchronous call answers 6013 in its callback and a synchronous one returns 0 (the SDK never returns -1)', () => {
    assert.deepEqual([r.beforeInit.async.rc, r.beforeInit.async.code, r.beforeInit.async.desc], [0, 6013, 'not initialized']);
    assert.deepEqual([r.beforeInit.sync.rc, r.beforeInit.sync.settled], [0, 'sync']);
    assert.equal(r.beforeInit.status, 3);
  });

  it('rejects unknown functions, wrong argument counts and types, and setters through call()', () => {
    assert.match(r.errors.unknown, /^TypeError: .*unknown function TIMConvNoSuch/);
    assert.match(r.errors.count, /^TypeError: TIMConvCreate takes 2 argument\(s\), got 1/);
    assert.match(r.errors.type, /^TypeError: .*next_seq \(uint64_t\) must be a bigint \(or a safe integer\)/);
    assert.match(r.errors.setterViaCall, /^TypeError: .*use setListener/);
    assert.match(r.errors.unknownSetter, /^TypeError: .*unknown listener setter TIMConvCreate/);
  });

  it('TIMInit works once; a second init is refused', () => {
    assert.equal(r.init, 0);
    assert.match(r.initTwice, /already called/);
  });

  it('replacing a listener reuses its trampoline, and the new listener gets the events', () => {
    assert.equal(r.listenerReplace.afterSecond, r.listenerReplace.afterFirst);
    assert.equal(r.unread.code, 0);
    assert.deepEqual(r.seen, ['second 0']);
  });

  it('a cleared listener trampoline is released after the grace period', () => {
    assert.equal(r.clear.right, 2);
    assert.equal(r.clear.afterGrace, 1, 'only the shared TIMCommCallback trampoline is left');
  });

  it('close() uninitializes, settles the unanswered login with the disposed code and releases everything', () => {
    assert.equal(r.login, r.disposedCode);
    assert.deepEqual(r.afterClose.stats.pending, 0);
    assert.deepEqual(r.afterClose.stats.trampolines, 0);
    assert.equal(r.afterClose.koffiCallbacks, 0);
    assert.match(r.afterClose.call, /disposed/);
    assert.match(r.afterClose.listener, /disposed/);
  });
});
