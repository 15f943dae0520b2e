// Contract of the real libImSDK.so through NodeNativeBridge, run in an isolated network namespace
// (a child process started with `unshare --net`; see scripts/contract-child.ts). The library has no
// server to talk to, so these are the answers of an SDK that is initialized and logging in but
// never gets online: the answers docs/real-sdk-behaviour.md records, which these tests keep true.
import { strict as assert } from 'node:assert';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { createJson64 } from '../../runtime/json64.ts';
import { realIr } from '../support/generated.ts';
import { runIsolated } from '../support/netns.ts';
import { strictAjv } from '../support/schemas.ts';
import { sdkPaths } from '../support/sdk.ts';
import { TIM_ERR_CODE, TIM_RESULT, byFn, describeCall as line, type ContractResult } from './support/contract-result.ts';
import { EXTRA_INPUTS, VALID_INPUTS } from './support/inputs.ts';
import type { CallRecord } from './support/records.ts';
import { makeWorkDir, removeWorkDir } from '../../runtime/contract/work-dir.ts';

const CONV_FUNCTIONS = Object.keys(API_TABLE.functions).sort();
const GROUP_AND_MARK = [
  'TIMConvMarkConversation', 'TIMConvCreateConversationGroup', 'TIMConvAddConversationsToGroup',
  'TIMConvDeleteConversationsFromGroup', 'TIMConvRenameConversationGroup', 'TIMConvDeleteConversationGroup',
];
const SYNC = CONV_FUNCTIONS.filter((f) => API_TABLE.functions[f].sync);
const LOGGING_IN = 2;
const LOGGED_OUT = 3;

