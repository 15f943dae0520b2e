// The runner against the simulator (which honours the contract) and against bridges that break it
// on purpose: each break must be reported with the API, and the JSON path where there is one.
import { strict as assert } from 'node:assert';
import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../../runtime/bridge.ts';
import {
  ContractError, MUTATION_CLASSES, assertContract, runContract, simulatorSession, type ContractReport, type Finding,
} from '../../runtime/contract/index.ts';
import { createJson64 } from '../../runtime/json64.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';

const codec = createJson64(API_TABLE.exactInt64Keys);
const LISTS = ['TIMConvGetConvList', 'TIMConvGetConvInfo', 'TIMConvGetConversationListByFilter'];

/** The simulator behind a bridge that changes what goes through it. */
function around(change: { answer?: (fn: string, json: string) => string; call?: (fn: string, args: readonly BridgeArg[], done: CommCallback | undefined, sim: Bridge) => number; listener?: (setter: string, l: ListenerCallback) => void }): Bridge {
  const sim = simulatorSession();
  return {
    call(fn, args, done) {
      if (change.call) return change.call(fn, args, done, sim);
      const answer = change.answer;
      return sim.call(fn, args, done && ((code, desc, json) => done(code, desc, answer && code === 0 && json ? answer(fn, json) : json)));
    },
    setListener(setter, listener) {
      sim.setListener(setter, listener);
      if (listener && change.listener) change.listener(setter, listener);
    },
  };
}

/** Leaves out every empty array, as some serializers do: drops the required message_elem_array. */
function withoutEmptyArrays(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutEmptyArrays);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!(Array.isArray(x) && x.length === 0)) out[k] = withoutEmptyArrays(x);
  return out;
}

const only = (r: ContractReport, check: Finding['check']) => r.findings.filter((f) => f.check === check);

