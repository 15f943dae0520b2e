import { strict as assert } from 'node:assert';
import { runFrames } from './quickjs-frames.ts';

// Why the sample flushes the ConversationStore by hand once per frame ('manual', from LateUpdate)
// instead of leaving it to promise jobs (the default): the store in QuickJS over the Puerts bridge and
// the stand-in facade (fixtures/flush-modes.mjs), 30 incoming messages delivered in one frame, counted
// as changes per frame. Every Puerts backend runs promise jobs after each call from C# into the
// script, so each callback TimConvFacade.Tick() delivers is followed by the jobs it caused.
interface Frame { delivered: number; changes: number }
interface Report { done: boolean; failure: string | null; frames: Frame[]; unread: number[] }

/** 30 messages over four conversations: 8, 8, 7 and 7 each. */
const sorted = (unread: number[]) => unread.slice().sort((a, b) => a - b);
const active = (r: Report) => r.frames.filter((f) => f.delivered > 0 || f.changes > 0);

describe('Unity: when the conversation store delivers its change, with Puerts\' promise-job timing', function () {
  this.timeout(120000);

  it('\'promise\' mode splits the burst: a change per callback, all in one frame', async () => {
    const report = await runFrames<Report>('flush-modes.mjs', { globals: { MODE: 'promise' } });
    const frames = active(report);
    assert.equal(frames.length, 1);
    assert.ok(frames[0].delivered >= 30);
    assert.equal(frames[0].changes, frames[0].delivered);
    assert.deepEqual(sorted(report.unread), [7, 7, 8, 8]);
  });

  it('\'manual\' mode, flushed in LateUpdate, gives one change for the frame\'s burst, with the same contents', async () => {
    const report = await runFrames<Report>('flush-modes.mjs', { globals: { MODE: 'manual' } });
    assert.deepEqual(active(report).map((f) => f.changes), [1]);
    assert.deepEqual(sorted(report.unread), [7, 7, 8, 8]);
  });
});
