// The JSON the simulator writes: ConvInfo text written field by field must equal the generic
// 64-bit serializer's output of the same ConvInfo object, for any conversation state.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { stringify } from '../../runtime/json64.ts';
import { utf8ByteLength } from '../../runtime/simulator/index.ts';
import { call, convKey, codec, makeSim, ok, type ConvInfo } from './helpers.ts';

describe('simulator: JSON output', () => {
  it('ConvInfo text equals stringify(ConvInfo object) for random conversation states (property)', async () => {
    const state = fc.record({
      group: fc.boolean(),
      id: fc.string({ minLength: 1, maxLength: 6 }),
      showName: fc.string(),
      unread: fc.nat({ max: 1000 }),
      recvOpt: fc.constantFrom(0, 1, 2, 3),
      pinned: fc.boolean(),
      text: fc.option(fc.string({ unit: 'grapheme' })),
      marks: fc.constantFrom(0n, 1n, 9n, (1n << 63n) | 2n, 1n << 32n),
      draft: fc.option(fc.record({ draft_user_define: fc.string() })),
      custom: fc.string({ maxLength: 40 }),
      at: fc.boolean(),
      groupName: fc.option(fc.constantFrom('工作', 'a"b', '😀')),
    });
    await fc.assert(fc.asyncProperty(fc.uniqueArray(state, { selector: (s) => `${s.group}${s.id}`, maxLength: 6 }), async (states) => {
      const { bridge } = makeSim();
      for (const s of states) {
        const key = (s.group ? 'group_' : 'c2c_') + s.id;
        bridge.addConversation(key, { showName: s.showName, unread: s.unread, recvOpt: s.recvOpt, pinned: s.pinned, atInfo: s.at ? [{ seq: 3n, atType: 2 }] : [] });
        if (s.text !== null) bridge.deliverMessage(key, { message_elem_array: [{ elem_type: 0, text_elem_content: s.text }] });
        if (s.marks) await ok(bridge, 'TIMConvMarkConversation', [JSON.stringify([key]), s.marks, true]);
        if (s.draft) assert.equal(bridge.call('TIMConvSetDraft', [s.id, s.group ? 2 : 1, JSON.stringify(s.draft)]), 0);
        if (s.custom !== '' && utf8ByteLength(s.custom) <= 256) await ok(bridge, 'TIMConvSetConversationCustomData', [JSON.stringify([key]), s.custom]);
        if (s.groupName) {
          const exists = (await ok<string[]>(bridge, 'TIMConvGetConversationGroupList', [])).includes(s.groupName);
          await ok(bridge, exists ? 'TIMConvAddConversationsToGroup' : 'TIMConvCreateConversationGroup', [s.groupName, JSON.stringify([key])]);
        }
      }
      const c = await call(bridge, 'TIMConvGetConvList', []);
      const parsed = codec.parse(c.json) as ConvInfo[];
      const expected = '[' + parsed.map((info) => stringify(bridge.peek(convKey(info)))).join(',') + ']';
      assert.equal(c.json, expected);
      assert.equal(stringify(parsed), c.json);
    }), { numRuns: 60, seed: 25 });
  });

  it('utf8ByteLength counts UTF-8 bytes: ASCII 1, Latin/Greek 2, CJK 3, emoji 4, lone surrogate 3', () => {
    assert.equal(utf8ByteLength(''), 0);
    assert.equal(utf8ByteLength('abc'), 3);
    assert.equal(utf8ByteLength('é'), 2);
    assert.equal(utf8ByteLength('中文'), 6);
    assert.equal(utf8ByteLength('😀'), 4);
    assert.equal(utf8ByteLength('\ud800'), 3);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => utf8ByteLength(s) === Buffer.byteLength(s, 'utf8')), { seed: 54 });
  });
});
