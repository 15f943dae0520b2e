// Order of TIMConvGetConvList and of pages: newest activity first, pinned conversations first with
// the real SDK's 2^62 active time, ties broken by the most recent activity.
import { strict as assert } from 'node:assert';
import { type ConvInfo, T0, call, codec, convKey, convList, expectCode, makeSim, ok } from './helpers.ts';

const PIN_BASE = 1n << 62n;

describe('simulator: ordering', () => {
  it('lists conversations newest activity first', async () => {
    const { bridge, clock } = makeSim();
    for (const id of ['c2c_a', 'c2c_b', 'group_g', 'c2c_c']) { clock.advance(); bridge.addConversation(id); }
    assert.deepEqual((await convList(bridge)).map(convKey), ['c2c_c', 'group_g', 'c2c_b', 'c2c_a']);
    clock.advance();
    bridge.deliverMessage('c2c_a');
    assert.deepEqual((await convList(bridge)).map(convKey), ['c2c_a', 'c2c_c', 'group_g', 'c2c_b']);
  });

  it('breaks ties inside one second by most recent activity', async () => {
    const { bridge } = makeSim();
    for (const id of ['c2c_a', 'c2c_b', 'c2c_c']) bridge.addConversation(id);
    bridge.deliverMessage('c2c_b');
    const list = await convList(bridge);
    assert.deepEqual(list.map(convKey), ['c2c_b', 'c2c_c', 'c2c_a']);
    assert.ok(list.every((c) => c.conv_active_time === list[0].conv_active_time));
  });

  it('keeps conv_active_time a bigint: the second of the last activity', async () => {
    const { bridge, clock } = makeSim();
    clock.set(1_800_000_123);
    bridge.deliverMessage('c2c_a');
    const [a] = await convList(bridge);
    assert.equal(a.conv_active_time, 1_800_000_123n);
    assert.equal(BigInt(a.conv_last_msg.message_server_time), 1_800_000_123n);
  });

  it('puts pinned conversations first with active time 2^62 + their own, exact beyond 2^53', async () => {
    const { bridge, clock } = makeSim();
    for (const id of ['c2c_a', 'c2c_b', 'c2c_c']) { clock.advance(); bridge.addConversation(id); }
    await ok(bridge, 'TIMConvPinConversation', ['a', 1, true]);
    const c = await call(bridge, 'TIMConvGetConvList', []);
    assert.match(c.json, new RegExp(`"conv_active_time":${PIN_BASE + BigInt(T0 + 1)}`));
    const list = codec.parse(c.json) as ConvInfo[];
    assert.deepEqual(list.map(convKey), ['c2c_a', 'c2c_c', 'c2c_b']);
    assert.equal(list[0].conv_is_pinned, true);
    assert.equal(list[0].conv_active_time, PIN_BASE + BigInt(T0 + 1));
    assert.ok(list[0].conv_active_time > BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('orders pinned conversations among themselves by activity, and unpinning restores the place', async () => {
    const { bridge, clock } = makeSim();
    for (const id of ['c2c_a', 'c2c_b', 'c2c_c', 'c2c_d']) { clock.advance(); bridge.addConversation(id); }
    await ok(bridge, 'TIMConvPinConversation', ['a', 1, true]);
    await ok(bridge, 'TIMConvPinConversation', ['b', 1, true]);
    assert.deepEqual((await convList(bridge)).map(convKey), ['c2c_b', 'c2c_a', 'c2c_d', 'c2c_c']);
    clock.advance();
    bridge.deliverMessage('c2c_a');
    assert.deepEqual((await convList(bridge)).map(convKey), ['c2c_a', 'c2c_b', 'c2c_d', 'c2c_c']);
    await ok(bridge, 'TIMConvPinConversation', ['b', 1, false]);
    assert.deepEqual((await convList(bridge)).map(convKey), ['c2c_a', 'c2c_d', 'c2c_c', 'c2c_b']);
  });

  it('pinning a missing conversation answers 6004', async () => {
    const { bridge } = makeSim();
    await expectCode(bridge, 'TIMConvPinConversation', ['ghost', 1, true], 6004);
  });
});
