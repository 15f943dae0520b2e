// Runs in an isolated network namespace only (started by lifecycle.test.ts): the bridge's own rules
// around the real library: calls before TIMInit, argument errors, listener replacement and release,
// close() with a login the SDK never answers. Arguments: the path of libImSDK.so and the folder for
// the SDK's files (the test removes it once this process has exited).
import koffi from 'koffi';
import { DISPOSED_CODE, NodeNativeBridge } from '../../../runtime/bridges/node/index.ts';
import { checkIsolation } from '../../../runtime/bridges/node/isolation.ts';
import { printIsolatedResult } from '../../support/netns.ts';
import { loadNativeSurface } from '../support/surface.ts';
import { bridgeArgs, VALID_INPUTS } from '../support/inputs.ts';
import { bounded, sleep, within } from '../support/records.ts';
import { sdkConfigJson } from '../../../runtime/contract/work-dir.ts';

const attempt = (run: () => unknown): string => {
  try { return `returned ${String(run())}`; } catch (err) { return `${(err as Error).name}: ${(err as Error).message}`; }
};

async function main() {
  const [libraryPath, workDir] = process.argv.slice(2);
  if (!libraryPath || !workDir) throw new Error('usage: lifecycle-child.ts <libImSDK.so> <work folder>');
  if (!checkIsolation().isolated) throw new Error('not isolated');
  const { surface } = await loadNativeSurface();
  const configJson = sdkConfigJson(workDir);
  const baseCallbacks = koffi.stats().callbacks;
  const bridge = new NodeNativeBridge({ libraryPath, surface, listenerGraceMs: 100 });
  const out: Record<string, unknown> = {};

  out.beforeInit = {
    async: await bounded(bridge, 'TIMConvGetConvList', {}, 5000),
    sync: await bounded(bridge, 'TIMConvCancelDraft', VALID_INPUTS.TIMConvCancelDraft, 5000),
    status: bridge.loginStatus(),
  };
  out.errors = {
    unknown: attempt(() => bridge.call('TIMConvNoSuch', [])),
    count: attempt(() => bridge.call('TIMConvCreate', ['peer'])),
    type: attempt(() => bridge.call('TIMConvGetConversationListByFilter', ['{}', '0', 20])),
    setterViaCall: attempt(() => bridge.call('TIMSetConvEventCallback', [])),
    unknownSetter: attempt(() => bridge.setListener('TIMConvCreate', () => {})),
  };

  const seen: string[] = [];
  bridge.setListener('TIMSetConvTotalUnreadMessageCountChangedCallback', () => seen.push('first'));
  const afterFirst = bridge.stats.trampolines;
  bridge.setListener('TIMSetConvTotalUnreadMessageCountChangedCallback', (n) => seen.push(`second ${String(n)}`));
  out.listenerReplace = { afterFirst, afterSecond: bridge.stats.trampolines };

  out.init = bridge.init({ sdkAppId: 1400000000n, configJson });
  out.initTwice = attempt(() => bridge.init({ sdkAppId: 1400000000, configJson }));
  const login = bridge.login('timconv_user1', 'not-a-real-usersig');
  await sleep(1000);
  out.unread = await bounded(bridge, 'TIMConvGetTotalUnreadMessageCount', {}, 5000);
  await sleep(200);
  out.seen = seen;
  bridge.setListener('TIMSetConvTotalUnreadMessageCountChangedCallback', null);
  out.clear = { right: bridge.stats.trampolines };
  await sleep(300);
  out.clear = { ...(out.clear as object), afterGrace: bridge.stats.trampolines };

  await bridge.close();
  out.login = await within(login, 2000, 'unsettled');
  out.disposedCode = DISPOSED_CODE;
  out.afterClose = {
    stats: bridge.stats,
    koffiCallbacks: koffi.stats().callbacks - baseCallbacks,
    call: attempt(() => bridge.call('TIMConvGetConvList', bridgeArgs('TIMConvGetConvList', {}))),
    listener: attempt(() => bridge.setListener('TIMSetConvEventCallback', null)),
  };
  printIsolatedResult(out);
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`[lifecycle-child] failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
