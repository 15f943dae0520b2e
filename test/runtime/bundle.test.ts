// The Puerts bundle: one ES module with the runtime and the generated code, free of Node and of
// code-from-strings, that loads and completes a short session in engines that have nothing but
// the language built-ins: a bare node:vm context and QuickJS (the engine of Puerts' QuickJS
// backend), each given no globals at all.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getQuickJS } from 'quickjs-emscripten';
import { buildBundle, forbiddenIn } from '../../runtime/bundle/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SESSION = join(here, 'fixtures', 'bundle-session.mjs');
const VM_RUNNER = join(here, 'fixtures', 'run-in-vm.mjs');

const EXPECTED_STEPS = [
  'native listener set by the first on()',
  'pinned conv_active_time exact',
  '63-bit message_unique_id exact',
  'uint64 mark exact',
  'UTF-8 text intact',
  'group name over 32 bytes refused with 51011',
  'refused call never reached the bridge',
  'SDK error code passed through',
  'synchronous call returned',
  'group list',
  'sync-start event with "" read as []',
  'native listener cleared after the last off()',
  'simulator: conversation listed with bigint conv_active_time',
  'simulator: group created and listed',
  'simulator: conversation events delivered',
];

interface Report { done: boolean; failure: string | null; steps: string; bridgeCalls: string }

function assertSession(report: Report): void {
  assert.equal(report.failure, null);
  assert.equal(report.done, true);
  assert.deepEqual(JSON.parse(report.steps), EXPECTED_STEPS);
  assert.equal(report.bridgeCalls, 'TIMConvGetConversationListByFilter,TIMConvDeleteConversationGroup,TIMConvSetDraft,TIMConvGetConversationGroupList');
}

describe('bundle for Puerts', function () {
  this.timeout(120_000);
  let dir = '';
  let bundlePath = '';
  let code = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'timconv-bundle-'));
    bundlePath = join(dir, 'timconv.mjs');
    code = await buildBundle({ outfile: bundlePath });
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is written where asked, as an ES module', () => {
    assert.equal(readFileSync(bundlePath, 'utf8'), code);
    assert.match(code, /^export \{/m);
  });

  it('contains no require(, process., Buffer, new Function or eval(', () => {
    for (const needle of ['require(', 'process.', 'Buffer', 'new Function', 'eval(']) assert.equal(code.includes(needle), false, needle);
    assert.deepEqual(forbiddenIn(code), []);
  });

  it('the checker catches each forbidden construct', () => {
    for (const snippet of ['const fs = require("fs");', 'process.env.X', 'Buffer.from(x)', 'new Function("return 1")', 'eval("1")']) {
      assert.equal(forbiddenIn(snippet).length, 1, snippet);
    }
  });

  it('exports the manager, the error type and the Node-free bridges', () => {
    const exported = /export \{([^}]*)\}/.exec(code)![1].split(',').map((s) => s.trim().split(/\s+as\s+/).pop());
    for (const name of ['ConversationManager', 'ConversationCore', 'TimError', 'PuertsBridge', 'SimulatorBridge', 'TIMConvEvent', 'TIMCONV_ERR_TIMEOUT']) {
      assert.ok(exported.includes(name), `${name} is exported`);
    }
  });

  it('completes a session in a bare node:vm context', () => {
    const run = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', VM_RUNNER, bundlePath, SESSION], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as Report & { probe: string };
    // V8 gives every context a (silent) console; nothing else beyond the language is there.
    assert.equal(report.probe, 'object,undefined,undefined,undefined,function');
    assertSession(report);
  });

  it('completes a session in QuickJS with no globals but the built-ins', async () => {
    const QuickJS = await getQuickJS();
    const runtime = QuickJS.newRuntime();
    runtime.setModuleLoader((name) => (name === 'timconv' ? code : { error: new Error(`unknown module ${name}`) }));
    const ctx = runtime.newContext();
    try {
      const probe = ctx.unwrapResult(ctx.evalCode('[typeof console, typeof setTimeout, typeof CS, typeof puer, typeof require, typeof BigInt].join()'));
      assert.equal(ctx.getString(probe), 'undefined,undefined,undefined,undefined,undefined,function');
      probe.dispose();

      const ns = ctx.unwrapResult(ctx.evalCode(readFileSync(SESSION, 'utf8'), 'session.mjs', { type: 'module' }));
      const call = (name: string) => {
        const fn = ctx.getProp(ns, name);
        const result = ctx.unwrapResult(ctx.callFunction(fn, ctx.undefined));
        fn.dispose();
        return result;
      };
      let report: Report | undefined;
      for (let i = 0; i < 1000; i++) {
        const jobs = runtime.executePendingJobs();
        if (jobs.error) {
          const error = ctx.dump(jobs.error);
          jobs.error.dispose();
          assert.fail(`a promise job threw in QuickJS: ${JSON.stringify(error)}`);
        }
        const handle = call('report');
        report = ctx.dump(handle) as Report;
        handle.dispose();
        if (report.done) break;
        call('tick').dispose();
      }
      ns.dispose();
      assertSession(report!);
    } finally {
      ctx.dispose();
      runtime.dispose();
    }
  });
});
