// The chunked sorted index every list and page reads from, checked against a plain sorted array.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compareKeys, type OrderKey } from '../../runtime/simulator/order-key.ts';
import { SortedIndex } from '../../runtime/simulator/sorted-index.ts';

interface Item { ik: OrderKey; name: number }

function walk(ix: SortedIndex<Item>, after: OrderKey | null): number[] {
  const out: number[] = [];
  const c = ix.cursorAfter(after);
  for (let it = c.next(); it; it = c.next()) out.push(it.name);
  return out;
}

describe('simulator: sorted index', () => {
  it('stays in list order through random inserts and removes, across chunk splits (property)', () => {
    const op = fc.record({ insert: fc.boolean(), pinned: fc.nat({ max: 1 }), time: fc.nat({ max: 50 }), pick: fc.nat() });
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 3000 }), (ops) => {
      const ix = new SortedIndex<Item>();
      let model: Item[] = [];
      let seq = 0;
      for (const o of ops) {
        if (o.insert || model.length === 0) {
          const item = { ik: { pinned: o.pinned, time: o.time, seq: ++seq }, name: seq };
          ix.insert(item);
          model.push(item);
        } else {
          const item = model[o.pick % model.length];
          ix.remove(item);
          model = model.filter((m) => m !== item);
        }
      }
      model.sort((a, b) => compareKeys(a.ik, b.ik));
      assert.equal(ix.size, model.length);
      assert.deepEqual(walk(ix, null), model.map((m) => m.name));
      // Seeking after any key, present or not, starts right after it.
      const probe: OrderKey = { pinned: 0, time: 25, seq: 0 };
      assert.deepEqual(walk(ix, probe), model.filter((m) => compareKeys(m.ik, probe) > 0).map((m) => m.name));
      if (model.length) {
        const mid = model[model.length >> 1];
        assert.deepEqual(walk(ix, mid.ik), model.slice((model.length >> 1) + 1).map((m) => m.name));
      }
    }), { numRuns: 60, seed: 19 });
  });

  it('holds items with equal keys and removes each by identity, also across a chunk boundary', () => {
    const ix = new SortedIndex<Item>();
    const key = { pinned: 0, time: 5, seq: 5 };
    const same = Array.from({ length: 1200 }, (_, i) => ({ ik: key, name: i }));
    for (let i = 0; i < 300; i++) ix.insert({ ik: { pinned: 0, time: 9, seq: i + 10 }, name: 5000 + i });
    for (const it of same) ix.insert(it);
    for (let i = same.length - 1; i >= 0; i -= 2) ix.remove(same[i]);
    assert.equal(ix.size, 300 + 600);
    const rest = walk(ix, null).filter((n) => n < 5000).sort((a, b) => a - b);
    assert.deepEqual(rest, same.filter((_, i) => i % 2 === 0).map((it) => it.name));
    assert.throws(() => ix.remove(same[1]), /out of step/);
  });

  it('removing an item that is not there throws instead of corrupting the index', () => {
    const ix = new SortedIndex<Item>();
    ix.insert({ ik: { pinned: 0, time: 1, seq: 1 }, name: 1 });
    assert.throws(() => ix.remove({ ik: { pinned: 0, time: 1, seq: 1 }, name: 2 }), /out of step/);
    assert.throws(() => new SortedIndex<Item>().remove({ ik: { pinned: 0, time: 1, seq: 1 }, name: 1 }), /out of step/);
  });
});
