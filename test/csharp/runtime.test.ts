import { strict as assert } from 'node:assert';
import { mono, outcomes } from './support/mono.ts';
import { testProgram, type BuildVariant } from './support/program.ts';

// The generated runtime support, the Unity package's hosting code and the sample's C#, run on Mono
// without the native library: each name below is one check in test/csharp/programs (RuntimeChecks,
// FacadeChecks, PlatformChecks, PuertsChecks, HostingChecks, RunnerChecks, SampleStartChecks),
// reported as PASS/FAIL.
const RUNTIME_CHECKS = [
  'utf8 encodes Chinese and emoji as UTF-8 with a NUL terminator',
  'utf8 round-trips Chinese and emoji text',
  'utf8 finds the terminator at every alignment and length',
  'utf8 maps null to a NULL pointer and a NULL pointer to the empty string',
  'utf8 decodes malformed input to U+FFFD instead of failing',
  'request table hands each handler out once',
  'request table stays consistent under concurrent use',
  'tick delivers callbacks posted from other threads only inside Tick, on the calling thread',
  'tick runs every callback even when one throws, then rethrows',
  'tick leaves callbacks queued during delivery for the next Tick',
  'completion trampoline called through a native pointer on another thread delivers in Tick',
  'listener trampolines deliver in Tick, and LeaveListenersToOfficialSdk keeps the SDK untouched',
  'ReleaseCallbacks forgets listeners, pending completions and undelivered callbacks',
  'a completion an SDK thread took before ReleaseCallbacks and posts after it is never delivered',
  'a listener event an SDK thread posts across ReleaseCallbacks never reaches the next listener',
  'facade rejects 64-bit and uint32 arguments that do not fit, without calling the SDK',
  'facade argument parsing accepts the full uint64 and uint32 ranges',
];

const BINDING_CHECKS = [
  'facade methods take only string, int, bool, double and Action delegates of those',
  'the [Binding] list holds every delegate type the facade takes and not the facade (its typing is ours)',
];
const USING_ACTION = 'UsingAction is registered for every facade delegate with a value-type argument';

const HOSTING_CHECKS = [
  'pump delivers the SDK\'s callbacks first, then ticks the engine',
  'pump ticks the engine when a callback throws, then rethrows that exception',
  'pump delivers callbacks before any engine exists',
  'shutdown releases the callbacks, then disposes the engine, then shuts the SDK down',
  'shutdown still shuts the SDK down when disposing the engine throws',
  'runner: Begin creates the engine and runs the entry module once, however often it is called',
  'runner: every Update delivers the SDK\'s callbacks, then ticks the engine once it runs',
  'runner: quit then destroy shut down once (release, engine, SDK); Begin and Update do nothing afterwards',
  'sample frame: calls the script\'s frame hook in LateUpdate only while the runner\'s engine runs, and drops it when destroyed',
  'sample credentials come from the environment first, then from the local file',
  'a credentials file with an unknown key or a line without \'=\' is refused with its line number',
  'the app id the official SDK takes (a long) is refused with a clear message when out of range',
  'the SDK config path is written as a JSON string (backslashes, quotes, control characters)',
  'sample start-up without credentials runs the script on the simulator at once',
  'sample start-up with credentials but no native library: the script runs and shows why, nothing escapes',
  'sample start-up with a malformed credentials file: the script runs and shows the file\'s line',
];

const SUITES: [string, BuildVariant, string, string[]][] = [
  ['generated C# runtime on Mono', 'no-library', 'runtime', RUNTIME_CHECKS],
  ['generated Puerts 2.x glue on Mono (against Puerts 2.x stand-ins)', 'no-library', 'puerts', [...BINDING_CHECKS, USING_ACTION]],
  ['generated Puerts 3.x glue on Mono (against Puerts 3.x stand-ins)', 'puerts3', 'puerts', BINDING_CHECKS],
  ['generated C# of a WebGL build on Mono', 'webgl', 'platform', [
    'WebGL: the first call is refused as not supported on this platform, and no request is left behind',
    'WebGL: listeners and the standalone start-up are refused the same way, and a refused listener is not kept',
    'WebGL: ReleaseCallbacks clears everything even when the SDK refuses to clear a listener, then rethrows',
  ]],
  ['Unity package hosting and sample C# on Mono, Puerts 2.x', 'no-library', 'hosting',
    [...HOSTING_CHECKS, 'Puerts 2.x: the engine is a JsEnv with the facade\'s delegates registered before a module runs']],
  ['Unity package hosting and sample C# on Mono, Puerts 3.x', 'puerts3', 'hosting',
    [...HOSTING_CHECKS, 'Puerts 3.x: the engine is a ScriptEnv on the requested backend, and a missing backend is named']],
];

for (const [suite, variant, mode, checks] of SUITES) {
  describe(suite, function () {
    this.timeout(120000);
    let results: ReturnType<typeof outcomes>;
    let log = '';
    before(() => {
      const r = mono(testProgram(variant), [mode]);
      log = `${r.stdout}${r.stderr}`;
      assert.equal(r.status, 0, log);
      results = outcomes(String(r.stdout));
    });

    for (const name of checks) {
      it(name, () => {
        const r = results.get(name);
        assert.ok(r, `the program did not report this check:\n${log}`);
        assert.equal(r.status, 'PASS', r.why);
      });
    }

    it('reports no check this file does not know', () => {
      assert.deepEqual([...results.keys()].filter((n) => !checks.includes(n)), []);
    });
  });
}
