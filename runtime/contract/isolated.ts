// Starting the real-library contract run (native-target.ts) in a fresh network namespace and
// reading its report. A child that dies (a crash in the library) or runs over its time limit is
// reported as such, with the tail of what it wrote, never thrown away.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContractOptions, ContractReport } from './runner.ts';

export type NativeRun =
  | { ok: true; report: ContractReport; loginStatus: number; ms: number }
  | { ok: false; reason: string; crashed: boolean; ms: number };

/** Starts the line of the child's output that carries its report. */
export const RESULT_MARK = '@@timconv-kit-result@@ ';

const TARGET = fileURLToPath(new URL('./native-target.ts', import.meta.url));

/** Runs the contract against `libraryPath` inside `unshare --net`; resolves, never rejects. */
export function runNativeIsolated(libraryPath: string, options: ContractOptions, timeoutMs = 600_000): Promise<NativeRun> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'timconv-kit-'));
  for (const d of ['log', 'data']) mkdirSync(join(work, d));
  const child = spawn('unshare', ['--net', process.execPath, '--import', 'tsx', TARGET, libraryPath, work, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr = (stderr + d).slice(-20_000); });
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    const finish = (run: NativeRun) => {
      clearTimeout(timer);
      rmSync(work, { recursive: true, force: true });
      resolve(run);
    };
    const tail = () => stderr.trim().split('\n').slice(-15).join('\n');
    child.on('error', (err) => finish({ ok: false, reason: `could not start unshare: ${err.message}`, crashed: false, ms: Date.now() - started }));
    child.on('close', (code, signal) => {
      const ms = Date.now() - started;
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (timedOut) return finish({ ok: false, reason: `ran over ${timeoutMs} ms and was killed\n${tail()}`, crashed: false, ms });
      if (code === 0 && line) {
        const { report, loginStatus } = JSON.parse(line.slice(RESULT_MARK.length)) as { report: ContractReport; loginStatus: number };
        return finish({ ok: true, report, loginStatus, ms });
      }
      finish({ ok: false, reason: `exited with ${signal ?? code}\n${tail()}`, crashed: signal !== null, ms });
    });
  });
}
