// Starting the real-library contract run (native-target.ts) in a fresh network namespace and
// reading its report. The child is the `timconv` command itself (`kit --native-child`), which runs
// as compiled JavaScript, so no TypeScript loader is needed, in a checkout or in an installed
// package. A child that dies (a crash in the library) or runs over its time limit is reported as
// such, with the tail of what it wrote, never thrown away.
import { fileURLToPath } from 'node:url';
import { runInNetNamespace, stderrTail } from './netns-run.ts';
import type { ContractOptions, ContractReport } from './runner.ts';
import { makeWorkDir, removeWorkDir } from './work-dir.ts';

export type NativeRun =
  | { ok: true; report: ContractReport; loginStatus: number; ms: number }
  | { ok: false; reason: string; crashed: boolean; ms: number };

/** Starts the line of the child's output that carries its report. */
export const RESULT_MARK = '@@timconv-kit-result@@ ';

/** The `timconv` command (bin/timconv.mjs), which starts the child as `kit --native-child`. */
const COMMAND = fileURLToPath(new URL('../../bin/timconv.mjs', import.meta.url));

/** The command line of the child, after `node`. */
export function nativeChildArgs(libraryPath: string, workDir: string, options: ContractOptions): string[] {
  return [COMMAND, 'kit', '--native-child', '--library', libraryPath, '--work', workDir, '--options', JSON.stringify(options)];
}

/** Runs the contract against `libraryPath` inside `unshare --net`; resolves, never rejects. */
export async function runNativeIsolated(libraryPath: string, options: ContractOptions, timeoutMs = 600_000): Promise<NativeRun> {
  const work = makeWorkDir('timconv-kit-');
  try {
    const run = await runInNetNamespace<{ report: ContractReport; loginStatus: number }>(nativeChildArgs(libraryPath, work, options), {
      mark: RESULT_MARK, timeoutMs, stderrLimit: 20_000,
    });
    if (run.ok) return { ok: true, report: run.result.report, loginStatus: run.result.loginStatus, ms: run.ms };
    return { ok: false, reason: `${run.reason}\n${stderrTail(run.stderr, 15)}`, crashed: run.crashed, ms: run.ms };
  } finally {
    removeWorkDir(work);
  }
}
