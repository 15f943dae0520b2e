import { strict as assert } from 'node:assert';
import { mono, outcomes } from './support/mono.ts';
import { testProgram } from './support/program.ts';

// The generated runtime support run on Mono, without the native library: each name below is one
// check in test/csharp/programs (RuntimeChecks.cs, PuertsChecks.cs), reported as PASS/FAIL.
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
  'facade rejects 64-bit and uint32 arguments that do not fit, without calling the SDK',
  'facade argument parsing accepts the full uint64 and uint32 ranges',
];

const PUERTS_CHECKS = [
  'facade methods take only string, int, bool, double and Action delegates of those',
  'the [Binding] list holds the facade and every delegate type it takes',
  'UsingAction is registered for every facade delegate with a value-type argument',
];

for (const [suite, mode, checks] of [
  ['generated C# runtime on Mono', 'runtime', RUNTIME_CHECKS],
  ['generated Puerts glue on Mono (against Puerts stand-ins)', 'puerts', PUERTS_CHECKS],
] as const) {
  describe(suite, function () {
    this.timeout(120000);
    let results: ReturnType<typeof outcomes>;
    let log = '';
    before(() => {
      const r = mono(testProgram('sdk-path'), [mode]);
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
      assert.deepEqual([...results.keys()].filter((n) => !(checks as readonly string[]).includes(n)), []);
    });
  });
}