describe('real libImSDK.so through NodeNativeBridge (isolated network namespace)', function () {
  this.timeout(120_000);
  let r: ContractResult;
  let pre: Map<string, CallRecord>;
  let post: Map<string, CallRecord>;
  let workDir = '';

  before(async function () {
    workDir = makeWorkDir('timconv-native-');
    const { libraryPath } = sdkPaths();
    const run = await runIsolated.call(this, 'test/native/scripts/contract-child.ts', [libraryPath, workDir], { timeoutMs: 100_000 });
    r = run.result as ContractResult;
    pre = byFn(r.beforeLogin);
    post = byFn(r.afterLogin);
  });

  // Only after the child has exited: its SDK log thread writes into the folder until then.
  after(() => { if (workDir) removeWorkDir(workDir); });

  it('ran in a namespace whose only interface is a loopback that is down', () => {
    assert.deepEqual(r.isolation, { isolated: true, interfaces: ['lo'], reasons: [] });
  });

  it('declared the library from the emitted native surface', () => {
    assert.match(r.surfaceSource, /native-surface\.ts$/);
    assert.equal(r.functionsDeclared, 30);
  });

  it('TIMInit answers 0 and the SDK starts logged out', () => {
    assert.equal(r.init, 0);
    assert.equal(r.statusAfterInit, LOGGED_OUT);
  });

  it('called every TIMConv* function in both phases, and each settled in bounded time', () => {
    assert.equal(CONV_FUNCTIONS.length, 22);
    for (const phase of [r.beforeLogin, r.afterLogin]) {
      assert.deepEqual(phase.map((c) => c.fn).sort(), CONV_FUNCTIONS);
      const unsettled = phase.filter((c) => c.settled === 'timeout' || c.settled === 'threw');
      assert.deepEqual(unsettled.map(line), []);
      for (const c of phase) assert.equal(c.settled, API_TABLE.functions[c.fn].sync ? 'sync' : 'callback', line(c));
    }
  });

  it('answers only SDK codes: TIMResult synchronously, TIMErrCode in callbacks', () => {
    const all = [...r.beforeLogin, ...r.afterLogin, ...r.extras];
    const badSync = all.filter((c) => c.rc !== undefined && !TIM_RESULT.has(c.rc));
    const badCode = all.filter((c) => c.code !== undefined && !TIM_ERR_CODE.has(c.code));
    assert.deepEqual([...badSync, ...badCode].map(line), [], 'codes not listed in TIMResult / schema/enum/TIMErrCode.json');
  });

  describe('before TIMLogin', () => {
    it('every asynchronous call answers 6014 (not logged in) in its callback, except TIMConvCreate', () => {
      for (const fn of CONV_FUNCTIONS.filter((f) => !API_TABLE.functions[f].sync && f !== 'TIMConvCreate')) {
        const c = pre.get(fn)!;
        assert.equal(c.rc, 0, line(c));
        assert.ok(c.code === 6014 || c.code === 7010, line(c));
      }
    });

    it('tells "not init database" from "not login" in the description', () => {
      const local = ['TIMConvGetConvList', 'TIMConvGetConvInfo', 'TIMConvGetConversationListByFilter', 'TIMConvGetTotalUnreadMessageCount',
        'TIMConvGetUnreadMessageCountByFilter', 'TIMConvGetConversationGroupList'];
      for (const fn of CONV_FUNCTIONS.filter((f) => !API_TABLE.functions[f].sync && f !== 'TIMConvCreate')) {
        assert.equal(pre.get(fn)!.desc, local.includes(fn) ? 'not init database' : 'not login', line(pre.get(fn)!));
      }
    });

    it('TIMConvCreate answers 0 with an empty payload, synchronously inside the call (no payload, so its result is optional)', () => {
      const c = pre.get('TIMConvCreate')!;
      assert.deepEqual([c.rc, c.code, c.json], [0, 0, '']);
    });

    it('the synchronous functions return 0 before login, not -2 (the simulator returns -2 on purpose)', () => {
      for (const fn of SYNC) assert.equal(pre.get(fn)!.rc, 0, line(pre.get(fn)!));
    });
  });

  describe('after TIMLogin starts (no server: it stays logging in)', () => {
    it('the SDK is logging in and TIMLogin never answers', () => {
      assert.equal(r.loginStatuses.at(-1)!.status, LOGGING_IN);
      assert.equal(r.statusAfterCalls, LOGGING_IN);
      assert.equal(r.loginAnswerAfterCalls, 'none yet');
    });

    it('local reads work: empty conversation list, info and group list', () => {
      for (const fn of ['TIMConvGetConvList', 'TIMConvGetConvInfo', 'TIMConvGetConversationGroupList']) {
        const c = post.get(fn)!;
        assert.deepEqual([c.code, c.json], [0, '[]'], line(c));
      }
    });

    it('the filter result is an empty, finished page', () => {
      const c = post.get('TIMConvGetConversationListByFilter')!;
      assert.equal(c.code, 0, line(c));
      assert.deepEqual(JSON.parse(c.json!), { conversation_list_result_conv_list: [], conversation_list_result_is_finished: true, conversation_list_result_next_seq: 0 });
    });

    it('unread counts are objects with a count of 0', () => {
      for (const fn of ['TIMConvGetTotalUnreadMessageCount', 'TIMConvGetUnreadMessageCountByFilter']) {
        const c = post.get(fn)!;
        assert.equal(c.code, 0, line(c));
        assert.deepEqual(JSON.parse(c.json!), { conv_get_total_unread_message_count_result_unread_count: 0 });
      }
    });

    it('group and mark calls answer 7013 (Premium edition only)', () => {
      for (const fn of GROUP_AND_MARK) {
        const c = post.get(fn)!;
        assert.equal(c.code, 7013, line(c));
        assert.match(c.desc!, /Premium Edition/);
      }
    });

    it('an empty group name returns -4 synchronously', () => {
      const c = r.extras.find((e) => e.label === 'emptyGroupName')!;
      assert.deepEqual([c.rc, c.settled], [-4, 'sync']);
    });

    it('the synchronous draft and subscription functions return 0', () => {
      for (const fn of SYNC) assert.equal(post.get(fn)!.rc, 0, line(post.get(fn)!));
    });

    it('calls on a conversation that is not in the local cache fail: pin and custom data 7012, delete 6017, clean unread 6014', () => {
      const expected: Record<string, [number, string]> = {
        TIMConvPinConversation: [7012, 'invalid conversation_cache_'],
        TIMConvSetConversationCustomData: [7012, 'invalid conversation_cache_'],
        TIMConvDelete: [6017, 'invalid user_id'],
        TIMConvDeleteConversationList: [6017, 'invalid user_id'],
        TIMConvCleanConversationUnreadMessageCount: [6014, 'not login'],
      };
      for (const [fn, [code, desc]] of Object.entries(expected)) {
        const c = post.get(fn)!;
        assert.deepEqual([c.code, c.desc], [code, desc], line(c));
      }
    });

    it('TIMConvCreate answers 0 with an empty payload, and creates nothing', () => {
      const c = post.get('TIMConvCreate')!;
      assert.deepEqual([c.code, c.json], [0, '']);
      assert.equal(post.get('TIMConvGetConvInfo')!.json, '[]');
    });
  });

  it('every non-empty payload, of successes and of errors alike, passes its output validator after lossless parsing', () => {
    const ajv = strictAjv();
    const json64 = createJson64(API_TABLE.exactInt64Keys);
    const checked: string[] = [];
    for (const c of [...r.beforeLogin, ...r.afterLogin]) {
      const meta = API_TABLE.functions[c.fn];
      if (meta.result !== 'json' || !c.json) continue;
      const validate = ajv.getSchema(`timconv:api/${c.fn}#/$defs/result`)!;
      assert.ok(validate(json64.parse(c.json)), `${line(c)}\n${ajv.errorsText(validate.errors)}`);
      if (c.code === 0) checked.push(c.fn);
    }
    assert.ok(new Set(checked).size >= 6, `only ${checked.join(', ')} answered a success payload`);
  });

  describe('listeners', () => {
    it('all 8 setters take a callback and then null without a crash', () => {
      assert.equal(r.listeners.length, 8);
      for (const l of r.listeners) assert.deepEqual([l.set, l.cleared], ['ok', 'ok'], l.setter);
      assert.equal(r.trampolinesWithListeners, 9, 'one trampoline per listener plus the shared TIMCommCallback one');
    });

    it('events pass their validators and are delivered on the JS main thread', () => {
      const ajv = strictAjv();
      const json64 = createJson64(API_TABLE.exactInt64Keys);
      const bySetter = new Map(realIr().listeners.map((l) => [l.setter, l]));
      assert.ok(r.events.length >= 1, 'the SDK reported the unread total once after login');
      for (const e of r.events) {
        const l = bySetter.get(e.setter)!;
        const args = Object.fromEntries(l.params.map((p, i) => [p.cName, p.role === 'json' ? (e.args[i] === '' ? [] : json64.parse(String(e.args[i]))) : e.args[i]]));
        const validate = ajv.getSchema(`timconv:callback/${l.callback}`)!;
        assert.ok(validate(args), `${e.setter} ${JSON.stringify(e.args)}: ${ajv.errorsText(validate.errors)}`);
        assert.ok(e.mainThread, e.setter);
      }
    });
  });

  // The SDK only runs on the JS thread while a call into it is running; an answer that comes later
  // was made on one of its own threads and relayed by koffi to the JS thread.
  it('callbacks come from SDK threads, except TIMConvCreate which answers inside the call', () => {
    const s = r.statsBeforeDispose;
    assert.equal(s.callbacksInsideCalls, 2, 'one TIMConvCreate answer per phase');
    assert.ok(s.callbacksOutsideCalls >= 35, `${s.callbacksOutsideCalls}`);
    assert.equal(s.strays, 0);
  });

  it('TIMLogout during a login that cannot finish never answers; TIMUninit answers 0', () => {
    assert.equal(r.logout, 'timeout');
    assert.equal(r.uninit, 0);
  });

  it('dispose settles what the SDK never answered and releases every trampoline', () => {
    assert.equal(r.statsBeforeDispose.pending, 2, 'TIMLogin and TIMLogout');
    assert.deepEqual(r.statsBeforeDispose.listeners, []);
    assert.equal(r.statsAfterDispose.pending, 0);
    assert.equal(r.statsAfterDispose.trampolines, 0);
    assert.equal(r.koffiCallbacksAfterDispose, 0);
    assert.equal(r.loginAnswerFinal, 'never');
  });
});

describe('inputs of the native contract', () => {
  it('cover every TIMConv* function and pass the input validators', () => {
    const ajv = strictAjv();
    assert.deepEqual(Object.keys(VALID_INPUTS).sort(), CONV_FUNCTIONS);
    for (const [fn, input] of Object.entries(VALID_INPUTS)) {
      const validate = ajv.getSchema(`timconv:api/${fn}`)!;
      assert.ok(validate(input), `${fn}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('the empty group name is invalid by the input validator too', () => {
    const validate = strictAjv().getSchema('timconv:api/TIMConvCreateConversationGroup')!;
    assert.equal(validate(EXTRA_INPUTS.emptyGroupName.input), false);
  });
});
