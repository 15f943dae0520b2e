// The sorted runs the store's list and the simulator's indexes are kept in, checked against a plain
// sorted array under seeded random loads, inserts, removes and replacements, with keys that repeat
// and across run splits (runs hold at most 512 items).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { orderBy, SortedRuns, type RunCursor } from '../../runtime/sorted-runs.ts';

interface Item { readonly k: number; readonly id: number }
/** Items keyed by `k`, which repeats; the simulator's indexes have this shape. */
const BY_K = { keyOf: (it: Item) => it.k, compare: (it: Item, k: number) => it.k - k };

/** Where a new item goes in the model: before the first item whose key is not smaller. */
function lowerBound(model: readonly Item[], k: number): number {
  let i = 0;
  while (i < model.length && model[i].k < k) i++;
  return i;
}

function drain(cursor: RunCursor<Item>): Item[] {
  const out: Item[] = [];
  for (let it = cursor.next(); it; it = cursor.next()) out.push(it);
  return out;
}

type Op = { op: 'insert'; k: number } | { op: 'remove'; at: number } | { op: 'replace'; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), k: fc.integer({ min: 0, max: 300 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat() }) },
);

describe('runtime: sorted runs', () => {
  it('stays equal to a sorted array; positions, ranks, walks and cursors agree (property)', () => {
    // size 'max': lengths spread over the whole range, so lists grow past several runs.
    const start = fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 1500, size: 'max' });
    const ops = fc.array(op, { minLength: 1, maxLength: 3000, size: 'max' });
    fc.assert(fc.property(start, ops, fc.integer({ min: -1, max: 301 }), (loaded, ops, probe) => {
      const list = new SortedRuns<Item, number>(BY_K);
      let id = 0;
      let model: Item[] = [...loaded].sort((a, b) => a - b).map((k) => ({ k, id: id++ }));
      list.load(model);
      for (const o of ops) {
        if (o.op === 'insert') {
          const item = { k: o.k, id: id++ };
          list.insert(item);
          model.splice(lowerBound(model, o.k), 0, item);
        } else if (model.length) {
          const victim = model[o.at % model.length];
          if (o.op === 'remove') {
            assert.equal(list.remove(victim), true);
            model = model.filter((x) => x !== victim);
          } else {
            const twin = { ...victim };
            assert.equal(list.replace(victim, twin), true);
            model[model.indexOf(victim)] = twin;
          }
        }
      }
      assert.equal(list.size, model.length);
      assert.deepEqual(list.slice().map((x) => x.id), model.map((x) => x.id), 'same items in the same order');
      for (let i = 0; i < model.length; i += 37) {
        assert.equal(list.indexOf(model[i]), i);
        assert.equal(list.at(i), model[i]);
        assert.equal(list.rank(model[i].k), lowerBound(model, model[i].k));
      }
      assert.equal(list.rank(probe), lowerBound(model, probe));
      assert.equal(list.at(model.length), undefined);
      assert.equal(list.at(-1), undefined);
      assert.deepEqual(list.slice(5, 40), model.slice(5, 40));
      // A cursor after a key, present or not, starts past every item with that key.
      assert.deepEqual(drain(list.cursorAfter(probe)), model.filter((x) => x.k > probe));
      assert.deepEqual(drain(list.cursorAfter(null)), model);
      if (model.length) {
        const mid = model[model.length >> 1];
        assert.deepEqual(drain(list.cursorAfter(mid.k)), model.filter((x) => x.k > mid.k));
        const copy = { ...mid };
        assert.equal(list.remove(copy), false, 'an equal copy is not the item');
        assert.equal(list.replace(copy, mid), false);
        assert.equal(list.indexOf(copy), -1);
      }
      assert.equal(list.size, model.length);
    }), { numRuns: 25, seed: 7, endOnFailure: true }); // shrinking thousands of operations would take minutes
  });

  it('removes each of many items with one key by identity, also across run boundaries', () => {
    const list = new SortedRuns<Item, number>(BY_K);
    const same = Array.from({ length: 1200 }, (_, i) => ({ k: 5, id: i }));
    for (let i = 0; i < 300; i++) list.insert({ k: 9, id: 5000 + i });
    for (const it of same) list.insert(it);
    for (let i = same.length - 1; i >= 0; i -= 2) assert.equal(list.remove(same[i]), true);
    assert.equal(list.size, 300 + 600);
    const kept = list.slice().filter((x) => x.k === 5).map((x) => x.id).sort((a, b) => a - b);
    assert.deepEqual(kept, same.filter((_, i) => i % 2 === 0).map((x) => x.id));
    assert.equal(list.remove(same[1]), false, 'removed already');
    assert.equal(list.indexOf(same[0]), list.slice().indexOf(same[0]));
    assert.equal(new SortedRuns<Item, number>(BY_K).remove(same[0]), false, 'nothing held');
  });

  it('keeps working when runs empty out, at the front and at the back', () => {
    const list = new SortedRuns<Item, number>(BY_K);
    const items = Array.from({ length: 1300 }, (_, i) => ({ k: i, id: i }));
    list.load(items);
    for (let i = 0; i < 700; i++) assert.equal(list.remove(items[i]), true);
    for (let i = 1299; i >= 1000; i--) assert.equal(list.remove(items[i]), true);
    assert.equal(list.at(0), items[700]);
    assert.equal(list.rank(0), 0);
    assert.equal(list.rank(850), 150);
    assert.equal(list.rank(5000), 300);
    assert.equal(list.indexOf(items[999]), 299);
    list.insert(items[0]);
    list.insert(items[1299]);
    assert.deepEqual(list.slice(), [items[0], ...items.slice(700, 1000), items[1299]]);
    assert.deepEqual(drain(list.cursorAfter(998)), [items[999], items[1299]]);
  });

  it('orders items that are their own key by a comparator (the store list)', () => {
    const cmp = (a: Item, b: Item) => (a.k - b.k) || (a.id - b.id);
    const list = new SortedRuns<Item>(orderBy(cmp));
    const items = Array.from({ length: 1300 }, (_, i) => ({ k: i, id: 0 }));
    list.load(items);
    assert.equal(list.size, 1300);
    assert.equal(list.indexOf(items[1299]), 1299);
    list.insert({ k: 640.5, id: 0 });
    assert.equal(list.at(641)?.k, 640.5);
    assert.equal(list.rank({ k: 640.5, id: 1 }), 642, 'a probe no item equals');
    assert.equal(list.indexOf({ k: 3, id: 0 }), -1, 'an equal copy is not the item');
  });

  it('walk() stops when the visitor says so and respects the bounds', () => {
    const list = new SortedRuns<Item, number>(BY_K);
    list.load(Array.from({ length: 1000 }, (_, i) => ({ k: i, id: i })));
    const seen: number[] = [];
    list.walk(600, 2000, (x) => { seen.push(x.k); return seen.length < 3; });
    assert.deepEqual(seen, [600, 601, 602]);
    assert.deepEqual(list.slice(998, 5000).map((x) => x.k), [998, 999]);
    assert.deepEqual(list.slice(-5, 2).map((x) => x.k), [0, 1]);
    assert.equal(drain(list.cursorAfter(999)).length, 0);
  });
});
