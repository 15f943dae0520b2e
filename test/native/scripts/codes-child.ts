// Runs in an isolated network namespace only (started by test/native/codes.test.ts): the codes the
// real library gives for inputs the schemas now refuse (empty filters, count 0, empty ID lists,
// empty custom data), the call frequency limit of cleaning all unread counts, and one call that
// returns -3 and answers anyway, made through ConversationManager to see the runtime core settle
// it once and report the extra answer. Arguments: the path of libImSDK.so and the folder for the
// SDK's files (the test removes it once this process has exited).
import { NodeNativeBridge } from '../../../runtime/bridges/node/index.ts';
import { checkIsolation } from '../../../runtime/bridges/node/isolation.ts';
import type { ErrorContext } from '../../../runtime/core/options.ts';
import { DEFAULT_VALIDATORS } from '../../../runtime/core/defaults.ts';
import type { TimError } from '../../../runtime/errors.ts';
import { ConversationManager } from '../../../runtime/generated/conversation-manager.ts';
import { printIsolatedResult } from '../../support/netns.ts';
import { loadNativeSurface } from '../support/surface.ts';
import { GROUP_CLEANS } from '../support/codes-cases.ts';
import { recordRaw, sleep, type RawRecord } from '../support/records.ts';
import { sdkConfigJson } from '../../../runtime/contract/work-dir.ts';

const NO_FILTER = ['{}', '{"conversation_list_filter_conv_type":0}'];
const UNREAD_BY_FILTER = ['TIMConvGetUnreadMessageCountByFilter', 'TIMConvSubscribeUnreadMessageCountByFilter', 'TIMConvUnsubscribeUnreadMessageCountByFilter'];

async function main() {
  const [libraryPath, workDir] = process.argv.slice(2);
  if (!libraryPath || !workDir) throw new Error('usage: codes-child.ts <libImSDK.so> <work folder>');
  if (!checkIsolation().isolated) throw new Error('not isolated');
  const { surface } = await loadNativeSurface();
  const bridge = new NodeNativeBridge({ libraryPath, surface, listenerGraceMs: 100 });
  const out: Record<string, unknown> = { init: bridge.init({ sdkAppId: 1400000000, configJson: sdkConfigJson(workDir) }) };
  void bridge.login('timconv_user1', 'not-a-real-usersig');
  for (let t = 0; bridge.loginStatus() === 3 && t < 100; t++) await sleep(50);
  await sleep(1000);
  out.status = bridge.loginStatus();

  const raw: RawRecord[] = [];
  const rec = async (label: string, fn: string, args: (string | number | bigint | boolean)[]) => { raw.push(await recordRaw(bridge, label, fn, args)); };
  for (const fn of UNREAD_BY_FILTER) for (const f of NO_FILTER) await rec(`${fn} ${f}`, fn, [f]);
  const zeroTypeAndMore = '{"conversation_list_filter_conv_type":0,"conversation_list_filter_has_unread_count":true}';
  for (const fn of UNREAD_BY_FILTER) await rec(`${fn} conv_type 0 and more`, fn, [zeroTypeAndMore]);
  for (const f of NO_FILTER) await rec(`page ${f}`, 'TIMConvGetConversationListByFilter', [f, 0n, 20]);
  await rec('page count 0', 'TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conv_type":1}', 0n, 0]);
  await rec('custom data ""', 'TIMConvSetConversationCustomData', ['["c2c_timconv_peer"]', '']);
  await rec('custom data 257 bytes', 'TIMConvSetConversationCustomData', ['["c2c_timconv_peer"]', 'a'.repeat(257)]);
  await rec('empty TIMConvDeleteConversationList', 'TIMConvDeleteConversationList', ['[]', false]);
  await rec('empty TIMConvSetConversationCustomData', 'TIMConvSetConversationCustomData', ['[]', 'x']);
  await rec('empty TIMConvMarkConversation', 'TIMConvMarkConversation', ['[]', 1n, true]);
  await rec('empty TIMConvAddConversationsToGroup', 'TIMConvAddConversationsToGroup', ['g', '[]']);
  await rec('empty TIMConvDeleteConversationsFromGroup', 'TIMConvDeleteConversationsFromGroup', ['g', '[]']);
  await rec('empty TIMConvCreateConversationGroup', 'TIMConvCreateConversationGroup', ['g', '[]']);
  await rec('empty TIMConvGetConvInfo', 'TIMConvGetConvInfo', ['[]']);
  // The frequency limit: the cleans are all made back to back, none waiting for an answer, so the
  // library sees them microseconds apart however slowly its answers come on a loaded machine.
  const clean = (label: string, target: string) => recordRaw(bridge, label, 'TIMConvCleanConversationUnreadMessageCount', [target, 0n, 0n]);
  raw.push(...await Promise.all([
    clean('clean c2c', 'c2c'),
    ...Array.from({ length: GROUP_CLEANS }, (_, i) => clean(`clean group at once ${i}`, 'group')),
    clean('clean one conversation at once', 'c2c_timconv_peer'),
  ]));
  await sleep(1100);
  await rec('clean "" a second later', 'TIMConvCleanConversationUnreadMessageCount', ['', 0n, 0n]);
  out.raw = raw;

  // Through the runtime core, with the input validator of this one function letting count 0 pass,
  // so the call reaches the library, which returns -3 and then answers.
  const reported: { kind: ErrorContext['kind']; fn?: string; code: number }[] = [];
  const permissive = { ...DEFAULT_VALIDATORS, TIMConvGetConversationListByFilter_input: Object.assign(() => true, { errors: null }) };
  const conv = new ConversationManager(bridge, { validators: permissive, onError: (e, ctx) => reported.push({ kind: ctx.kind, fn: ctx.fn, code: (e as TimError).code }) });
  const before = bridge.stats.answersAfterFailure;
  const settled: string[] = [];
  await conv.getConversationListByFilter({ conversation_list_filter_conv_type: 1 }, 0n, 0).then(
    () => settled.push('resolved'), (e: TimError) => settled.push(`rejected ${e.code}`));
  await sleep(300);
  out.core = { settled, reported, relayed: bridge.stats.answersAfterFailure - before };

  // The default validator refuses the same call before the library sees it.
  const strict = new ConversationManager(bridge);
  out.strict = await strict.getConversationListByFilter({}, 0n, 0).then(() => 'resolved', (e: TimError) => `rejected ${e.code} ${e.problems.map((p) => p.path).join(',')}`);
  await sleep(300);
  out.strictRelayed = bridge.stats.answersAfterFailure - before;

  await bridge.close();
  printIsolatedResult(out);
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`[codes-child] failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
