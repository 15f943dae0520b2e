// `timconv kit`: the contract against the simulator and, inside `unshare --net`, against the real
// library; with --reliability (or --full) the reliability figures too. Prints the figures of each
// target and its findings; exits 1 when anything broke the contract, crashed, or could not run.
import { formatFigures } from './figures.ts';
import { formatFinding } from './findings.ts';
import { runNativeIsolated } from './isolated.ts';
import { probeUnshareNet } from './netns-run.ts';
import { MUTATION_CLASSES, type MutationClass } from './mutations.ts';
import { CI_SIZE, FULL_SIZE, formatReliability, runReliability } from './reliability.ts';
import { runContract, type ContractOptions, type ContractReport } from './runner.ts';
import { simulatorSession } from './simulator-session.ts';

type Flags = Map<string, string | true>;

function count(flags: Flags, name: string, fallback: number): number {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, got ${String(v)}`);
  return n;
}

function classes(flags: Flags): MutationClass[] | undefined {
  const v = flags.get('classes');
  if (typeof v !== 'string') return undefined;
  const list = v.split(',').map((c) => c.trim()) as MutationClass[];
  const unknown = list.filter((c) => !MUTATION_CLASSES.includes(c));
  if (unknown.length) throw new Error(`unknown --classes ${unknown.join(', ')} (known: ${MUTATION_CLASSES.join(', ')})`);
  return list;
}

function print(label: string, report: ContractReport, note: string): void {
  process.stdout.write(`${label.padEnd(10)} ${formatFigures(report.figures)} (${note})\n`);
  for (const f of report.findings.slice(0, 10)) process.stdout.write(`  - ${formatFinding(f).replace(/\n/g, '\n  ')}\n`);
  if (report.figures.findings > 10) process.stdout.write(`  and ${report.figures.findings - 10} more findings\n`);
  if (report.drift.length) {
    process.stdout.write(`  drift (not failures): ${report.drift.length} key(s) or value(s) the schemas do not know were passed through; import the library's headers\n`);
    for (const d of report.drift.slice(0, 10)) process.stdout.write(`  ~ ${d.fn} ${d.path}${d.kind === 'value' ? ` = ${String(d.value)}` : ''}\n`);
  }
}

async function libraryPath(flags: Flags): Promise<string> {
  const given = flags.get('library');
  if (typeof given === 'string') return given;
  // @ts-expect-error plain .mjs script without types
  const { ensureSdk } = (await import('../../scripts/fetch-sdk.mjs')) as { ensureSdk(): { libraryPath: string } };
  return ensureSdk().libraryPath;
}

export async function runKitCommand(flags: Flags): Promise<number> {
  // The child that isolated.ts starts inside `unshare --net`; not meant to be run by hand.
  if (flags.has('native-child')) return (await import('./native-target.ts')).runNativeChild(flags);
  const target = typeof flags.get('target') === 'string' ? flags.get('target') as string : 'all';
  if (!['simulator', 'native', 'all'].includes(target)) throw new Error(`--target is simulator, native or all, got ${target}`);
  const seed = count(flags, 'seed', 1);
  const base: ContractOptions = { seed, classes: classes(flags) };
  let failed = false;
  process.stdout.write(`timconv contract kit, seed ${seed}\n`);
  if (target !== 'native') {
    const t = Date.now();
    const report = await runContract(simulatorSession, { ...base, valid: count(flags, 'valid', 50), invalid: count(flags, 'invalid', 50) });
    print('simulator', report, `${((Date.now() - t) / 1000).toFixed(1)} s`);
    failed ||= !report.ok;
  }
  if (target !== 'simulator') {
    const probe = probeUnshareNet();
    if (!probe.ok) {
      process.stdout.write(`libImSDK   not run: unshare --net is not permitted here (${probe.reason})\n`);
      failed = true;
    } else {
      const run = await runNativeIsolated(await libraryPath(flags), { ...base, valid: count(flags, 'valid', 10), invalid: count(flags, 'invalid', 10) });
      if (run.ok) print('libImSDK', run.report, `${(run.ms / 1000).toFixed(1)} s inside unshare --net, login status ${run.loginStatus}`);
      else process.stdout.write(`libImSDK   ${run.crashed ? 'CRASHED' : 'FAILED'}: crashes ${run.crashed ? 1 : 0}; ${run.reason}\n`);
      failed ||= !run.ok || !run.report.ok;
    }
  }
  if (flags.has('reliability') || flags.has('full')) {
    const report = await runReliability(flags.has('full') ? FULL_SIZE : CI_SIZE, { seed, classes: base.classes });
    process.stdout.write(`${formatReliability(report)}\n`);
    failed ||= !report.ok;
  }
  return failed ? 1 : 0;
}
