// Runs in an isolated network namespace only (started by test/native/contract.test.ts through
// runIsolated): loads the real libImSDK.so through NodeNativeBridge, initializes it, calls every
// TIMConv* function before and after TIMLogin, sets and clears every listener, uninitializes, and
// prints what the library answered. Arguments: the path of libImSDK.so and the folder for the SDK's
// files (the test removes it once this process has exited).
import { readdirSync } from 'node:fs';
import koffi from 'koffi';
import { NodeNativeBridge } from '../../../runtime/bridges/node/index.ts';
import { checkIsolation } from '../../../runtime/bridges/node/isolation.ts';
import type { BridgeArg } from '../../../runtime/bridge.ts';
import { printIsolatedResult } from '../../support/netns.ts';
import { loadNativeSurface } from '../support/surface.ts';
import { EXTRA_INPUTS, VALID_INPUTS } from '../support/inputs.ts';
import { bounded, sleep, within, type CallRecord } from '../support/records.ts';
import { sdkConfigJson } from '../../../runtime/contract/work-dir.ts';

const CALL_TIMEOUT_MS = 10_000;
// After TIMLogin: wait until the SDK leaves "logged out", then this long, at most LOGIN_WAIT_MS.
const LOGIN_SETTLE_MS = 1_000;
const LOGIN_WAIT_MS = 5_000;
const LOGOUT_WAIT_MS = 3_000;
const SETTERS = [
  'TIMSetConvEventCallback', 'TIMSetConvTotalUnreadMessageCountChangedCallback', 'TIMSetConvUnreadMessageCountChangedByFilterCallback',
  'TIMSetConvConversationGroupCreatedCallback', 'TIMSetConvConversationGroupDeletedCallback', 'TIMSetConvConversationGroupNameChangedCallback',
  'TIMSetConvConversationsAddedToGroupCallback', 'TIMSetConvConversationsDeletedFromGroupCallback',
];

const log = (msg: string) => process.stderr.write(`[contract-child] ${msg}\n`);
const threads = () => readdirSync('/proc/self/task').length;

async function main() {
  const [libraryPath, workDir] = process.argv.slice(2);
  if (!libraryPath || !workDir) throw new Error('usage: contract-child.ts <libImSDK.so> <work folder>');
  const isolation = checkIsolation();
  if (!isolation.isolated) throw new Error(`not isolated: ${isolation.reasons.join('; ')}`);

  const { surface, source } = await loadNativeSurface();

  const bridge = new NodeNativeBridge({ libraryPath, surface, listenerGraceMs: 200 });
  const out: Record<string, unknown> = { isolation, surfaceSource: source, functionsDeclared: surface.functions.length, threadsBeforeInit: threads() };
  const run = async (label: string, calls: [string, Record<string, unknown>, string?][]) => {
    const records: CallRecord[] = [];
    for (const [fn, input, name] of calls) {
      const r = await bounded(bridge, fn, input, CALL_TIMEOUT_MS, name);
      log(`${label} ${r.label}: rc=${r.rc} ${r.settled} code=${r.code ?? ''} ${r.desc ?? ''} ${(r.json ?? '').slice(0, 120)}`);
      records.push(r);
    }
    return records;
  };
  const all = Object.entries(VALID_INPUTS).map(([fn, input]) => [fn, input] as [string, Record<string, unknown>]);

  out.init = bridge.init({ sdkAppId: 1400000000, configJson: sdkConfigJson(workDir) });
  out.threadsAfterInit = threads();
  out.statusAfterInit = bridge.loginStatus();
  out.beforeLogin = await run('before login', all);

  const events: { setter: string; args: (string | number | boolean)[]; mainThread: boolean }[] = [];
  const gettid = koffi.load('libc.so.6').func('gettid', 'int', []);
  const setListeners: { setter: string; set?: string; cleared?: string }[] = [];
  for (const setter of SETTERS) {
    const rec: { setter: string; set?: string } = { setter };
    try {
      bridge.setListener(setter, (...args: BridgeArg[]) => {
        events.push({ setter, args: args.map((a) => (typeof a === 'bigint' ? a.toString() : a)), mainThread: gettid() === process.pid });
        log(`event ${setter} ${args.map(String).join(' | ').slice(0, 160)}`);
      });
      rec.set = 'ok';
    } catch (err) { rec.set = (err as Error).message; }
    setListeners.push(rec);
  }
  out.trampolinesWithListeners = bridge.stats.trampolines;

  let loginAnswer: number | string = 'none yet';
  const login = bridge.login('timconv_user1', 'not-a-real-usersig').then((code) => { loginAnswer = code; return code; });
  const statuses: { ms: number; status: number }[] = [];
  const t0 = Date.now();
  let left = -1;
  for (let last = -1; Date.now() - t0 < LOGIN_WAIT_MS && (left < 0 || Date.now() - left < LOGIN_SETTLE_MS); await sleep(50)) {
    const s = bridge.loginStatus();
    if (s !== last) { statuses.push({ ms: Date.now() - t0, status: s }); last = s; }
    if (s !== 3 && left < 0) left = Date.now();
  }
  out.loginStatuses = statuses;
  out.loginAnswerAfterWait = loginAnswer;
  out.afterLogin = await run('after login', all);
  out.extras = await run('extra', Object.entries(EXTRA_INPUTS).map(([name, e]) => [e.fn, e.input, name]));
  out.loginAnswerAfterCalls = loginAnswer;
  out.statusAfterCalls = bridge.loginStatus();

  await sleep(300);
  for (const rec of setListeners) {
    try { bridge.setListener(rec.setter, null); rec.cleared = 'ok'; } catch (err) { rec.cleared = (err as Error).message; }
  }
  out.listeners = setListeners;
  out.events = events;
  out.threadsBeforeUninit = threads();
  out.logout = await within(bridge.logout(), LOGOUT_WAIT_MS, 'timeout');
  out.uninit = await within(bridge.uninit(), CALL_TIMEOUT_MS, 'timeout');
  out.loginAnswerFinal = await within(login, 1000, 'never');
  await sleep(300); // past the listener grace period
  out.statsBeforeDispose = bridge.stats;
  bridge.dispose();
  out.statsAfterDispose = bridge.stats;
  out.koffiCallbacksAfterDispose = koffi.stats().callbacks;
  out.pid = process.pid;
  printIsolatedResult(out);
}

main().then(() => process.exit(0), (err) => {
  log(`failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
