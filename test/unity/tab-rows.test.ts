import { strict as assert } from 'node:assert';
import { runFrames } from './quickjs-frames.ts';

// The sample keeps the selected group tab's rows from change to change (TabRows in
// TypeScript~/src/tab-rows.mts) instead of filtering the whole store on every change: the view-model
// over a 2,000-conversation store in QuickJS (fixtures/tab-rows.mjs), with every read of the store
// counted. The counts are exact, so they hold on any machine.
type Reads = Record<'at' | 'slice' | 'conversations' | 'get' | 'indexOf', number>;
interface Report { done: boolean; failure: string | null; stages: Record<string, Reads>; rows: Record<string, string[]> }

const SIZE = 2000;
const MEMBERS = Array.from({ length: 10 }, (_, i) => `c2c_u${i * 7}`);

describe('Unity sample: a group tab\'s rows cost what a change touches, not the store\'s size', function () {
  this.timeout(120000);
  let report: Report;
  before(async () => {
    report = await runFrames<Report>('tab-rows.mjs', { globals: { SIZE } });
  });

  it('selecting the tab finds its members with one pass over the store', () => {
    assert.equal(report.stages['Squad selected'].conversations, 1);
    assert.equal(report.stages['Squad selected'].at, 0);
    assert.deepEqual([...report.rows['Squad selected']].sort(), [...MEMBERS].sort());
  });

  it('a change outside the group reads only the conversation it names', () => {
    const reads = report.stages['a message outside the group'];
    assert.deepEqual({ ...reads, get: 0 }, { at: 0, slice: 0, conversations: 0, get: 0, indexOf: 0 });
    assert.ok(reads.get <= 2, `${reads.get} get() calls`);
    assert.deepEqual(report.rows['a message outside the group'], report.rows['Squad selected']);
  });

  it('a change to a member re-sorts the members only', () => {
    const reads = report.stages['a message to a member'];
    assert.equal(reads.conversations + reads.at + reads.slice, 0);
    assert.equal(reads.indexOf, MEMBERS.length);
    assert.equal(report.rows['a message to a member'][0], MEMBERS[9]);
    assert.equal(report.rows['a message to a member'].length, MEMBERS.length);
  });
});
