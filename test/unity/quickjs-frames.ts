// Runs a fixture module in QuickJS (the engine of Puerts' QuickJS backend) frame by frame, the way
// Unity drives the sample under Puerts. Every Puerts backend runs the pending promise jobs whenever
// a call from C# into the script returns (V8 and Node.js by V8's automatic microtask policy, QuickJS
// when the outermost scope of the call closes), so this runs them after each such call: after each
// callback TimConvFacade.Tick() delivers in Update (the fixture's updateOne(), one callback a call),
// after the engine's Tick, and after LateUpdate (the fixture's lateUpdate(): SampleHost.Frame).
// The fixture exports updateOne, lateUpdate, isDone and reportJson; the run ends when isDone() or
// after `maxFrames`.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getQuickJS, type QuickJSContext, type QuickJSHandle, type QuickJSRuntime } from 'quickjs-emscripten';
import { UNITY_OUT } from '../../runtime/bundle/build.mjs';
import { SAMPLE } from '../../unity-sample/tools/build-unity.mjs';
import { realIr } from '../support/generated.ts';
import { unityPlan } from './support.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface FrameOptions {
  /** globalThis values set before the fixture runs (JSON). */
  globals: Record<string, unknown>;
  maxFrames?: number;
}

/** Facade method name to C name, for the stand-in facade (the C# emitter takes the same names from the IR). */
function facadeNames() {
  const ir = realIr();
  return {
    functions: Object.fromEntries(ir.functions.filter((f) => !f.listenerCallback).map((f) => [f.csName, f.cName])),
    listeners: Object.fromEntries(ir.listeners.map((l) => [l.csSetter, l.setter])),
  };
}

/** The bundle, the sample's built modules (as Resources paths) and the fixtures, by module name. */
function modules(): Map<string, string> {
  const found = new Map<string, string>([['timconv.mjs', readFileSync(UNITY_OUT, 'utf8')]]);
  const prefix = `${SAMPLE}/Resources/`;
  for (const [path, text] of unityPlan()) if (path.startsWith(prefix) && path.endsWith('.mjs')) found.set(path.slice(prefix.length), text);
  for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.mjs'))) found.set(`fixtures/${f}`, readFileSync(join(fixtures, f), 'utf8'));
  return found;
}

function runJobs(runtime: QuickJSRuntime, ctx: QuickJSContext): void {
  const jobs = runtime.executePendingJobs();
  if (jobs.error) {
    const error = ctx.dump(jobs.error);
    jobs.error.dispose();
    assert.fail(`a promise job threw in QuickJS: ${JSON.stringify(error)}`);
  }
}

function call(ctx: QuickJSContext, ns: QuickJSHandle, name: string): unknown {
  const fn = ctx.getProp(ns, name);
  try {
    const result = ctx.unwrapResult(ctx.callFunction(fn, ctx.undefined));
    const value = ctx.dump(result);
    result.dispose();
    return value;
  } finally {
    fn.dispose();
  }
}

/** Runs `fixture` (a module under fixtures/) and returns its report once it is done. */
export async function runFrames<T extends { done: boolean; failure: string | null }>(fixture: string, options: FrameOptions): Promise<T> {
  const sources = modules();
  const QuickJS = await getQuickJS();
  const runtime = QuickJS.newRuntime();
  runtime.setModuleLoader(
    (name) => sources.get(name) ?? { error: new Error(`no module ${name}`) },
    (base, requested) => (requested.startsWith('.') ? normalize(join(dirname(base), requested)) : requested),
  );
  const ctx = runtime.newContext();
  try {
    const globals = { ...options.globals, FACADE_NAMES: facadeNames() };
    const setup = Object.entries(globals).map(([k, v]) => `globalThis.${k} = ${JSON.stringify(v)};`).join('\n');
    ctx.unwrapResult(ctx.evalCode(setup)).dispose();
    const name = `fixtures/${fixture}`;
    const ns = ctx.unwrapResult(ctx.evalCode(sources.get(name)!, name, { type: 'module' }));
    try {
      runJobs(runtime, ctx);
      for (let frame = 0; frame < (options.maxFrames ?? 3000) && call(ctx, ns, 'isDone') !== true; frame++) {
        while (call(ctx, ns, 'updateOne') !== 0) runJobs(runtime, ctx);
        runJobs(runtime, ctx); // the engine's Tick
        call(ctx, ns, 'lateUpdate');
        runJobs(runtime, ctx);
      }
      const report = JSON.parse(call(ctx, ns, 'reportJson') as string) as T;
      assert.equal(report.failure, null);
      assert.ok(report.done, 'the session did not finish');
      return report;
    } finally {
      ns.dispose();
    }
  } finally {
    ctx.dispose();
    runtime.dispose();
  }
}