describe('contract kit: runner', function () {
  this.timeout(120_000);

  it('the simulator honours the contract: every valid input reaches it byte-exact, every invalid one is refused', async () => {
    const r = await runContract(simulatorSession, { valid: 30, invalid: 60 });
    assertContract(r);
    const apis = Object.keys(API_TABLE.functions).length;
    const noParams = Object.values(API_TABLE.functions).filter((f) => f.params.length === 0).length;
    assert.deepEqual(r.figures, { tried: apis * 30 + (apis - noParams) * 60, refused: (apis - noParams) * 60, reached: apis * 30, settled: apis * 30 + (apis - noParams) * 60, threw: 0, crashes: 0, findings: 0 });
  });

  it('a mock bridge of a few lines runs through it', async () => {
    const page = '{"conversation_list_result_conv_list":[],"conversation_list_result_next_seq":0,"conversation_list_result_is_finished":true}';
    const count = '{"conv_get_total_unread_message_count_result_unread_count":0}';
    const answers: Record<string, string> = { TIMConvGetConversationListByFilter: page, TIMConvGetTotalUnreadMessageCount: count, TIMConvGetUnreadMessageCountByFilter: count, TIMConvCreate: '' };
    const mock: Bridge = { call: (fn, _args, done) => { if (done) setTimeout(() => done(0, '', answers[fn] ?? '[]'), 0); return 0; }, setListener() {} };
    const r = await runContract(mock, { seed: 7, valid: 20, invalid: 20 });
    assertContract(r);
    assert.equal(r.figures.reached, 22 * 20);
  });

  for (const cls of MUTATION_CLASSES) {
    it(`invalid inputs of class ${cls} are refused before the bridge, with their path and rule`, async () => {
      const r = await runContract(simulatorSession(), { valid: 0, invalid: 40, classes: [cls] });
      assert.ok(r.figures.tried > 0);
      assert.deepEqual(r.findings, []);
      assert.equal(r.figures.refused, r.figures.tried);
      assert.equal(r.figures.reached, 0);
    });
  }

  it('catches a bridge that drops a required key from its answers, naming the API and the path', async () => {
    const bridge = around({ answer: (_fn, json) => codec.stringify(withoutEmptyArrays(codec.parse(json))) });
    const r = await runContract(bridge, { apis: LISTS, valid: 10, invalid: 0 });
    const found = only(r, 'result-schema');
    assert.ok(found.length > 0, JSON.stringify(r.findings.slice(0, 3)));
    for (const f of found) {
      assert.ok(LISTS.includes(f.api));
      assert.match(f.path!, /^(\/conversation_list_result_conv_list)?\/\d+\/conv_last_msg\/message_elem_array$/);
      assert.equal(f.rule, 'required');
    }
    const error = (() => { try { assertContract(r); } catch (e) { return e as ContractError; } })();
    assert.ok(error instanceof ContractError);
    assert.match(error.message, /TIMConvGet\w+: result \/\S*conv_last_msg\/message_elem_array: .*required/);
  });

  it('lists keys and enum values of a newer library as drift, not findings, in results and events', async () => {
    // A library newer than the schemas: one more key in every ConvInfo, an unknown receive option.
    const newer = (json: string) => json.replaceAll('"conv_id":', '"conv_newer_key":1,"conv_id":').replaceAll('"conv_recv_opt":0', '"conv_recv_opt":9');
    let events = 0;
    const bridge = around({
      answer: (_fn, json) => newer(json),
      listener: (setter, l) => {
        if (setter !== 'TIMSetConvEventCallback' || events++ > 0) return;
        setTimeout(() => l(2, newer('[{"conv_id":"u1","conv_type":1,"conv_recv_opt":0}]')), 0);
      },
    });
    const r = await runContract(bridge, { apis: LISTS, valid: 10, invalid: 0 });
    assert.deepEqual(r.findings, []);
    assert.equal(r.ok, true);
    const listed = r.drift.map((d) => `${d.fn} ${d.kind} ${d.path}`);
    assert.ok(listed.includes('TIMConvGetConvList key /*/conv_newer_key'), listed.join('\n'));
    assert.ok(listed.includes('TIMConvEventCallback key /json_conv_array/*/conv_newer_key'), listed.join('\n'));
    assert.ok(r.drift.some((d) => d.kind === 'value' && d.value === 9 && d.path.endsWith('/conv_recv_opt')), listed.join('\n'));
    assert.equal(new Set(listed.map((l, i) => `${l} ${String(r.drift[i].value)}`)).size, listed.length, 'each listed once');
  });

  it('catches a bridge that passes 64-bit values through a JS number, naming the API and the path', async () => {
    const bridge = around({ answer: (_fn, json) => JSON.stringify(JSON.parse(json)) });
    const r = await runContract(bridge, { apis: LISTS, valid: 10, invalid: 0 });
    const found = only(r, 'inexact-int64');
    assert.ok(found.some((f) => f.path!.endsWith('/conv_last_msg/message_unique_id')), JSON.stringify(r.findings.slice(0, 3)));
    for (const f of found) {
      assert.match(f.path!, /^(\/conversation_list_result_conv_list)?\/\d+\/(conv_active_time|conv_last_msg\/message_unique_id)$/);
      assert.ok(LISTS.includes(f.api));
      assert.match(f.message, /as JavaScript prints a double/);
    }
    // The exact original stays quiet: the check looks at evidence, not at size.
    assertContract(await runContract(simulatorSession(), { apis: LISTS, valid: 10, invalid: 0 }));
  });

  it('catches completions against the contract: twice, before call returns, after a failing return', async () => {
    const twice = around({ call: (fn, args, done, sim) => sim.call(fn, args, done && ((c, d, j) => { done(c, d, j); done(c, d, j); })) });
    const early = around({ call: (_fn, _args, done) => { done?.(0, '', ''); return 0; } });
    const failing = around({ call: (_fn, _args, done) => { setTimeout(() => done?.(0, '', ''), 0); return -3; } });
    const apis = ['TIMConvDelete'];
    assert.match(only(await runContract(twice, { apis, valid: 3, invalid: 0 }), 'settle')[0].message, /completed 2 times/);
    assert.match(only(await runContract(early, { apis, valid: 3, invalid: 0 }), 'settle')[0].message, /before call returned/);
    assert.match(only(await runContract(failing, { apis, valid: 3, invalid: 0 }), 'settle')[0].message, /completed 1 time\(s\) after returning -3/);
  });

  it('catches a bridge that never answers, one that throws, and an invalid event payload', async () => {
    const silent = around({ call: () => 0 });
    const r1 = await runContract(silent, { apis: ['TIMConvGetConvList'], valid: 2, invalid: 0, timeoutMs: 50 });
    assert.deepEqual(only(r1, 'settle').map((f) => f.message), ['no answer within 50 ms', 'no answer within 50 ms']);
    assert.equal(r1.figures.settled, 2);

    const throwing = around({ call: () => { throw new Error('boom'); } });
    const r2 = await runContract(throwing, { apis: ['TIMConvPinConversation'], valid: 2, invalid: 0 });
    assert.equal(r2.figures.threw, 2);
    assert.match(only(r2, 'bridge-threw')[0].message, /boom/);

    const noisy = around({ listener: (setter, l) => { if (setter === 'TIMSetConvEventCallback') setTimeout(() => l(2, '[{"conv_id":5}]'), 0); } });
    const r3 = await runContract(noisy, { apis: ['TIMConvGetConvList'], valid: 2, invalid: 0 });
    const [event] = only(r3, 'event-schema');
    assert.equal(event.api, 'TIMConvEventCallback');
    assert.equal(event.path, '/json_conv_array/0/conv_id');
  });

  it('is reproducible: the same seed finds the same, with the inputs to replay it', async () => {
    const wrong = () => around({ answer: (_fn, json) => codec.stringify(withoutEmptyArrays(codec.parse(json))) });
    const a = await runContract(wrong(), { apis: LISTS, valid: 8, invalid: 8, seed: 5 });
    const b = await runContract(wrong(), { apis: LISTS, valid: 8, invalid: 8, seed: 5 });
    assert.deepEqual(a, b);
    assert.ok(a.findings.every((f) => typeof f.input === 'string'));
  });
});
