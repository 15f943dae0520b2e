import { strict as assert } from 'node:assert';
import { runFrames } from './quickjs-frames.ts';

// The conversation-groups sample, built with tsc --strict (unity-sample/tools/build-unity.mjs), runs
// in QuickJS (the engine of Puerts' QuickJS backend) with the runtime bundle and nothing else but a
// stand-in for what Unity gives it (fixtures/unity-host.mjs): CS.TimConv.TimConvFacade backed by the
// simulator, SampleSettings, SampleHost with its frame hook, a UI Toolkit tree, Unity's frame order.
// Each scripted session (fixtures/sample-session.mjs) acts on the screen and the test checks what the
// screen shows: the tabs with their unread badges, the rows, the error line, and the screen updates
// each frame drew.

interface Tab { title: string; badge: number; selected: boolean }
interface Row { title: string; unread: number; picked: boolean; starred: boolean; groups: string; preview: string }
interface Snapshot { step: string; tabs: Tab[]; rows: Row[]; error: string | null; errorCode: number | null; status: string | null }
interface Frame { delivered: number; renders: number }
interface Report {
  done: boolean; failure: string | null; snapshots: Snapshot[]; frames: Record<string, Frame[]>;
  moveTargets?: string[]; createCalls?: number; createGroupCalls?: string[]; moveGroupCalls?: string[]; facadeCalls?: number;
}

interface Run { report: Report; s: (step: string) => Snapshot }

async function runScenario(scenario: string): Promise<Run> {
  const report = await runFrames<Report>('sample-session.mjs', { globals: { SCENARIO: scenario } });
  const steps = new Map(report.snapshots.map((x) => [x.step, x]));
  return { report, s: (step) => steps.get(step) ?? assert.fail(`no step "${step}"`) };
}

/** Plays `scenario` once before the tests of the enclosing describe; call the result in a test for the run. */
function playedBefore(scenario: string): () => Run {
  let run: Run | undefined;
  before(async () => {
    run = await runScenario(scenario);
  });
  return () => run ?? assert.fail(`scenario "${scenario}" did not run`);
}

const tabs = (s: Snapshot) => s.tabs.map((t) => `${t.title}${t.badge ? ` (${t.badge})` : ''}${t.selected ? ' *' : ''}`);
const titles = (s: Snapshot) => s.rows.map((r) => r.title);
const row = (s: Snapshot, title: string) => s.rows.find((r) => r.title === title) ?? assert.fail(`no row "${title}"`);
const rendersPerFrame = (frames: Frame[]) => frames.map((f) => f.renders);

