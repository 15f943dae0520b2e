// Changes a valid result or listener payload in one random place, as a newer or a broken SDK would:
// a key the schema lacks (holding a number, text, or an object with exact keys), an enum value or
// flag bit it lacks, a dropped key, or a value of the wrong type or range. For differential tests.
import { clone } from '../../../runtime/contract/payload.ts';
import type { Rng } from '../../../runtime/contract/index.ts';

type Place = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place in `v` that holds a value (object properties and array items), depth first. */
function places(v: unknown, out: Place[] = []): Place[] {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push({ parent: v, key: i }); places(x, out); });
  else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) { out.push({ parent: v as Record<string, unknown>, key: k }); places((v as Record<string, unknown>)[k], out); }
  }
  return out;
}

const WRONG: unknown[] = [null, [], {}, 's', true, 1.5, 2 ** 64, -1, 77, 1n << 5n, -1n, 2n ** 64n, [1, 'x'], { conv_id: 1 }];
const NEW_VALUES: unknown[] = [1, 'new', { message_seq: 5, nested: { conv_active_time: 7 } }, [1, 2], null];

/** A damaged copy of `value` and what was done to it. */
export function randomOutputDamage(value: unknown, rng: Rng): { data: unknown; what: string } {
  const data = clone(value);
  const objects = [data, ...places(data).map((p) => (p.parent as Record<string, unknown>)[p.key as string])].filter((x) => x !== null && typeof x === 'object' && !Array.isArray(x)) as Record<string, unknown>[];
  const all = places(data);
  const kind = rng.int(0, 3);
  if (kind === 0 && objects.length) {
    const o = rng.pick(objects);
    o[`zz_new_${rng.int(0, 2)}`] = clone(rng.pick(NEW_VALUES));
    return { data, what: 'new key' };
  }
  if (kind === 1 && all.length) {
    const p = rng.pick(all);
    if (Array.isArray(p.parent)) p.parent.splice(p.key as number, 1);
    else delete p.parent[p.key];
    return { data, what: 'dropped' };
  }
  if (all.length) {
    const p = rng.pick(all);
    (p.parent as Record<string | number, unknown>)[p.key] = clone(rng.pick(WRONG));
    return { data, what: `changed ${String(p.key)}` };
  }
  return { data: rng.pick(WRONG), what: 'root replaced' };
}
