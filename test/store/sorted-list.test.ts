// The store's sorted list against a plain sorted array under random inserts, removes and
// replacements, across run splits (runs hold at most 512 items).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SortedList } from '../../runtime/store/sorted-list.ts';

interface Item { readonly v: number; readonly id: number }
const cmp = (a: Item, b: Item) => (a.v - b.v) || (a.id - b.id);

type Op = { op: 'insert'; v: number } | { op: 'remove'; at: number } | { op: 'replace'; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), v: fc.integer({ min: 0, max: 300 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat() }) },
);

describe('store: sorted list', () => {
  it('stays equal to a sorted array; positions, ranks and slices agree', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1200, maxLength: 2500 }), (ops) => {
      const list = new SortedList<Item>(cmp);
      let model: Item[] = [];
      let id = 0;
      for (const o of ops) {
        if (o.op === 'insert') {
          const item = { v: o.v, id: id++ };
          list.insert(item);
          model.push(item);
          model.sort(cmp);
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
      assert.deepEqual(list.toArray(), model);
      for (let i = 0; i < model.length; i += 37) {
        assert.equal(list.indexOf(model[i]), i);
        assert.equal(list.at(i), model[i]);
        assert.equal(list.rank({ v: model[i].v, id: -1 }), model.findIndex((x) => x.v === model[i].v));
      }
      assert.deepEqual(list.slice(5, 40), model.slice(5, 40));
      assert.equal(list.at(model.length), undefined);
      assert.equal(list.at(-1), undefined);
    }), { numRuns: 10, seed: 7 });
  });

  it('refuses to remove or replace an item it does not hold', () => {
    const list = new SortedList<Item>(cmp);
    const a = { v: 1, id: 1 };
    list.insert(a);
    assert.equal(list.remove({ v: 1, id: 1 }), false, 'an equal copy is not the item');
    assert.equal(list.replace({ v: 2, id: 2 }, a), false);
    assert.equal(list.indexOf({ v: 0, id: 0 }), -1);
    assert.equal(list.size, 1);
  });

  it('load() takes an ordered array as it is', () => {
    const list = new SortedList<Item>(cmp);
    const items = Array.from({ length: 1300 }, (_, i) => ({ v: i, id: 0 }));
    list.load(items);
    assert.equal(list.size, 1300);
    assert.equal(list.indexOf(items[1299]), 1299);
    list.insert({ v: 640.5, id: 0 });
    assert.equal(list.at(641)?.v, 640.5);
  });

  it('walk() stops when the visitor says so and respects the bounds', () => {
    const list = new SortedList<Item>(cmp);
    list.load(Array.from({ length: 1000 }, (_, i) => ({ v: i, id: 0 })));
    const seen: number[] = [];
    list.walk(600, 2000, (x) => { seen.push(x.v); return seen.length < 3; });
    assert.deepEqual(seen, [600, 601, 602]);
    assert.deepEqual(list.slice(998, 5000).map((x) => x.v), [998, 999]);
  });
});