describe('Unity sample: scripted sessions in QuickJS over the bundle and a Unity stand-in', function () {
  this.timeout(120000);

  describe('logged in to an app on the Premium edition (facade calls go to the simulator)', () => {
    const run = playedBefore('premium');

    it('starts with "All" (the total unread as its badge) and "Starred", and every conversation newest first', () => {
      const started = run().s('started');
      assert.equal(started.status, 'ready');
      assert.deepEqual(tabs(started), ['All (7) *', 'Starred']);
      // Seeded in the same second: the conversation seeded last had the latest activity.
      assert.deepEqual(titles(started), ['龙之公会', 'Raid Night', 'Bob', 'Alice']);
      assert.equal(started.error, null);
    });

    it('creates a group from the picked conversations; its tab shows their unread count', () => {
      const created = run().s('Friends created from Alice and Bob');
      assert.deepEqual(tabs(created), ['All (7) *', 'Starred', 'Friends (2)']);
      assert.equal(row(created, 'Alice').groups, 'in Friends');
      assert.equal(row(created, 'Bob').picked, false);
    });

    it('lists the selected group\'s conversations', () => {
      const selected = run().s('Friends selected');
      assert.deepEqual(tabs(selected), ['All (7)', 'Starred', 'Friends (2) *']);
      assert.deepEqual(titles(selected), ['Bob', 'Alice']);
    });

    it('keeps the badges live: a message to a member raises its group\'s badge and the total, and moves it first', () => {
      const after = run().s('a message reaches Bob');
      assert.deepEqual(tabs(after), ['All (8)', 'Starred', 'Friends (3) *']);
      assert.deepEqual(titles(after), ['Bob', 'Alice']);
      assert.equal(row(after, 'Bob').unread, 1);
      assert.equal(row(after, 'Bob').preview, 'gg');
    });

    it('stars a conversation (the star mark, bit 0 of the mark type); the Starred badge and tab follow the mark filter', () => {
      const starred = run().s('Alice starred');
      assert.equal(row(starred, 'Alice').starred, true);
      assert.equal(row(starred, 'Bob').starred, false);
      assert.deepEqual(tabs(starred), ['All (8)', 'Starred (2)', 'Friends (3) *']);
      assert.deepEqual(titles(run().s('Starred selected')), ['Alice']);
    });

    it('moves picked conversations to another group: added there, removed from the selected one', () => {
      assert.deepEqual(tabs(run().s('公会 created from Raid Night')), ['All (8) *', 'Starred (2)', 'Friends (3)', '公会 (4)']);
      assert.deepEqual(run().report.moveTargets, ['公会']);
      const moved = run().s('Bob moved to 公会');
      assert.deepEqual(tabs(moved), ['All (8)', 'Starred (2)', 'Friends (2) *', '公会 (5)']);
      assert.deepEqual(titles(moved), ['Alice']);
    });

    it('renames the selected group, keeping its badge and the selection', () => {
      const renamed = run().s('Friends renamed to Buddies');
      assert.deepEqual(tabs(renamed), ['All (8)', 'Starred (2)', 'Buddies (2) *', '公会 (5)']);
      assert.equal(row(renamed, 'Alice').groups, 'in Buddies');
    });

    it('refuses a 33-byte group name with the SDK\'s code 51011 and a clear message, before any native call', () => {
      const refused = run().s('a name of 33 bytes refused');
      assert.equal(refused.errorCode, 51011);
      assert.match(refused.error!, /1 to 32 bytes in UTF-8.*\(51011\)/);
      assert.equal(run().report.createCalls, 2, 'only the two valid creations reached the facade');
      assert.equal(run().s('error dismissed').error, null);
    });

    it('shows a group created on another device, with its badge', () => {
      assert.deepEqual(tabs(run().s('a group created on another device')), ['All (8)', 'Starred (2)', 'Buddies (2) *', '公会 (5)', 'Raid team (4)']);
    });

    it('deletes the selected group and falls back to "All"', () => {
      const deleted = run().s('公会 deleted');
      assert.deepEqual(tabs(deleted), ['All (8) *', 'Starred (2)', 'Buddies (2)', 'Raid team (4)']);
      assert.deepEqual(titles(deleted), ['Bob', '龙之公会', 'Raid Night', 'Alice']);
      assert.equal(row(deleted, 'Bob').groups, '');
    });

    it('draws at most one screen update per frame throughout', () => {
      const frames = Object.values(run().report.frames).flat();
      assert.ok(frames.length > 20);
      assert.deepEqual(frames.filter((f) => f.renders > 1), []);
    });
  });

  describe('a logout and a login in the middle', () => {
    const run = playedBefore('relogin');

    it('shows nothing of what happens on the server while logged out', () => {
      const before = run().s('Friends created from Alice and Bob');
      for (const step of ['logged out', 'messages and a new conversation while logged out']) {
        assert.deepEqual(tabs(run().s(step)), tabs(before));
        assert.deepEqual(run().s(step).rows, before.rows);
      }
    });

    it('after the login, the list and every badge include what came meanwhile: nothing is lost', () => {
      const back = run().s('logged in again');
      // 7 before, +2 for Alice, +1 for Raid Night, +3 for the new conversation with Carol.
      assert.deepEqual(tabs(back), ['All (13) *', 'Starred', 'Friends (4)']);
      assert.deepEqual(titles(back), ['Carol', 'Raid Night', 'Alice', '龙之公会', 'Bob']);
      assert.deepEqual(back.rows.map((r) => r.unread), [3, 5, 4, 1, 0]);
      assert.equal(row(back, 'Alice').preview, 'hello?');
      assert.equal(back.error, null);
    });

    it('keeps following the SDK after the login: a new message raises the group badge (its subscription was made again)', () => {
      const after = run().s('a message reaches Bob after the login');
      assert.deepEqual(tabs(after), ['All (14)', 'Starred', 'Friends (5) *']);
      assert.deepEqual(titles(after), ['Bob', 'Alice']);
    });

    it('holds the screen during the login\'s sync and then updates it, once per frame', () => {
      const frames = run().report.frames['logged in again'];
      assert.equal(frames[0].renders, 0, 'the sync start..finish draws nothing by itself');
      assert.deepEqual(frames.filter((f) => f.renders > 1), []);
      assert.ok(frames.some((f) => f.renders === 1));
    });
  });

  describe('a burst of incoming messages', () => {
    const run = playedBefore('burst');

    it('30 messages in one frame: dozens of SDK callbacks, one screen update', () => {
      const active = run().report.frames['30 messages at once'].filter((f) => f.delivered > 0 || f.renders > 0);
      assert.equal(active.length, 1);
      assert.ok(active[0].delivered >= 30, `${active[0].delivered} callbacks`);
      assert.equal(active[0].renders, 1);
      const after = run().s('30 messages at once');
      assert.deepEqual(tabs(after), ['All (37) *', 'Starred']);
      assert.deepEqual(after.rows.map((r) => `${r.title} ${r.unread}`), ['Bob 8', 'Alice 10', '龙之公会 8', 'Raid Night 11']);
    });

    it('two bursts a frame apart: one screen update in each of the two frames', () => {
      const active = run().report.frames['10 messages, a frame, 10 more'].filter((f) => f.delivered > 0 || f.renders > 0);
      assert.deepEqual(rendersPerFrame(active), [1, 1]);
      assert.ok(active.every((f) => f.delivered >= 10));
      assert.deepEqual(tabs(run().s('10 messages, a frame, 10 more')), ['All (57) *', 'Starred']);
    });
  });

  describe('more conversations picked than one SDK call takes (100)', () => {
    const run = playedBefore('many');

    it('creates a group of 150: the batch helper makes it with 100 and adds the other 50', () => {
      assert.deepEqual(run().report.createGroupCalls, ['CreateConversationGroup', 'AddConversationsToGroup']);
      const created = run().s('150 picked, Everyone created');
      assert.deepEqual(tabs(created), ['All (150) *', 'Starred', 'Other', 'Everyone (150)']);
      assert.equal(created.error, null);
      assert.equal(created.rows.filter((r) => r.groups === 'in Everyone').length, 150);
      assert.equal(created.rows.filter((r) => r.picked).length, 0);
      assert.equal(run().s('Everyone selected, all picked').rows.filter((r) => r.picked).length, 150);
    });

    it('moves 150 to another group: added in two calls, taken out of the selected group in two', () => {
      assert.deepEqual(run().report.moveGroupCalls, ['AddConversationsToGroup', 'AddConversationsToGroup', 'DeleteConversationsFromGroup', 'DeleteConversationsFromGroup']);
      const moved = run().s('150 moved to Other');
      assert.deepEqual(tabs(moved), ['All (150)', 'Starred', 'Other (150)', 'Everyone *']);
      assert.deepEqual(moved.rows, []);
      assert.equal(moved.error, null);
    });
  });

  describe('a move whose second add the SDK refuses (7008, frequency limit)', () => {
    const run = playedBefore('move-refused');

    it('takes out of the source group only what reached the target: nothing ends in neither group', () => {
      const after = run().s('150 moved to Other, the second add refused');
      assert.deepEqual(tabs(after), ['All (150)', 'Starred', 'Other (100)', 'Everyone (50) *']);
      assert.equal(after.rows.length, 50);
      assert.ok(after.rows.every((r) => r.groups === 'in Everyone' && r.picked), 'the 50 not moved stay in Everyone, picked for another try');
    });

    it('explains the refusal once for the 50 conversations, naming a few', () => {
      const after = run().s('150 moved to Other, the second add refused');
      assert.equal(after.errorCode, 7008);
      assert.match(after.error!, /^50 conversations \(c2c_p\d{3}, c2c_p\d{3}, c2c_p\d{3} and 47 more\): Too many calls in a short time; wait a moment and try again \(7008\)\.$/);
    });
  });

  it('explains 7013 on an app without the Premium edition, and still lists the conversations', async () => {
    const { report } = await runScenario('standard');
    const [started, creating] = report.snapshots;
    assert.equal(started.errorCode, 7013);
    assert.match(started.error!, /Premium edition/);
    assert.deepEqual(tabs(started), ['All (7) *', 'Starred']);
    assert.equal(started.rows.length, 4);
    assert.equal(creating.errorCode, 7013);
  });

  it('runs on the bundled simulator without credentials: seeded groups, and badges that follow incoming messages', async () => {
    const { report } = await runScenario('simulator');
    const [started, later] = report.snapshots;
    assert.deepEqual(tabs(started), ['All (18) *', 'Starred', 'Friends (3)', '公会 (11)']);
    assert.equal(started.rows.length, 8);
    assert.deepEqual(tabs(later), ['All (19) *', 'Starred', 'Friends (4)', '公会 (11)']);
    assert.equal(row(later, 'Alice').unread, 3);
    assert.equal(titles(later)[0], 'Alice');
  });

  it('shows a failed login as an offline screen with the SDK\'s code', async () => {
    const { report } = await runScenario('login-failed');
    const [started] = report.snapshots;
    assert.equal(started.status, 'offline');
    assert.equal(started.errorCode, 70001);
    assert.match(started.error!, /70001: userSig expired/);
    assert.deepEqual(started.rows, []);
  });

  it('shows an SDK that could not start (no native library, say) as an offline screen with the reason, without calling the facade', async () => {
    const { report } = await runScenario('start-failed');
    const [started] = report.snapshots;
    assert.equal(started.status, 'offline');
    assert.equal(started.errorCode, null);
    assert.equal(started.error, 'The SDK could not start (DllNotFoundException: ImSDK). The screen stays empty until it can.');
    assert.deepEqual(started.rows, []);
    assert.equal(report.facadeCalls, 0);
  });
});
