// The simulator's indexes refuse to go on when they and the records disagree.
import { strict as assert } from 'node:assert';
import { CONV_C2C, type ConvFacet, type ConvRecord } from '../../runtime/simulator/conversation.ts';
import { ConvIndexes } from '../../runtime/simulator/indexes.ts';

/** The fields index membership reads; the rest of a record plays no part here. */
function record(unread: number): ConvRecord {
  const facet: ConvFacet = { alive: true, type: CONV_C2C, unread, recvOpt: 0, marks: 0n, groups: [], atInfo: [], ik: { pinned: 0, time: 10, seq: 1 } };
  return { ...facet, moves: [] } as unknown as ConvRecord;
}

describe('simulator: indexes', () => {
  it('a record joins the bucket of its state and moves between buckets with it', () => {
    const ix = new ConvIndexes();
    const rec = record(0);
    ix.apply(rec, null, rec.ik, null);
    assert.deepEqual(ix.buckets.map((b) => b.size), [1, 0, 0, 0]);
    const before = { ...rec };
    rec.unread = 2;
    ix.apply(rec, before, rec.ik, null);
    assert.deepEqual(ix.buckets.map((b) => b.size), [0, 1, 0, 0]);
    assert.equal(ix.buckets[1].at(0), rec);
  });

  it('removing a record an index does not hold throws instead of corrupting the indexes', () => {
    const ix = new ConvIndexes();
    const rec = record(0);
    ix.apply(rec, null, rec.ik, null);
    // A "before" that places the record in the unread bucket, where it never was.
    assert.throws(() => ix.apply(rec, { ...rec, unread: 3 }, rec.ik, null), /out of step: record not found/);
  });
});
