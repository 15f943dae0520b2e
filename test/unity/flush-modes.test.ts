import { strict as assert } from 'node:assert';
import { runFrames } from './quickjs-frames.ts';

// Why the sample flushes the ConversationStore by hand once per frame ('manual', from LateUpdate)
// instead of leaving it to promise jobs (the default): the store in QuickJS over the Puerts bridge and
// the stand-in facade (fixtures/flush-modes.mjs), 30 incoming messages delivered in one frame, counted
// as changes per frame, under the two promise-job timings Puerts' backends have.
interface Frame { delivered: number; changes: number }
interface Report { done: boolean; failure: string | null; frames: Frame[]; unread: number[] }

/** 30 messages over four conversations: 8, 8, 7 and 7 each. */
const sorted = (unread: number[]) => unread.slice().sort((a, b) => a - b);
const active = (r: Report) => r.frames.filter((f) => f.delivered > 0 || f.changes > 0);

describe('Unity: when the conversation store delivers its change, per Puerts promise-job timing', function () {
  this.timeout(120000);

  describe('promise jobs once per engine Tick (QuickJS)', () => {
    it('\'promise\' mode works there: one change for the frame\'s burst, with no flush() call', async () => {
      const report = await runFrames<Report>('flush-modes.mjs', { globals: { MODE: 'promise' } });
      const frames = active(report);
      assert.equal(frames.length, 1);
      assert.ok(frames[0].delivered >= 30);
      assert.equal(frames[0].changes, 1);
      assert.deepEqual(sorted(report.unread), [7, 7, 8, 8]);
    });

    it('\'manual\' mode, flushed in LateUpdate: one change for the frame\'s burst', async () => {
      const report = await runFrames<Report>('flush-modes.mjs', { globals: { MODE: 'manual' } });
      assert.deepEqual(active(report).map((f) => f.changes), [1]);
    });
  });

  describe('promise jobs after every call from C# into the script (V8\'s default)', () => {
    it('\'promise\' mode splits the burst: a change per callback, all in one frame', async () => {
      const report = await runFrames<Report>('flush-modes.mjs', { globals: { MODE: 'promise' }, jobsAfterEachCallback: true });
      const frames = active(report);
      assert.equal(frames.length, 1);
      assert.ok(frames[0].delivered >= 30);
      assert.equal(frames[0].changes, frames[0].delivered);
    });

    it('\'manual\' mode still gives one change per frame, with the same contents', async () => {
      const report = await runFrames<Report>('flush-modes.mjs', { globals: { MODE: 'manual' }, jobsAfterEachCallback: true });
      assert.deepEqual(active(report).map((f) => f.changes), [1]);
      assert.deepEqual(sorted(report.unread), [7, 7, 8, 8]);
    });
  });
});
