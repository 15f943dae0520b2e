// The simulator against the generated API table the runtime core runs from: the same functions,
// argument counts, synchronous/asynchronous split, result kinds and listeners.
import { strict as assert } from 'node:assert';
import type { ValueKind } from '../../runtime/crossing.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { NATIVE_SURFACE } from '../../runtime/generated/native-surface.ts';
import { valueParams, type NativeSurface } from '../../runtime/native-surface.ts';
import { DEFINITIONS, HANDLERS, withSignatures } from '../../runtime/simulator/api.ts';
import { isSetter } from '../../runtime/simulator/events.ts';
import { call, makeSim } from './helpers.ts';

/** A successful call of each asynchronous function (after `prepare`). */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  TIMConvAddConversationsToGroup: ['g', '["c2c_b"]'],
  TIMConvCleanConversationUnreadMessageCount: ['', 0n, 0n],
  TIMConvCreate: ['c', 1],
  TIMConvCreateConversationGroup: ['h', '["c2c_a"]'],
  TIMConvDelete: ['z', 1],
  TIMConvDeleteConversationGroup: ['h'],
  TIMConvDeleteConversationList: ['["c2c_y"]', true],
  TIMConvDeleteConversationsFromGroup: ['g', '["c2c_a"]'],
  TIMConvGetConvInfo: ['[{"get_conversation_list_param_conv_id":"a","get_conversation_list_param_conv_type":1}]'],
  TIMConvGetConvList: [],
  TIMConvGetConversationGroupList: [],
  TIMConvGetConversationListByFilter: ['{}', 0n, 5],
  TIMConvGetTotalUnreadMessageCount: [],
  TIMConvGetUnreadMessageCountByFilter: ['{"conversation_list_filter_conv_type":1}'],
  TIMConvMarkConversation: ['["c2c_a"]', 1n, true],
  TIMConvPinConversation: ['a', 1, true],
  TIMConvRenameConversationGroup: ['g', 'g2'],
  TIMConvSetConversationCustomData: ['["c2c_a"]', 'x'],
};

/** A value that fits each C value kind, and one of the wrong JS type for it. */
const FITS: Record<ValueKind, unknown> = { string: 'x', json: '{}', int32: 1, enum: 1, uint32: 1, uint64: 1n, int64: -1n, bool: true, double: 0.5 };
const WRONG: Record<ValueKind, unknown> = { string: 1, json: 1, int32: 'x', enum: 'x', uint32: -1, uint64: 'x', int64: 'x', bool: 1, double: 'x' };

describe('simulator: agrees with the generated API table', () => {
  it('checks every argument against its parameter\'s kind in the native surface first: a misfit returns -4', () => {
    const { bridge } = makeSim();
    for (const f of NATIVE_SURFACE.functions.filter((x) => HANDLERS[x.name])) {
      const kinds = valueParams(f).map((p) => p.kind);
      kinds.forEach((_, i) => {
        const args = kinds.map((k, j) => (j === i ? WRONG[k] : FITS[k]));
        assert.equal(bridge.call(f.name, args as never, () => {}), -4, `${f.name} argument ${i} (${kinds[i]})`);
      });
    }
  });

  it('takes the kinds from the surface it is given', () => {
    // With next_seq declared int64 instead of uint64, -1n fits and the call is decoded; with the
    // real surface it is refused synchronously.
    const surface: NativeSurface = {
      ...NATIVE_SURFACE,
      functions: NATIVE_SURFACE.functions.map((f) => (f.name !== 'TIMConvGetConversationListByFilter' ? f
        : { ...f, params: f.params.map((p) => (p.name === 'next_seq' ? { ...p, kind: 'int64' as const } : p)) })),
    };
    const page = (handlers: typeof HANDLERS) => handlers.TIMConvGetConversationListByFilter.decode(['{}', -1n, 5]);
    assert.deepEqual(page(HANDLERS), { ok: false, code: -4 });
    assert.equal(page(withSignatures(DEFINITIONS, surface)).ok, true);
  });

  it('handles exactly the table\'s functions with the same argument counts and sync flags', () => {
    assert.deepEqual(Object.keys(HANDLERS).sort(), Object.keys(API_TABLE.functions).sort());
    for (const [name, meta] of Object.entries(API_TABLE.functions)) {
      assert.equal(HANDLERS[name].arity, meta.params.length, name);
      assert.equal(HANDLERS[name].sync, meta.sync, name);
    }
  });

  it('accepts exactly the table\'s listener setters', () => {
    for (const l of Object.values(API_TABLE.listeners)) assert.ok(isSetter(l.setter), l.setter);
    assert.equal(isSetter('TIMConvCreate'), false);
    const { bridge } = makeSim();
    assert.throws(() => bridge.setListener('TIMSetConvNoSuchCallback', () => {}), /unknown listener setter/);
    for (const l of Object.values(API_TABLE.listeners)) bridge.setListener(l.setter, () => {});
  });

  it('answers a successful call with JSON text exactly when the table says the function has a result', async () => {
    const { bridge } = makeSim();
    for (const id of ['c2c_a', 'c2c_b', 'c2c_y', 'c2c_z']) bridge.addConversation(id);
    assert.equal((await call(bridge, 'TIMConvCreateConversationGroup', ['g', '["c2c_a"]'])).code, 0);
    for (const [name, meta] of Object.entries(API_TABLE.functions)) {
      if (meta.sync) continue;
      const c = await call(bridge, name, SAMPLE_ARGS[name] as never);
      assert.equal(c.code, 0, `${name}: ${c.desc}`);
      if (meta.result === 'none') assert.equal(c.json, '', name);
      else assert.notEqual(c.json, '', name);
    }
  });
});
