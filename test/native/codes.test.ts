// The codes the real libImSDK.so gives for inputs the schemas refuse, its call frequency limit,
// and an answer it makes after a failing return, settled once by the runtime core (see
// scripts/codes-child.ts; docs/real-sdk-behaviour.md records the same facts).
import { strict as assert } from 'node:assert';
import { runIsolated } from '../support/netns.ts';
import { sdkPaths } from '../support/sdk.ts';
import { TIM_ERR_CODE } from './support/contract-result.ts';
import type { RawRecord } from './support/records.ts';
import { GROUP_CLEANS } from './support/codes-cases.ts';
import { makeWorkDir, removeWorkDir } from '../../runtime/contract/work-dir.ts';

interface CodesResult {
  init: number;
  status: number;
  raw: RawRecord[];
  core: { settled: string[]; reported: { kind: string; fn?: string; code: number }[]; relayed: number };
  strict: string;
  strictRelayed: number;
}

const UNREAD_BY_FILTER = ['TIMConvGetUnreadMessageCountByFilter', 'TIMConvSubscribeUnreadMessageCountByFilter', 'TIMConvUnsubscribeUnreadMessageCountByFilter'];
const EMPTY_LIST_MINUS_3 = ['TIMConvDeleteConversationList', 'TIMConvSetConversationCustomData', 'TIMConvMarkConversation',
  'TIMConvAddConversationsToGroup', 'TIMConvDeleteConversationsFromGroup'];

describe('real libImSDK.so: codes for refused inputs (isolated network namespace)', function () {
  this.timeout(60_000);
  let r: CodesResult;
  let byLabel: Map<string, RawRecord>;
  let workDir = '';
  const get = (label: string) => {
    const x = byLabel.get(label);
    assert.ok(x, `no record ${label}`);
    return x;
  };

  before(async function () {
    workDir = makeWorkDir('timconv-native-');
    const run = await runIsolated.call(this, 'test/native/scripts/codes-child.ts', [sdkPaths().libraryPath, workDir], { timeoutMs: 50_000 });
    r = run.result as CodesResult;
    byLabel = new Map(r.raw.map((x) => [x.label, x]));
  });

  // Only after the child has exited: its SDK log thread writes into the folder until then.
  after(() => { if (workDir) removeWorkDir(workDir); });

  it('ran initialized and logging in', () => {
    assert.deepEqual([r.init, r.status], [0, 2]);
  });

  it('the unread-by-filter calls return -3 for {} and for conv_type 0 alone, and never answer', () => {
    for (const fn of UNREAD_BY_FILTER) {
      for (const f of ['{}', '{"conversation_list_filter_conv_type":0}']) assert.deepEqual([get(`${fn} ${f}`).rc, get(`${fn} ${f}`).answers], [-3, []], `${fn} ${f}`);
      assert.equal(get(`${fn} conv_type 0 and more`).rc, 0, fn);
    }
  });

  it('paging takes {} and conv_type 0; count 0 returns -3 and then answers 0 with a page lacking its list', () => {
    for (const f of ['{}', '{"conversation_list_filter_conv_type":0}']) assert.deepEqual([get(`page ${f}`).rc, get(`page ${f}`).answers[0]?.code], [0, 0]);
    const c = get('page count 0');
    assert.equal(c.rc, -3);
    assert.deepEqual(c.answers, [{ code: 0, desc: '', json: '{"conversation_list_result_is_finished":true,"conversation_list_result_next_seq":0}' }]);
  });

  it('custom data "" returns -4; 257 bytes is not checked by the library (the schema keeps 256)', () => {
    assert.deepEqual([get('custom data ""').rc, get('custom data ""').answers], [-4, []]);
    assert.equal(get('custom data 257 bytes').rc, 0);
  });

  it('an empty ID list: five list calls return -3 and answer 6017; creating a group and a lookup return 0', () => {
    for (const fn of EMPTY_LIST_MINUS_3) {
      const c = get(`empty ${fn}`);
      assert.equal(c.rc, -3, fn);
      assert.deepEqual(c.answers.map((a) => [a.code, a.desc]), [[6017, 'conversation_id_array is invalid']], fn);
    }
    assert.equal(get('empty TIMConvCreateConversationGroup').rc, 0);
    const info = get('empty TIMConvGetConvInfo');
    assert.deepEqual([info.rc, info.answers[0]?.code, info.answers[0]?.desc], [0, 6017, 'conversation_key_list cannot be empty']);
  });

  it('cleaning all unread counts works once a second: 7008 in between, one conversation is not limited', () => {
    const first = get('clean c2c').answers;
    assert.equal(first.length, 1);
    assert.notEqual(first[0].code, 7008);
    // Made right after it: each is refused with 7008 or, should the library only reach it more
    // than a second later, answered like the first; at least one is refused.
    const group = Array.from({ length: GROUP_CLEANS }, (_, i) => get(`clean group at once ${i}`).answers);
    for (const answers of group) {
      assert.equal(answers.length, 1);
      if (answers[0].code === 7008) assert.equal(answers[0].desc, 'api call exceeds frequency limit');
      else assert.equal(answers[0].code, first[0].code);
    }
    assert.ok(group.some((answers) => answers[0].code === 7008), 'no clean was refused with 7008');
    for (const label of ['clean one conversation at once', 'clean "" a second later']) {
      const answers = get(label).answers;
      assert.equal(answers.length, 1, label);
      assert.notEqual(answers[0].code, 7008, label);
    }
  });

  it('every code seen is listed in schema/enum/TIMErrCode.json (7008 included)', () => {
    const codes = r.raw.flatMap((x) => x.answers.map((a) => a.code));
    assert.ok(codes.includes(7008));
    assert.deepEqual(codes.filter((c) => !TIM_ERR_CODE.has(c)), []);
  });

  it('through the runtime core: the call rejects once with -3 and the answer after it goes to onError as unexpected-completion', () => {
    assert.deepEqual(r.core.settled, ['rejected -3']);
    assert.equal(r.core.relayed, 1, 'the bridge relayed the answer');
    assert.deepEqual(r.core.reported.map((x) => [x.kind, x.fn]), [['unexpected-completion', 'TIMConvGetConversationListByFilter']]);
  });

  it('with the default validator the same call is refused with -3 before the library sees it', () => {
    assert.equal(r.strict, 'rejected -3 /count');
    assert.equal(r.strictRelayed, 1, 'no further answer was relayed');
  });
});
