// Running code in an isolated network namespace. The real libImSDK.so may only be loaded and
// initialized inside one: runIsolated() starts `unshare --net node --import tsx <script>` (as root
// this leaves the child only a loopback device that is down) and reads the JSON result the script
// prints with printIsolatedResult(). Every child has a hard timeout and is killed when it runs over.
// The isolation check itself is the runtime's (runtime/bridges/node/isolation.ts), so tests and the
// bridge judge the same way.
import { checkIsolation, type IsolationReport } from '../../runtime/bridges/node/isolation.ts';
import { probeUnshareNet, runInNetNamespace, stderrTail } from '../../runtime/contract/netns-run.ts';
import { repoRoot } from './sdk.ts';

export { checkIsolation, type IsolationReport };

const RESULT_MARK = '@@timconv-isolated-result@@ ';

export function isIsolated(): boolean {
  return checkIsolation().isolated;
}

let probe: { ok: boolean; reason: string } | undefined;

/** Whether `unshare --net` works here (root or user namespaces); probed once, bounded. */
export function unshareNetAvailable(): { ok: boolean; reason: string } {
  probe ??= probeUnshareNet();
  return probe;
}

/** For tests of this helper: pretend `unshare --net` is (not) permitted; undefined probes again. */
export function setUnshareProbeForTest(value: { ok: boolean; reason: string } | undefined): void {
  probe = value;
}

export interface IsolatedRun<T> {
  result: T;
  stderr: string;
  ms: number;
}

export interface RunIsolatedOptions {
  /** Hard limit for the child; it is killed (SIGKILL) when it runs over. Default 60 s. */
  timeoutMs?: number;
}

/**
 * Runs `script` (a path relative to the repo root or absolute) in a fresh network namespace and
 * returns the JSON it printed with printIsolatedResult(). Call with the mocha context
 * (`runIsolated.call(this, ...)`): when `unshare --net` is not permitted here the test is skipped.
 * The child is started by the same code as the kit's native target (runtime/contract/netns-run.ts).
 */
export async function runIsolated<T = unknown>(this: Mocha.Context, script: string, args: readonly string[] = [], options: RunIsolatedOptions = {}): Promise<IsolatedRun<T>> {
  const can = unshareNetAvailable();
  if (!can.ok) this.skip();
  const run = await runInNetNamespace<T>(['--import', 'tsx', script, ...args], {
    mark: RESULT_MARK, timeoutMs: options.timeoutMs ?? 60_000, cwd: repoRoot, env: { ...process.env, TIMCONV_ISOLATED_CHILD: '1' },
  });
  if (!run.ok) throw new Error(`${script} ${run.reason}; stderr tail:\n${stderrTail(run.stderr, 30)}`);
  return { result: run.result, stderr: run.stderr, ms: run.ms };
}

/** For the child script: prints its result in the form runIsolated() reads. bigint is written as
 *  a decimal string. */
export function printIsolatedResult(value: unknown): void {
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  process.stdout.write(`\n${RESULT_MARK}${text}\n`);
}
