// The Puerts bundle as a game meets it: its size minified, and the time QuickJS (the engine of
// Puerts' QuickJS backend) takes to load it and complete a first call. The bundle is built fresh
// from the working tree (runtime/bundle/build.mjs), so the figures follow the sources, not the
// committed copy. The engine itself is started before the clock: Puerts already has one running.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQuickJS, type QuickJSWASMModule } from 'quickjs-emscripten';
import { buildBundle } from '../../runtime/bundle/build.mjs';
import { millis, spread, type BenchOutput } from './support/figures.ts';
import { isMain } from './support/measure.ts';

const SAMPLES = 15;
const UNREAD_JSON = '{"conv_get_total_unread_message_count_result_unread_count":42}';

// The game's side: a manager over a scripted bridge that answers on the next job, one first call.
const FIRST_CALL = `
import { ConversationManager } from 'timconv';
let result = '';
const bridge = {
  call(fn, args, done) {
    if (fn !== 'TIMConvGetTotalUnreadMessageCount') return -4;
    Promise.resolve().then(() => done(0, '', ${JSON.stringify(UNREAD_JSON)}));
    return 0;
  },
  setListener() {},
};
new ConversationManager(bridge).getTotalUnreadMessageCount().then(
  (r) => { result = JSON.stringify(r); },
  (e) => { result = 'failed: ' + e.message; });
export function outcome() { return result; }
`;

/** CPU milliseconds of this process (QuickJS runs on its thread), user and system. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * CPU milliseconds from evaluating the game module (which loads the bundle) to the resolved value.
 * CPU rather than wall time: the engine runs synchronously here, and other work on a shared machine
 * would otherwise land on whichever sample it interrupted.
 */
function loadAndFirstCall(QuickJS: QuickJSWASMModule, bundle: string): number {
  const runtime = QuickJS.newRuntime();
  runtime.setModuleLoader((name) => (name === 'timconv' ? bundle : { error: new Error(`unknown module ${name}`) }));
  const ctx = runtime.newContext();
  try {
    const t0 = cpuMs();
    const ns = ctx.unwrapResult(ctx.evalCode(FIRST_CALL, 'game.mjs', { type: 'module' }));
    let outcome = '';
    for (let i = 0; i < 100 && !outcome; i++) {
      const jobs = runtime.executePendingJobs();
      if (jobs.error) { const e = ctx.dump(jobs.error); jobs.error.dispose(); throw new Error(`QuickJS job failed: ${JSON.stringify(e)}`); }
      const fn = ctx.getProp(ns, 'outcome');
      const handle = ctx.unwrapResult(ctx.callFunction(fn, ctx.undefined));
      outcome = ctx.getString(handle);
      handle.dispose();
      fn.dispose();
    }
    const ms = cpuMs() - t0;
    ns.dispose();
    if (outcome !== UNREAD_JSON) throw new Error(`bundle bench: the first call in QuickJS ended with ${JSON.stringify(outcome)}`);
    return ms;
  } finally {
    ctx.dispose();
    runtime.dispose();
  }
}

export async function run(): Promise<BenchOutput> {
  const dir = mkdtempSync(join(tmpdir(), 'timconv-bench-bundle-'));
  try {
    const shipped = await buildBundle({ outfile: join(dir, 'timconv.mjs') });
    const minified = await buildBundle({ outfile: join(dir, 'timconv.min.mjs'), minify: true });
    const kib = (code: string) => Buffer.byteLength(code) / 1024;
    const QuickJS = await getQuickJS();
    loadAndFirstCall(QuickJS, shipped); // warm the engine's own code paths once
    const samples: [number[], number[]] = [[], []];
    for (let i = 0; i < SAMPLES; i++) { // interleaved, so drift hits both alike
      samples[0].push(loadAndFirstCall(QuickJS, shipped));
      samples[1].push(loadAndFirstCall(QuickJS, minified));
    }
    const [asShipped, min] = samples.map(spread);
    return {
      details: {
        'bundle as shipped (KiB)': Number(kib(shipped).toFixed(1)),
        'bundle minified (KiB)': Number(kib(minified).toFixed(1)),
        'QuickJS load + first call, bundle as shipped': millis(asShipped),
        'QuickJS load + first call, minified bundle': millis(min),
      },
      figures: [
        { figure: 'Puerts bundle, minified', measured: `${kib(minified).toFixed(0)} KiB`, goal: '≤ 200 KiB', met: kib(minified) <= 200, how: 'esbuild --minify of runtime/index.ts, bytes' },
        { figure: 'QuickJS: load the bundle (as shipped) and make a first call', measured: millis(asShipped), goal: '≤ 25 ms', met: asShipped.median <= 25, how: `CPU time, fresh QuickJS context each, median (min–max) of ${SAMPLES}` },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) console.log(await run());
