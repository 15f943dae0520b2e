// Running a Node child in a fresh network namespace (`unshare --net`: as root the child sees only a
// loopback device that is down, so the real library cannot reach the network) and reading the one
// result it prints: a line that starts with a mark, followed by JSON. The kit's native target and
// the test helpers that load the library both start their children here. Whatever happens (no
// unshare, a crash, a time-out, no result line, a line that is not JSON) the promise resolves once
// with what happened; it never rejects and never hangs.
import { spawn, spawnSync } from 'node:child_process';

/** Whether `unshare --net` works here (root, or user namespaces); a bounded probe. */
export function probeUnshareNet(): { ok: boolean; reason: string } {
  const r = spawnSync('unshare', ['--net', 'true'], { timeout: 10_000, encoding: 'utf8' });
  if (r.error) return { ok: false, reason: `unshare --net: ${r.error.message}` };
  return r.status === 0 ? { ok: true, reason: '' } : { ok: false, reason: `unshare --net: exit ${r.status}: ${(r.stderr ?? '').trim()}` };
}

export interface NetnsRunOptions {
  /** Starts the result line, e.g. "@@timconv-kit-result@@ ". */
  mark: string;
  /** The child is killed (SIGKILL) when it runs longer. */
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Characters of stderr kept (the last ones); default: all. */
  stderrLimit?: number;
}

export type NetnsRun<T> =
  | { ok: true; result: T; stderr: string; ms: number }
  | { ok: false; reason: string; crashed: boolean; stderr: string; ms: number };

/** Runs `node <nodeArgs>` inside `unshare --net` and reads the last result line it printed. */
export function runInNetNamespace<T = unknown>(nodeArgs: readonly string[], options: NetnsRunOptions): Promise<NetnsRun<T>> {
  const started = Date.now();
  const limit = options.stderrLimit ?? Infinity;
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    let settled = false;
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (run: NetnsRun<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(run);
    };
    const failed = (reason: string, crashed = false) => finish({ ok: false, reason, crashed, stderr, ms: Date.now() - started });
    let child;
    try {
      child = spawn('unshare', ['--net', process.execPath, ...nodeArgs], {
        cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      failed(`could not start unshare: ${(err as Error).message}`);
      return;
    }
    timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, options.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr = (stderr + d).slice(-limit); });
    child.on('error', (err) => failed(`could not start unshare: ${err.message}`));
    child.on('close', (code, signal) => {
      if (timedOut) return failed(`ran over ${options.timeoutMs} ms and was killed`);
      if (code !== 0) return failed(`exited with ${signal ?? code}`, signal !== null);
      const line = stdout.split('\n').filter((l) => l.startsWith(options.mark)).at(-1);
      if (line === undefined) return failed('exited with 0 and printed no result');
      try {
        finish({ ok: true, result: JSON.parse(line.slice(options.mark.length)) as T, stderr, ms: Date.now() - started });
      } catch (err) {
        failed(`printed a result that is not JSON: ${(err as Error).message}`);
      }
    });
  });
}

/** The last lines of a child's stderr, for a report. */
export function stderrTail(stderr: string, lines: number): string {
  return stderr.trim().split('\n').slice(-lines).join('\n');
}
