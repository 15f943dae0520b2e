// Every asynchronous call settles exactly once, whatever order or number of answers the bridge
// produces: duplicate, late (after timeout or dispose), missing (timeout) and synchronous failures.
import { strict as assert } from 'node:assert';
import {
  TimError, TIMCONV_ERR_BRIDGE, TIMCONV_ERR_DISPOSED, TIMCONV_ERR_TIMEOUT, TIM_ERR_NOTLOGIN,
} from '../../runtime/errors.ts';
import { flush, rig, track } from './fixtures/helpers.ts';

const GROUPS = 'TIMConvGetConversationGroupList';

describe('core: exactly-once settlement', () => {
  it('resolves with the parsed, validated payload of the completion', async () => {
    const { bridge, core } = rig();
    const p = core.invoke<string[]>(GROUPS, []);
    assert.equal(bridge.calls.length, 1);
    bridge.answer(0, '', '["friends","work"]');
    assert.deepEqual(await p, ['friends', 'work']);
    assert.equal(core.pendingCount, 0);
  });

  it('rejects with the SDK code and description of a failed completion', async () => {
    const { bridge, core } = rig();
    const p = core.invoke(GROUPS, []);
    bridge.answer(7013, 'interface not supported', '');
    await assert.rejects(p, (e: TimError) => e instanceof TimError && e.code === 7013 && e.desc === 'interface not supported' && e.fn === GROUPS);
  });

  it('ignores a duplicate completion and reports it', async () => {
    const { bridge, core, reported } = rig();
    const t = track(core.invoke(GROUPS, []));
    bridge.answer(0, '', '["a"]');
    bridge.answer(0, '', '["b"]');
    bridge.answer(6014, 'not logged in', '');
    await flush();
    assert.equal(t.settled(), 'resolved');
    assert.deepEqual(t.value(), ['a']);
    assert.deepEqual(reported.map((r) => r.context.kind), ['duplicate-completion', 'duplicate-completion']);
    assert.equal((reported[0].error as TimError).code, TIMCONV_ERR_BRIDGE);
  });

  it('times out a call whose completion never comes', async () => {
    const { bridge, core, timers } = rig({ timeoutMs: 5000 });
    const t = track(core.invoke(GROUPS, []));
    timers.advance(4999);
    await flush();
    assert.equal(t.settled(), 'pending');
    timers.advance(1);
    await flush();
    assert.equal(t.settled(), 'rejected');
    assert.equal(t.error().code, TIMCONV_ERR_TIMEOUT);
    assert.equal(core.pendingCount, 0);
    assert.equal(bridge.calls.length, 1);
  });

  it('ignores, without reporting, a completion that arrives after the timeout', async () => {
    const { bridge, core, timers, reported } = rig({ timeoutMs: 10 });
    const t = track(core.invoke(GROUPS, []));
    timers.advance(10);
    bridge.answer(0, '', '["late"]');
    await flush();
    assert.equal(t.error().code, TIMCONV_ERR_TIMEOUT);
    assert.deepEqual(reported, []);
  });

  it('clears the timer when the completion comes first', async () => {
    const { bridge, core, timers } = rig({ timeoutMs: 10 });
    const p = core.invoke(GROUPS, []);
    assert.equal(timers.active, 1);
    bridge.answer(0, '', '[]');
    assert.equal(timers.active, 0);
    assert.deepEqual(await p, []);
    timers.advance(100);
  });

  it('rejects at once on a non-zero synchronous return, and ignores a later completion', async () => {
    const { bridge, core, reported } = rig();
    bridge.onCall = () => TIM_ERR_NOTLOGIN;
    const t = track(core.invoke(GROUPS, []));
    await flush();
    assert.equal(t.settled(), 'rejected');
    assert.equal(t.error().code, TIM_ERR_NOTLOGIN);
    assert.match(t.error().message, /TIM_ERR_NOTLOGIN/);
    bridge.answer(0, '', '["x"]');
    await flush();
    assert.equal(t.error().code, TIM_ERR_NOTLOGIN);
    assert.deepEqual(reported.map((r) => r.context.kind), ['unexpected-completion']);
  });

  it('accepts a completion delivered synchronously inside the call', async () => {
    const { bridge, core } = rig();
    bridge.onCall = (c) => { c.done!(0, '', '["now"]'); return 0; };
    assert.deepEqual(await core.invoke(GROUPS, []), ['now']);
  });

  it('keeps the completion when the bridge also returns a failure after it, and reports that', async () => {
    const { bridge, core, reported } = rig();
    bridge.onCall = (c) => { c.done!(0, '', '["first"]'); return -1; };
    assert.deepEqual(await core.invoke(GROUPS, []), ['first']);
    assert.deepEqual(reported.map((r) => r.context.kind), ['unexpected-completion']);
  });

  it('turns a throwing bridge into a TimError rejection', async () => {
    const { bridge, core } = rig();
    const boom = new Error('native crash');
    bridge.onCall = () => { throw boom; };
    await assert.rejects(core.invoke(GROUPS, []), (e: TimError) => e.code === TIMCONV_ERR_BRIDGE && (e as { cause?: unknown }).cause === boom);
    assert.equal(core.pendingCount, 0);
  });

  it('settles concurrent calls independently, whatever order the answers come in', async () => {
    const { bridge, core } = rig();
    const a = core.invoke(GROUPS, []);
    const b = core.invoke(GROUPS, []);
    const c = core.invoke(GROUPS, []);
    bridge.answer(0, '', '["c"]', 2);
    bridge.answer(6014, 'not logged in', '', 0);
    bridge.answer(0, '', '["b"]', 1);
    await assert.rejects(a, (e: TimError) => e.code === 6014);
    assert.deepEqual(await b, ['b']);
    assert.deepEqual(await c, ['c']);
  });

  describe('dispose', () => {
    it('rejects every pending call, ignores their late completions and refuses new calls', async () => {
      const { bridge, core, reported } = rig({ timeoutMs: 1000 });
      const a = track(core.invoke(GROUPS, []));
      const b = track(core.invoke(GROUPS, []));
      core.dispose();
      await flush();
      assert.equal(a.error().code, TIMCONV_ERR_DISPOSED);
      assert.equal(b.error().code, TIMCONV_ERR_DISPOSED);
      bridge.answer(0, '', '["late"]', 0);
      await flush();
      assert.equal(a.error().code, TIMCONV_ERR_DISPOSED);
      assert.deepEqual(reported, []);
      await assert.rejects(core.invoke(GROUPS, []), (e: TimError) => e.code === TIMCONV_ERR_DISPOSED);
      assert.throws(() => core.invokeSync('TIMConvSetDraft', ['c2c_a', 1, {}]), (e: TimError) => e.code === TIMCONV_ERR_DISPOSED);
      assert.equal(bridge.calls.length, 2);
      assert.equal(core.disposed, true);
      core.dispose(); // a second dispose does nothing
    });

    it('leaves no timer behind', () => {
      const { core, timers } = rig({ timeoutMs: 1000 });
      void core.invoke(GROUPS, []).catch(() => {});
      core.dispose();
      assert.equal(timers.active, 0);
    });
  });

  describe('synchronous functions', () => {
    it('return nothing on 0 and throw the TIMResult otherwise', () => {
      const { bridge, core } = rig();
      core.invokeSync('TIMConvSetDraft', ['c2c_a', 1, { draft_user_define: 'hi' }]);
      assert.deepEqual(bridge.calls[0].args, ['c2c_a', 1, '{"draft_user_define":"hi"}']);
      assert.equal(bridge.calls[0].done, undefined);
      bridge.onCall = () => -5;
      assert.throws(() => core.invokeSync('TIMConvSetDraft', ['c2c_a', 1, {}]), (e: TimError) => e.code === -5 && /TIM_ERR_CONV/.test(e.message));
    });

    it('through invoke() resolve or reject by the return code', async () => {
      const { bridge, core } = rig();
      assert.equal(await core.invoke('TIMConvSetDraft', ['c2c_a', 1, {}]), undefined);
      bridge.onCall = () => -2;
      await assert.rejects(core.invoke('TIMConvSetDraft', ['c2c_a', 1, {}]), (e: TimError) => e.code === -2);
    });

    it('refuse to run an asynchronous function synchronously', () => {
      const { bridge, core } = rig();
      assert.throws(() => core.invokeSync(GROUPS, []), (e: TimError) => e.code === -4);
      assert.equal(bridge.calls.length, 0);
    });
  });

  it('rejects an unknown function without calling the bridge', async () => {
    const { bridge, core } = rig();
    await assert.rejects(core.invoke('TIMConvNoSuchThing', []), (e: TimError) => e.code === -4);
    assert.equal(bridge.calls.length, 0);
  });
});
