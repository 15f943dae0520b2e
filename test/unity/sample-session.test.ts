import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getQuickJS } from 'quickjs-emscripten';
import { UNITY_OUT } from '../../runtime/bundle/build.mjs';
import { SAMPLE } from '../../unity-sample/tools/build-unity.mjs';
import { realIr } from '../support/generated.ts';
import { unityPlan } from './support.ts';

// The conversation-groups sample, built with tsc --strict (unity-sample/tools/build-unity.mjs), runs
// in QuickJS (the engine of Puerts' QuickJS backend) with the runtime bundle and nothing else but a
// stand-in for what Unity gives it (fixtures/unity-host.mjs): CS.TimConv.TimConvFacade backed by the
// simulator, SampleSettings, a UI Toolkit tree. Each scripted session acts on the screen and the test
// checks what the screen shows: the tabs with their unread badges, the rows, the error line.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface Tab { title: string; badge: number; selected: boolean }
interface Row { title: string; unread: number; picked: boolean; starred: boolean; groups: string; preview: string }
interface Snapshot { step: string; tabs: Tab[]; rows: Row[]; error: string | null; errorCode: number | null; status: string | null }
interface Report { done: boolean; failure: string | null; snapshots: Snapshot[]; moveTargets?: string[]; createCalls?: number }

/** Facade method name to C name, for the stand-in facade (the C# emitter takes the same names from the IR). */
function facadeNames() {
  const ir = realIr();
  return {
    functions: Object.fromEntries(ir.functions.filter((f) => !f.listenerCallback).map((f) => [f.csName, f.cName])),
    listeners: Object.fromEntries(ir.listeners.map((l) => [l.csSetter, l.setter])),
  };
}

async function runScenario(scenario: string): Promise<Report> {
  const modules = new Map<string, string>([['timconv.mjs', readFileSync(UNITY_OUT, 'utf8')]]);
  for (const [path, text] of unityPlan()) {
    const prefix = `${SAMPLE}/Resources/`;
    if (path.startsWith(prefix) && path.endsWith('.mjs')) modules.set(path.slice(prefix.length), text);
  }
  for (const f of ['unity-host.mjs', 'screen-reader.mjs', 'sample-session.mjs']) modules.set(`fixtures/${f}`, readFileSync(join(fixtures, f), 'utf8'));
  const QuickJS = await getQuickJS();
  const runtime = QuickJS.newRuntime();
  runtime.setModuleLoader(
    (name) => modules.get(name) ?? { error: new Error(`no module ${name}`) },
    (base, requested) => (requested.startsWith('.') ? normalize(join(dirname(base), requested)) : requested),
  );
  const ctx = runtime.newContext();
  try {
    ctx.unwrapResult(ctx.evalCode(`globalThis.SCENARIO = ${JSON.stringify(scenario)}; globalThis.FACADE_NAMES = ${JSON.stringify(facadeNames())};`)).dispose();
    const ns = ctx.unwrapResult(ctx.evalCode(modules.get('fixtures/sample-session.mjs')!, 'fixtures/sample-session.mjs', { type: 'module' }));
    let report: Report = { done: false, failure: null, snapshots: [] };
    for (let round = 0; round < 100 && !report.done; round++) {
      const jobs = runtime.executePendingJobs();
      if (jobs.error) {
        const error = ctx.dump(jobs.error);
        jobs.error.dispose();
        assert.fail(`a promise job threw in QuickJS: ${JSON.stringify(error)}`);
      }
      const fn = ctx.getProp(ns, 'reportJson');
      const json = ctx.unwrapResult(ctx.callFunction(fn, ctx.undefined));
      report = JSON.parse(ctx.getString(json)) as Report;
      json.dispose();
      fn.dispose();
    }
    ns.dispose();
    assert.equal(report.failure, null);
    assert.ok(report.done, 'the session did not finish');
    return report;
  } finally {
    ctx.dispose();
    runtime.dispose();
  }
}

const tabs = (s: Snapshot) => s.tabs.map((t) => `${t.title}${t.badge ? ` (${t.badge})` : ''}${t.selected ? ' *' : ''}`);
const titles = (s: Snapshot) => s.rows.map((r) => r.title).sort();
const row = (s: Snapshot, title: string) => s.rows.find((r) => r.title === title)!;

