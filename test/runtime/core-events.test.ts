// Listeners: the native listener is set for the first and cleared after the last; payloads are
// parsed and validated like results; nothing ever throws into the native caller.
import { strict as assert } from 'node:assert';
import { TimError, TIMCONV_ERR_BRIDGE, TIMCONV_ERR_DISPOSED, TIMCONV_ERR_INVALID_RESULT } from '../../runtime/errors.ts';
import { rig } from './fixtures/helpers.ts';

const CONV = 'TIMSetConvEventCallback';
const UNREAD = 'TIMSetConvTotalUnreadMessageCountChangedCallback';

describe('core: events', () => {
  it('sets the native listener with the first listener and clears it after the last', () => {
    const { bridge, core } = rig();
    const off1 = core.subscribe('convEvent', () => {});
    const off2 = core.subscribe('convEvent', () => {});
    assert.deepEqual(bridge.listenerLog, [[CONV, true]]);
    off1();
    assert.deepEqual(bridge.listenerLog, [[CONV, true]]);
    assert.equal(core.listenerCount('convEvent'), 1);
    off2();
    assert.deepEqual(bridge.listenerLog, [[CONV, true], [CONV, false]]);
    off2(); // removing twice does nothing
    off1();
    assert.deepEqual(bridge.listenerLog, [[CONV, true], [CONV, false]]);
    core.subscribe('convEvent', () => {});
    assert.deepEqual(bridge.listenerLog, [[CONV, true], [CONV, false], [CONV, true]]);
  });

  it('delivers parsed, typed arguments to every listener in order', () => {
    const { bridge, core } = rig();
    const seen: unknown[][] = [];
    core.subscribe('convEvent', (...args) => seen.push(['a', ...args]));
    core.subscribe('convEvent', (...args) => seen.push(['b', ...args]));
    bridge.emit(CONV, 2, '[{"conv_id":"c2c_a","conv_type":1,"conv_active_time":4611686018427387909,"conv_mark_array":[1,9223372036854775808]}]');
    const conv = { conv_id: 'c2c_a', conv_type: 1, conv_active_time: 2n ** 62n + 5n, conv_mark_array: [1n, 1n << 63n] };
    assert.deepEqual(seen, [['a', 2, [conv]], ['b', 2, [conv]]]);
  });

  it('reads the empty string of the sync start and finish events as an empty list', () => {
    const { bridge, core, reported } = rig();
    const seen: unknown[][] = [];
    core.subscribe('convEvent', (...args) => seen.push(args));
    bridge.emit(CONV, 3, '');
    bridge.emit(CONV, 4, '');
    assert.deepEqual(seen, [[3, []], [4, []]]);
    assert.deepEqual(reported, []);
  });

  it('reads "" as an empty list only for a list parameter: an object sent as "" is an invalid event', () => {
    const { bridge, core, reported } = rig();
    const seen: unknown[][] = [];
    core.subscribe('unreadMessageCountChangedByFilter', (...args) => seen.push(args));
    bridge.emit('TIMSetConvUnreadMessageCountChangedByFilterCallback', '', 3);
    assert.deepEqual(seen, []);
    assert.equal(reported.length, 1);
    const error = reported[0].error as TimError;
    assert.equal(error.code, TIMCONV_ERR_INVALID_RESULT);
    assert.deepEqual(error.problems.map((p) => [p.path, p.rule, p.value]), [['/filter', 'json', '']]);
  });

  it('refuses a 64-bit argument that arrives as an unsafe number instead of rounding it into a bigint', () => {
    const { bridge, core, reported } = rig();
    const seen: unknown[] = [];
    core.subscribe('stampChanged', (stamp) => seen.push(stamp));
    bridge.emit('TIMSetConvStampChangedCallback', 2 ** 53 - 1);
    bridge.emit('TIMSetConvStampChangedCallback', 2 ** 60);
    bridge.emit('TIMSetConvStampChangedCallback', 2n ** 60n + 1n);
    assert.deepEqual(seen, [2n ** 53n - 1n, 2n ** 60n + 1n]);
    assert.equal(reported.length, 1);
    const error = reported[0].error as TimError;
    assert.deepEqual(error.problems.map((p) => [p.path, p.rule, p.value]), [['/stamp', 'x-int64', 2 ** 60]]);
  });

  it('keeps going when a listener throws, and reports the throw', () => {
    const { bridge, core, reported } = rig();
    const seen: number[] = [];
    const boom = new Error('listener bug');
    core.subscribe('totalUnreadMessageCountChanged', (n) => seen.push(n as number));
    core.subscribe('totalUnreadMessageCountChanged', () => { throw boom; });
    core.subscribe('totalUnreadMessageCountChanged', (n) => seen.push((n as number) * 10));
    assert.doesNotThrow(() => bridge.emit(UNREAD, 4));
    assert.deepEqual(seen, [4, 40]);
    assert.equal(reported.length, 1);
    assert.equal(reported[0].error, boom);
    assert.deepEqual(reported[0].context, { kind: 'listener-threw', event: 'totalUnreadMessageCountChanged', fn: 'TIMConvTotalUnreadMessageCountChangedCallback' });
  });

  it('reports an invalid payload instead of delivering it (strict)', () => {
    const { bridge, core, reported } = rig();
    let calls = 0;
    core.subscribe('convEvent', () => calls++);
    assert.doesNotThrow(() => bridge.emit(CONV, 2, '[{"conv_type":9}]'));
    assert.doesNotThrow(() => bridge.emit(CONV, 2, '[{not json'));
    assert.equal(calls, 0);
    assert.deepEqual(reported.map((r) => r.context.kind), ['invalid-event', 'invalid-event']);
    const e = reported[0].error as TimError;
    assert.equal(e.code, TIMCONV_ERR_INVALID_RESULT);
    assert.deepEqual(e.problems.map((p) => `${p.path} ${p.rule}`).sort(), ['/json_conv_array/0/conv_id required', '/json_conv_array/0/conv_type enum']);
    assert.equal((reported[1].error as TimError).problems[0].rule, 'json');
  });

  it("delivers an invalid payload unchecked when output validation is 'off'", () => {
    const { bridge, core, reported } = rig({ outputValidation: 'off' });
    const seen: unknown[][] = [];
    core.subscribe('totalUnreadMessageCountChanged', (...a) => seen.push(a));
    bridge.emit(UNREAD, -3);
    assert.deepEqual(seen, [[-3]]);
    assert.deepEqual(reported, []);
  });

  it('survives an error hook that throws', () => {
    const { bridge, core } = rig({ onError: () => { throw new Error('hook bug'); } });
    core.subscribe('totalUnreadMessageCountChanged', () => { throw new Error('listener bug'); });
    assert.doesNotThrow(() => bridge.emit(UNREAD, 1));
  });

  it('a listener removed during a dispatch still gets that dispatch, not the next', () => {
    const { bridge, core } = rig();
    const seen: string[] = [];
    let offB = () => {};
    core.subscribe('totalUnreadMessageCountChanged', () => { seen.push('a'); offB(); });
    offB = core.subscribe('totalUnreadMessageCountChanged', () => seen.push('b'));
    bridge.emit(UNREAD, 1);
    bridge.emit(UNREAD, 2);
    assert.deepEqual(seen, ['a', 'b', 'a']);
  });

  it('a listener that disposes the manager stops the rest of that dispatch', () => {
    const { bridge, core, reported } = rig();
    const seen: string[] = [];
    core.subscribe('totalUnreadMessageCountChanged', () => seen.push('a'));
    core.subscribe('totalUnreadMessageCountChanged', () => { seen.push('b'); core.dispose(); });
    core.subscribe('totalUnreadMessageCountChanged', () => seen.push('c'));
    bridge.emit(UNREAD, 1);
    assert.deepEqual(seen, ['a', 'b']);
    assert.deepEqual(reported, []);
  });

  it('ignores a native call that arrives after the listener was cleared', () => {
    const { bridge, core } = rig();
    let calls = 0;
    const off = core.subscribe('totalUnreadMessageCountChanged', () => calls++);
    const stale = (bridge as unknown as { listeners: Map<string, (...a: unknown[]) => void> }).listeners.get(UNREAD)!;
    off();
    stale(5);
    assert.equal(calls, 0);
  });

  it('dispose clears every native listener and refuses new ones', () => {
    const { bridge, core } = rig();
    core.subscribe('convEvent', () => {});
    core.subscribe('totalUnreadMessageCountChanged', () => {});
    core.dispose();
    assert.equal(bridge.isSet(CONV), false);
    assert.equal(bridge.isSet(UNREAD), false);
    assert.deepEqual(bridge.listenerLog.filter(([, on]) => !on).map(([s]) => s).sort(), [CONV, UNREAD]);
    assert.throws(() => core.subscribe('convEvent', () => {}), (e: TimError) => e.code === TIMCONV_ERR_DISPOSED);
  });

  it('refuses an unknown event or a non-function listener without touching the bridge', () => {
    const { bridge, core } = rig();
    assert.throws(() => core.subscribe('noSuchEvent', () => {}), (e: TimError) => e.code === -4);
    assert.throws(() => core.subscribe('convEvent', 'nope' as never), (e: TimError) => e.code === -4);
    assert.deepEqual(bridge.listenerLog, []);
  });

  it('leaves nothing registered when the bridge refuses to set the listener', () => {
    const { bridge, core } = rig();
    bridge.setListener = () => { throw new Error('facade missing'); };
    assert.throws(() => core.subscribe('convEvent', () => {}), (e: TimError) => e.code === TIMCONV_ERR_BRIDGE && /facade missing/.test(e.message));
    assert.equal(core.listenerCount('convEvent'), 0);
  });
});
