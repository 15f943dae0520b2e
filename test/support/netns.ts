// Running code in an isolated network namespace. The real libImSDK.so may only be loaded and
// initialized inside one: runIsolated() starts `unshare --net node --import tsx <script>` (as root
// this leaves the child only a loopback device that is down) and reads the JSON result the script
// prints with printIsolatedResult(). Every child has a hard timeout and is killed when it runs over.
// The isolation check itself is the runtime's (runtime/bridges/node/isolation.ts), so tests and the
// bridge judge the same way.
import { spawn, spawnSync } from 'node:child_process';
import { checkIsolation, type IsolationReport } from '../../runtime/bridges/node/isolation.ts';
import { repoRoot } from './sdk.ts';

export { checkIsolation, type IsolationReport };

const RESULT_MARK = '@@timconv-isolated-result@@ ';

export function isIsolated(): boolean {
  return checkIsolation().isolated;
}

let probe: { ok: boolean; reason: string } | undefined;

/** Whether `unshare --net` works here (root or user namespaces); probed once, bounded. */
export function unshareNetAvailable(): { ok: boolean; reason: string } {
  if (!probe) {
    const r = spawnSync('unshare', ['--net', 'true'], { timeout: 10_000, encoding: 'utf8' });
    probe = r.error
      ? { ok: false, reason: `unshare --net: ${r.error.message}` }
      : r.status === 0 ? { ok: true, reason: '' } : { ok: false, reason: `unshare --net: exit ${r.status}: ${(r.stderr ?? '').trim()}` };
  }
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
 */
export async function runIsolated<T = unknown>(this: Mocha.Context, script: string, args: readonly string[] = [], options: RunIsolatedOptions = {}): Promise<IsolatedRun<T>> {
  const can = unshareNetAvailable();
  if (!can.ok) this.skip();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const started = Date.now();
  const child = spawn('unshare', ['--net', process.execPath, '--import', 'tsx', script, ...args], {
    cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TIMCONV_ISOLATED_CHILD: '1' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const tail = () => stderr.split('\n').slice(-30).join('\n');
  return new Promise<IsolatedRun<T>>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      if (timedOut) { reject(new Error(`${script} ran over ${timeoutMs} ms and was killed; stderr tail:\n${tail()}`)); return; }
      const line = stdout.split('\n').filter((l) => l.startsWith(RESULT_MARK)).at(-1);
      if (code !== 0 || !line) {
        reject(new Error(`${script} exited with ${signal ?? code}${line ? '' : ' and printed no result'}; stderr tail:\n${tail()}`));
        return;
      }
      try {
        resolve({ result: JSON.parse(line.slice(RESULT_MARK.length)) as T, stderr, ms });
      } catch (err) {
        reject(new Error(`${script} printed a result that is not JSON: ${(err as Error).message}`));
      }
    });
  });
}

/** For the child script: prints its result in the form runIsolated() reads. bigint is written as
 *  a decimal string. */
export function printIsolatedResult(value: unknown): void {
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  process.stdout.write(`\n${RESULT_MARK}${text}\n`);
}