describe('Unity sample: scripted sessions in QuickJS over the bundle and a Unity stand-in', function () {
  this.timeout(120000);

  describe('logged in to an app on the Premium edition (facade calls go to the simulator)', () => {
    let s: Map<string, Snapshot>;
    let report: Report;
    before(async () => {
      report = await runScenario('premium');
      s = new Map(report.snapshots.map((x) => [x.step, x]));
    });

    it('starts with the "All" tab, the total unread as its badge, and every conversation', () => {
      const started = s.get('started')!;
      assert.equal(started.status, 'ready');
      assert.deepEqual(tabs(started), ['All (7) *']);
      assert.deepEqual(titles(started), ['Alice', 'Bob', 'Raid Night', '龙之公会']);
      assert.equal(started.error, null);
    });

    it('creates a group from the picked conversations; its tab shows their unread count', () => {
      const created = s.get('Friends created from Alice and Bob')!;
      assert.deepEqual(tabs(created), ['All (7) *', 'Friends (2)']);
      assert.equal(row(created, 'Alice').groups, 'in Friends');
      assert.equal(row(created, 'Bob').picked, false);
    });

    it('lists the selected group\'s conversations', () => {
      const selected = s.get('Friends selected')!;
      assert.deepEqual(tabs(selected), ['All (7)', 'Friends (2) *']);
      assert.deepEqual(titles(selected), ['Alice', 'Bob']);
    });

    it('keeps the badges live: a message to a member raises its group\'s badge and the total', () => {
      const after = s.get('a message reaches Bob')!;
      assert.deepEqual(tabs(after), ['All (8)', 'Friends (3) *']);
      assert.equal(row(after, 'Bob').unread, 1);
      assert.equal(row(after, 'Bob').preview, 'gg');
    });

    it('stars a conversation (the star mark, bit 0 of the mark type)', () => {
      assert.equal(row(s.get('Alice starred')!, 'Alice').starred, true);
      assert.equal(row(s.get('Alice starred')!, 'Bob').starred, false);
    });

    it('moves picked conversations to another group: added there, removed from the selected one', () => {
      assert.deepEqual(tabs(s.get('公会 created from Raid Night')!), ['All (8) *', 'Friends (3)', '公会 (4)']);
      assert.deepEqual(report.moveTargets, ['公会']);
      const moved = s.get('Bob moved to 公会')!;
      assert.deepEqual(tabs(moved), ['All (8)', 'Friends (2) *', '公会 (5)']);
      assert.deepEqual(titles(moved), ['Alice']);
    });

    it('renames the selected group, keeping its badge and the selection', () => {
      assert.deepEqual(tabs(s.get('Friends renamed to Buddies')!), ['All (8)', 'Buddies (2) *', '公会 (5)']);
    });

    it('refuses a 33-byte group name with the SDK\'s code 51011 and a clear message, before any native call', () => {
      const refused = s.get('a name of 33 bytes refused')!;
      assert.equal(refused.errorCode, 51011);
      assert.match(refused.error!, /1 to 32 bytes in UTF-8.*\(51011\)/);
      assert.equal(report.createCalls, 2, 'only the two valid creations reached the facade');
      assert.equal(s.get('error dismissed')!.error, null);
    });

    it('shows a group created on another device, with its badge', () => {
      assert.deepEqual(tabs(s.get('a group created on another device')!), ['All (8)', 'Buddies (2) *', '公会 (5)', 'Raid team (4)']);
    });

    it('deletes the selected group and falls back to "All"', () => {
      const deleted = s.get('公会 deleted')!;
      assert.deepEqual(tabs(deleted), ['All (8) *', 'Buddies (2)', 'Raid team (4)']);
      assert.deepEqual(titles(deleted), ['Alice', 'Bob', 'Raid Night', '龙之公会']);
    });
  });

  it('explains 7013 on an app without the Premium edition, and still lists the conversations', async () => {
    const report = await runScenario('standard');
    const [started, creating] = report.snapshots;
    assert.equal(started.errorCode, 7013);
    assert.match(started.error!, /Premium edition/);
    assert.deepEqual(tabs(started), ['All (7) *']);
    assert.equal(started.rows.length, 4);
    assert.equal(creating.errorCode, 7013);
  });

  it('runs on the bundled simulator without credentials: seeded groups, and badges that follow incoming messages', async () => {
    const report = await runScenario('simulator');
    const [started, later] = report.snapshots;
    assert.deepEqual(tabs(started), ['All (18) *', 'Friends (3)', '公会 (11)']);
    assert.equal(started.rows.length, 8);
    assert.deepEqual(tabs(later), ['All (19) *', 'Friends (4)', '公会 (11)']);
    assert.equal(row(later, 'Alice').unread, 3);
  });

  it('shows a failed login as an offline screen with the SDK\'s code', async () => {
    const report = await runScenario('login-failed');
    const [started] = report.snapshots;
    assert.equal(started.status, 'offline');
    assert.equal(started.errorCode, 70001);
    assert.match(started.error!, /70001: userSig expired/);
    assert.deepEqual(started.rows, []);
  });
});
