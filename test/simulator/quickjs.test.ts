// The simulator runs in QuickJS, the engine of Puerts' QuickJS backend: bundled without any Node
// API, driven through the Bridge interface, callbacks delivered through the engine's job queue.
import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getQuickJS } from 'quickjs-emscripten';

const entry = fileURLToPath(new URL('../../runtime/simulator/index.ts', import.meta.url));

const SCENARIO = `
  const { SimulatorBridge, ManualClock } = Simulator;
  const out = [];
  const errors = [];
  const clock = new ManualClock(1700000000);
  const b = new SimulatorBridge({ clock: clock.now, onCallbackError: (e) => errors.push(String(e)) });
  b.setListener('TIMSetConvEventCallback', (kind, json) => out.push('event ' + kind + ' ' + json.length));
  b.setListener('TIMSetConvConversationGroupCreatedCallback', (name) => out.push('group ' + name));
  b.login('me');
  for (let i = 0; i < 5; i++) { clock.advance(); b.addConversation('c2c_u' + i, { unread: i }); }
  b.deliverMessage('group_g', { message_group_at_user_array: ['me'] });
  let returned = false;
  const r = b.call('TIMConvCreateConversationGroup', ['工作😀', '["c2c_u1","group_g"]'], (code, desc, json) => {
    out.push('created ' + code + ' after return: ' + returned);
  });
  returned = true;
  out.push('sync ' + r);
  b.call('TIMConvMarkConversation', ['["c2c_u1"]', (1n << 63n) | 1n, true], () => {});
  b.call('TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conversation_group":"工作😀"}', 0n, 1], (code, desc, json) => {
    out.push('page ' + code + ' ' + json);
    const next = BigInt(/"conversation_list_result_next_seq":(\\d+)/.exec(json)[1]);
    b.call('TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conversation_group":"工作😀"}', next, 5], (code2, desc2, json2) => {
      out.push('page2 ' + code2 + ' ' + json2);
    });
  });
  globalThis.result = out;
  globalThis.errors = errors;
`;

describe('simulator: runs under QuickJS (Puerts engine)', function () {
  this.timeout(60_000);

  it('bundles without Node built-ins and answers the bridge calls with callbacks from the job queue', async () => {
    const bundle = await build({
      entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: 'Simulator', platform: 'neutral', target: 'es2020',
    });
    const code = bundle.outputFiles[0].text;
    assert.doesNotMatch(code, /\brequire\(|process\.|Buffer|TextEncoder|queueMicrotask|setImmediate/);

    const QuickJS = await getQuickJS();
    const vm = QuickJS.newContext();
    try {
      const run = (src: string) => {
        const r = vm.evalCode(src);
        if (r.error) { const e = vm.dump(r.error); r.error.dispose(); throw new Error(JSON.stringify(e)); }
        r.value.dispose();
      };
      run(code);
      run(SCENARIO);
      const before = vm.getProp(vm.global, 'result');
      const pending = vm.dump(before) as string[];
      before.dispose();
      assert.ok(!pending.some((l) => l.startsWith('created')), 'a callback ran before the jobs were executed');
      const jobs = vm.runtime.executePendingJobs();
      if (jobs.error) { const e = vm.dump(jobs.error); jobs.error.dispose(); throw new Error(JSON.stringify(e)); }
      const h = vm.getProp(vm.global, 'result');
      const out = vm.dump(h) as string[];
      h.dispose();
      const eh = vm.getProp(vm.global, 'errors');
      assert.deepEqual(vm.dump(eh), []);
      eh.dispose();
      assert.ok(out.includes('sync 0'));
      assert.ok(out.includes('created 0 after return: true'));
      assert.ok(out.includes('group 工作😀'));
      assert.ok(out.some((l) => l.startsWith('event 3 0')) && out.some((l) => l.startsWith('event 4 0')));
      const page = out.find((l) => l.startsWith('page 0 '))!;
      assert.match(page, /"conv_id":"g"/);
      assert.match(page, /"conversation_list_result_is_finished":false/);
      // The second page holds c2c_u1 with its mark beyond 2^53, written exactly.
      assert.match(out.find((l) => l.startsWith('page2 0 '))!, /"conv_id":"u1".*"conv_mark_array":\[1,9223372036854775808\]/);
    } finally {
      vm.dispose();
    }
  });
});
