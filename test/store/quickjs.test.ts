// The store in QuickJS, the engine of Puerts' QuickJS backend, with nothing but the language
// built-ins: no console, no timers, no queueMicrotask. The host drives it the way a Unity frame does:
// run the engine's pending jobs (Puerts runs them in its Tick), then flush() the store once.
import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getQuickJS } from 'quickjs-emscripten';

const entry = fileURLToPath(new URL('../../runtime/index.ts', import.meta.url));

const SESSION = `
  const { ConversationManager, ConversationStore, ConversationBatch, SimulatorBridge, ManualClock } = TimConv;
  const log = [];
  const errors = [];
  const clock = new ManualClock(1700000000);
  const sim = new SimulatorBridge({ clock: clock.now });
  for (let i = 0; i < 150; i++) { if (i % 4 === 0) clock.advance(); sim.addConversation('c2c_u' + i, { unread: i % 3 }); }
  sim.login('me');
  const manager = new ConversationManager(sim);
  const store = new ConversationStore(manager, { flush: 'manual', onError: (e, c) => errors.push(c.kind + ': ' + e) });
  store.watchUnread('chats', { conversation_list_filter_conv_type: 1 });
  const id = (c) => ConversationStore.idOf(c);
  let step = 0;
  globalThis.frame = () => {
    const change = store.flush();
    if (change) log.push('change +' + change.added.length + ' ~' + change.changed.join(',') + ' >' + change.moved.join(',') + ' total:' + change.totalUnread);
    if (step === 0 && store.isReady && store.unread('chats') !== undefined) {
      step = 1;
      log.push('ready ' + store.size + ' first ' + id(store.at(0)) + ' total ' + store.totalUnread + ' chats ' + store.unread('chats'));
      sim.deliverMessage('c2c_u0');
      sim.deliverMessage('c2c_u1');
    } else if (step === 1 && id(store.at(0)) === 'c2c_u1') {
      step = 2;
      (async () => {
        const seen = new Set();
        for await (const page of store.pages({ conversation_list_filter_has_unread_count: true }, 20)) page.forEach((c) => seen.add(id(c)));
        log.push('pages ' + seen.size);
        const results = await new ConversationBatch(manager).markConversation(store.conversations().map(id), 1n << 63n, true);
        log.push('marked ' + results.length + ' ' + String(store.get('c2c_u5').conv_mark_array));
        const r = await store.reconcileUnread();
        log.push('drift ' + r.drift.length + ' total ' + r.total.fromList);
        step = 3;
      })().catch((e) => errors.push('session: ' + e));
    } else if (step === 3) {
      store.dispose();
      log.push('disposed, listeners ' + manager.listenerCount('convEvent'));
      step = 4;
    }
    return step === 4;
  };
  globalThis.report = () => JSON.stringify({ log, errors });
`;

describe('store: runs under QuickJS, driven frame by frame', function () {
  this.timeout(60_000);

  it('loads, follows events, pages, marks in batches and reconciles with promise jobs and flush() only', async () => {
    const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: 'TimConv', platform: 'neutral', target: 'es2020' });
    const code = bundle.outputFiles[0].text;
    assert.doesNotMatch(code, /\brequire\(|process\.|Buffer|TextEncoder|queueMicrotask|setImmediate/);
    const QuickJS = await getQuickJS();
    const vm = QuickJS.newContext();
    try {
      const probe = vm.unwrapResult(vm.evalCode('[typeof console, typeof setTimeout, typeof queueMicrotask].join()'));
      assert.equal(vm.getString(probe), 'undefined,undefined,undefined');
      probe.dispose();
      vm.unwrapResult(vm.evalCode(code)).dispose();
      vm.unwrapResult(vm.evalCode(SESSION)).dispose();
      let done = false;
      for (let frame = 0; frame < 200 && !done; frame++) {
        const jobs = vm.runtime.executePendingJobs();
        if (jobs.error) { const e = vm.dump(jobs.error); jobs.error.dispose(); assert.fail(JSON.stringify(e)); }
        const r = vm.unwrapResult(vm.evalCode('frame()'));
        done = vm.dump(r) === true;
        r.dispose();
      }
      const r = vm.unwrapResult(vm.evalCode('report()'));
      const { log, errors } = JSON.parse(vm.getString(r)) as { log: string[]; errors: string[] };
      r.dispose();
      assert.deepEqual(errors, []);
      assert.equal(done, true, log.join('\n'));
      assert.deepEqual(log.filter((l) => !l.startsWith('change')), [
        'ready 150 first c2c_u149 total 150 chats 150',
        'pages 101',
        'marked 150 9223372036854775808',
        'drift 0 total 152',
        'disposed, listeners 0',
      ]);
      assert.ok(log.includes('change +0 ~c2c_u1,c2c_u0 >c2c_u1,c2c_u0 total:true'), log.join('\n'));
    } finally {
      vm.dispose();
    }
  });
});
