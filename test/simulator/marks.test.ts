// Conversation marks: predefined bits 0..3, extension bits 32..63 (exact beyond 2^53), limits.
import { strict as assert } from 'node:assert';
import { EventLog, type OpResult, call, codesOf, convByKey, convKey, expectCode, makeSim, ok } from './helpers.ts';

const marksOf = async (bridge: Parameters<typeof ok>[0], key: string) => (await convByKey(bridge, key))!.conv_mark_array as bigint[];

describe('simulator: marks', () => {
  it('sets and clears predefined marks; conv_mark_array lists one value per bit', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    await ok(bridge, 'TIMConvMarkConversation', ['["c2c_a"]', 1n | 4n, true]);
    assert.deepEqual(await marksOf(bridge, 'c2c_a'), [1n, 4n]);
    await ok(bridge, 'TIMConvMarkConversation', ['["c2c_a"]', 8n, true]);
    await ok(bridge, 'TIMConvMarkConversation', ['["c2c_a"]', 1n, false]);
    assert.deepEqual(await marksOf(bridge, 'c2c_a'), [4n, 8n]);
  });

  it('extension marks use bits 32..63 and stay exact in the JSON text (2^63)', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    const bit32 = 1n << 32n;
    const bit63 = 1n << 63n;
    await ok(bridge, 'TIMConvMarkConversation', ['["c2c_a"]', bit32 | bit63 | 2n, true]);
    const c = await call(bridge, 'TIMConvGetConvList', []);
    assert.match(c.json, /"conv_mark_array":\[2,4294967296,9223372036854775808\]/);
    assert.deepEqual(await marksOf(bridge, 'c2c_a'), [2n, bit32, bit63]);
  });

  it('returns -4 for mark type 0 or bits outside 0..3 and 32..63', () => {
    const { bridge } = makeSim();
    for (const bad of [0n, 16n, 1n << 31n, 1n << 64n, -1n]) {
      assert.equal(bridge.call('TIMConvMarkConversation', ['["c2c_a"]', bad, true], () => assert.fail('completed')), -4, String(bad));
    }
  });

  it('reports a result per conversation; an unknown conversation ID gets 6004', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    bridge.addConversation('group_g');
    const r = await ok<OpResult[]>(bridge, 'TIMConvMarkConversation', ['["c2c_a","c2c_ghost","group_g","bogus"]', 1n, true]);
    assert.deepEqual(r.map((x) => x.conversation_operation_result_conversation_id), ['c2c_a', 'c2c_ghost', 'group_g', 'bogus']);
    assert.deepEqual(codesOf(r), { c2c_a: 0, c2c_ghost: 6004, group_g: 0, bogus: 6004 });
    assert.equal(r[1].conversation_operation_result_result_info, 'conversation not found');
  });

  it('a repeated ID in one call gets one result', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    const r = await ok<OpResult[]>(bridge, 'TIMConvMarkConversation', ['["c2c_a","c2c_a"]', 1n, true]);
    assert.equal(r.length, 1);
  });

  it('more than 100 conversation IDs in one call answer 51006', async () => {
    const { bridge } = makeSim();
    const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `c2c_u${i}`));
    await expectCode(bridge, 'TIMConvMarkConversation', [ids(101), 1n, true], 51006);
    await ok(bridge, 'TIMConvMarkConversation', [ids(100), 1n, true]);
  });

  it('at most 1000 marked conversations: further ones get 51008, adding bits to a marked one still works', async () => {
    const { bridge } = makeSim();
    for (let i = 0; i < 1002; i++) bridge.addConversation(`c2c_u${i}`);
    for (let i = 0; i < 1000; i += 100) {
      await ok(bridge, 'TIMConvMarkConversation', [JSON.stringify(Array.from({ length: 100 }, (_, k) => `c2c_u${i + k}`)), 1n, true]);
    }
    const r = await ok<OpResult[]>(bridge, 'TIMConvMarkConversation', ['["c2c_u1000","c2c_u5","c2c_u1001"]', 2n, true]);
    assert.deepEqual(codesOf(r), { c2c_u1000: 51008, c2c_u5: 0, c2c_u1001: 51008 });
    assert.deepEqual(await marksOf(bridge, 'c2c_u1000'), []);
    assert.deepEqual(await marksOf(bridge, 'c2c_u5'), [1n, 2n]);
    await ok(bridge, 'TIMConvMarkConversation', ['["c2c_u5"]', 3n, false]);
    assert.deepEqual(codesOf(await ok<OpResult[]>(bridge, 'TIMConvMarkConversation', ['["c2c_u1000"]', 2n, true])), { c2c_u1000: 0 });
  });

  it('fires one convEvent update with the conversations whose marks changed', async () => {
    const { bridge } = makeSim();
    bridge.addConversation('c2c_a');
    bridge.addConversation('c2c_b');
    await ok(bridge, 'TIMConvMarkConversation', ['["c2c_b"]', 1n, true]);
    const log = new EventLog(bridge, ['convEvent']);
    await ok(bridge, 'TIMConvMarkConversation', ['["c2c_a","c2c_b"]', 1n, true]);
    assert.deepEqual(log.convEvents(), [[2, ['c2c_a']]]);
    assert.deepEqual(log.of('convEvent')[0].args[1].map(convKey), ['c2c_a']);
  });
});
