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
    }), { numRuns: 60 });
  });

  it('removing an item that is not there throws instead of corrupting the index', () => {
    const ix = new SortedIndex<Item>();
    ix.insert({ ik: { pinned: 0, time: 1, seq: 1 }, name: 1 });
    assert.throws(() => ix.remove({ ik: { pinned: 0, time: 1, seq: 1 }, name: 2 }), /out of step/);
    assert.throws(() => new SortedIndex<Item>().remove({ ik: { pinned: 0, time: 1, seq: 1 }, name: 1 }), /out of step/);
  });
});
