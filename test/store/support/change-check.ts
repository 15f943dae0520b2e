// Checks that a coalesced change says exactly what happened between two snapshots of the list:
// added and removed are the set differences, changed the common conversations whose ConvInfo
// differs, and moved is a set that explains every change of relative order. Replaying the change
// (drop removed, take out moved, put moved and added at their new places) must give the new order,
// and every conversation called moved must really have changed place relative to another one.
import { strict as assert } from 'node:assert';
import type { ConvInfo } from '../../../runtime/generated/types.ts';
import type { ListChange } from '../../../runtime/store/index.ts';
import { sameValue } from '../../../runtime/store/same-value.ts';
import { idOf } from './world.ts';

export type Snapshot = readonly ConvInfo[];

function sorted(xs: readonly string[]): string[] {
  return [...xs].sort();
}

export function assertChangeExplains(before: Snapshot, after: Snapshot, change: ListChange, where: string): void {
  const old = new Map(before.map((c) => [idOf(c), c]));
  const now = new Map(after.map((c) => [idOf(c), c]));
  assert.deepEqual(sorted(change.added), sorted([...now.keys()].filter((k) => !old.has(k))), `${where}: added`);
  assert.deepEqual(sorted(change.removed), sorted([...old.keys()].filter((k) => !now.has(k))), `${where}: removed`);
  const differs = [...now.keys()].filter((k) => old.has(k) && !sameValue(old.get(k), now.get(k)));
  assert.deepEqual(sorted(change.changed), sorted(differs), `${where}: changed`);

  const moved = new Set(change.moved);
  const oldOrder = before.map(idOf).filter((k) => now.has(k));
  const newOrder = after.map(idOf).filter((k) => old.has(k));
  assert.deepEqual(oldOrder.filter((k) => !moved.has(k)), newOrder.filter((k) => !moved.has(k)), `${where}: order outside moved`);
  for (const k of moved) {
    assert.ok(old.has(k) && now.has(k), `${where}: moved ${k} is in both lists`);
    const ahead = (order: string[]) => new Set(order.slice(0, order.indexOf(k)));
    const a = ahead(oldOrder);
    const b = ahead(newOrder);
    assert.ok(a.size !== b.size || [...a].some((x) => !b.has(x)), `${where}: ${k} reported moved but kept its place`);
  }
  const inOrder = (keys: readonly string[]) => {
    const at = new Map(after.map((c, i) => [idOf(c), i]));
    return keys.every((k, i) => i === 0 || at.get(keys[i - 1])! < at.get(k)!);
  };
  assert.ok(inOrder(change.added) && inOrder(change.changed) && inOrder(change.moved), `${where}: lists in list order`);
}
