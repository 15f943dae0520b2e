// The contract against the real libImSDK.so. Runs only in a child process inside `unshare --net`
// (started by isolated.ts as `timconv kit --native-child`; NodeNativeBridge refuses to load the
// library anywhere else). The SDK is initialized with its log and data folders in the work folder
// the parent made (the parent removes it once this process, and with it every SDK thread, is
// gone), then logged in with a user signature that can never be checked: with no network the login
// stays "logging in", the state in which the library answers conversation calls locally. Prints one
// result line for the parent, then ends the process (SDK threads would keep it alive).
import { NodeNativeBridge } from '../bridges/node/index.ts';
import { NATIVE_SURFACE } from '../generated/native-surface.ts';
import { RESULT_MARK } from './isolated.ts';
import { runContract, type ContractOptions } from './runner.ts';
import { sdkConfigJson } from './work-dir.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => { setTimeout(resolve, ms); });
const within = <T>(p: Promise<T>, ms: number, fallback: T) => Promise.race([p, sleep(ms).then(() => fallback)]);

async function runTarget(libraryPath: string, workDir: string, options: ContractOptions): Promise<void> {
  const bridge = new NodeNativeBridge({ libraryPath, surface: NATIVE_SURFACE, listenerGraceMs: 200 });
  const init = bridge.init({ sdkAppId: 1400000000, configJson: sdkConfigJson(workDir) });
  if (init !== 0) throw new Error(`TIMInit returned ${init}`);
  void bridge.login('timconv_kit', 'offline-signature');
  for (let waited = 0; bridge.loginStatus() === 3 && waited < 5000; waited += 50) await sleep(50);
  const report = await runContract(bridge, { graceMs: 100, timeoutMs: 15_000, ...options });
  const loginStatus = bridge.loginStatus();
  await within(bridge.logout(), 3000, -1);
  await within(bridge.uninit(), 10_000, -1);
  bridge.dispose();
  // A drift report may hold a bigint (mark bits): it crosses as decimal text.
  const text = JSON.stringify({ report, loginStatus }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  process.stdout.write(`\n${RESULT_MARK}${text}\n`);
}

/** `timconv kit --native-child --library L --work W --options JSON`: runs the target and exits. */
export async function runNativeChild(flags: ReadonlyMap<string, string | true>): Promise<never> {
  const [libraryPath, workDir, optionsJson] = ['library', 'work', 'options'].map((k) => flags.get(k));
  try {
    if (typeof libraryPath !== 'string' || typeof workDir !== 'string') throw new Error('kit --native-child needs --library PATH and --work DIR');
    await runTarget(libraryPath, workDir, JSON.parse(typeof optionsJson === 'string' ? optionsJson : '{}') as ContractOptions);
    process.exit(0);
  } catch (err) {
    process.stderr.write(`native contract run failed: ${(err as Error)?.stack ?? err}\n`);
    process.exit(1);
  }
}
