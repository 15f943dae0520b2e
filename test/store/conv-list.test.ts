// The list model under the store: SDK order with exact 64-bit active times, ties, what counts as
// activity, and coalesced changes that say exactly what happened (checked against snapshots under
// random updates).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ConvInfo } from '../../runtime/generated/types.ts';
import { ConvList } from '../../runtime/store/conv-list.ts';
import { assertChangeExplains } from './support/change-check.ts';

const PIN = 1n << 62n;

function conv(id: string, active: bigint, extra: Partial<ConvInfo> = {}): ConvInfo {
  return { conv_id: id, conv_type: 1, conv_active_time: active, conv_unread_num: 0, conv_is_pinned: active >= PIN, ...extra };
}

function ids(list: ConvList): string[] {
  return list.slice().map((c) => c.conv_id!);
}

function msg(id: string): ConvInfo['conv_last_msg'] {
  return { message_msg_id: id, message_elem_array: [] };
}

describe('store: list order and changes', () => {
  it('orders pinned first, then by active time compared exactly beyond 2^53', () => {
    const list = new ConvList();
    // As doubles 2^62 + 5 and 2^62 + 6 are the same number; as uint64 they are not.
    list.replaceAll([conv('a', 100n), conv('p5', PIN + 5n), conv('p6', PIN + 6n), conv('b', 200n)]);
    assert.deepEqual(ids(list), ['p6', 'p5', 'b', 'a']);
    assert.equal(Number(PIN + 5n), Number(PIN + 6n));
  });

  it('keeps the SDK order of equal active times, and puts new activity first among them', () => {
    const list = new ConvList();
    list.replaceAll([conv('x', 10n), conv('y', 10n), conv('z', 10n)]);
    assert.deepEqual(ids(list), ['x', 'y', 'z']);
    list.upsert([conv('z', 10n, { conv_last_msg: msg('m1') })]);
    assert.deepEqual(ids(list), ['z', 'x', 'y'], 'a new last message is activity');
    list.upsert([conv('y', 10n, { conv_unread_num: 1 })]);
    assert.deepEqual(ids(list), ['y', 'z', 'x'], 'a growing unread count is activity');
    list.upsert([conv('x', 10n, { conv_custom_data: 'c', conv_draft: { draft_user_define: 'd' } })]);
    assert.deepEqual(ids(list), ['y', 'z', 'x'], 'custom data and drafts are not');
    list.upsert([conv('z', 10n, { conv_last_msg: msg('m1'), conv_unread_num: 0 })]);
    assert.deepEqual(ids(list), ['y', 'z', 'x'], 'reading is not');
  });

  it('a batch of new activity keeps the order the SDK listed it in', () => {
    const list = new ConvList();
    list.replaceAll([conv('x', 10n)]);
    list.upsert([conv('a', 10n), conv('b', 10n), conv('c', 10n)]);
    assert.deepEqual(ids(list), ['a', 'b', 'c', 'x']);
  });

  it('pinning keeps the own time: the conversation sorts among the pinned by it, and unpinning puts it back', () => {
    const list = new ConvList();
    list.replaceAll([conv('p', PIN + 50n), conv('a', 40n), conv('b', 30n), conv('c', 20n)]);
    list.upsert([conv('b', PIN + 30n)]);
    assert.deepEqual(ids(list), ['p', 'b', 'a', 'c']);
    list.upsert([conv('b', 30n)]);
    assert.deepEqual(ids(list), ['p', 'a', 'b', 'c']);
    assert.equal(list.takeOrderDoubt(), false, 'no equal active time met: the order is certain');
  });

  it('a pin that lands among equal active times asks for a reload', () => {
    const list = new ConvList();
    list.replaceAll([conv('p', PIN + 30n), conv('a', 30n)]);
    list.upsert([conv('a', PIN + 30n)]);
    assert.equal(list.takeOrderDoubt(), true);
    assert.equal(list.takeOrderDoubt(), false, 'reported once');
  });

  it('an update that changes nothing leaves no change behind', () => {
    const list = new ConvList();
    list.replaceAll([conv('a', 1n, { conv_mark_array: [1n << 63n] })]);
    list.takeChange();
    list.upsert([conv('a', 1n, { conv_mark_array: [1n << 63n] })]);
    assert.equal(list.takeChange(), undefined);
    list.upsert([conv('a', 1n, { conv_custom_data: 'x' })]);
    list.upsert([conv('a', 1n, { conv_mark_array: [1n << 63n] })]);
    assert.equal(list.takeChange(), undefined, 'changed and changed back within one flush');
  });

  it('reports added, changed, moved and removed exactly', () => {
    const list = new ConvList();
    list.replaceAll([conv('a', 50n), conv('b', 40n), conv('c', 30n), conv('d', 20n)]);
    list.takeChange();
    list.upsert([conv('a', 60n, { conv_last_msg: msg('a2') })]); // already first: changed, not moved
    list.upsert([conv('d', 55n, { conv_last_msg: msg('d2') })]); // jumps above b and c: moved
    list.upsert([conv('e', 45n)]);
    list.remove(['c2c_c', 'c2c_ghost']);
    list.upsert([conv('b', 40n, { conv_show_name: 'B' })]);
    assert.deepEqual(list.takeChange(), { added: ['c2c_e'], changed: ['c2c_a', 'c2c_d', 'c2c_b'], moved: ['c2c_d'], removed: ['c2c_c'] });
    assert.deepEqual(ids(list), ['a', 'd', 'e', 'b']);
  });

  it('two conversations that swap places are both reported moved', () => {
    const list = new ConvList();
    list.replaceAll([conv('a', 20n), conv('b', 10n)]);
    list.takeChange();
    list.upsert([conv('a', 5n, { conv_last_msg: msg('x') }), conv('b', 6n, { conv_last_msg: msg('y') })]);
    assert.deepEqual(list.takeChange()?.moved, ['c2c_b', 'c2c_a']);
  });

  it('replaceAll() removes what the SDK no longer lists and keeps numbers that already give its order', () => {
    const list = new ConvList();
    list.replaceAll([conv('x', 10n), conv('y', 10n), conv('z', 10n)]);
    list.takeChange();
    list.replaceAll([conv('x', 10n), conv('z', 10n)]);
    assert.deepEqual(list.takeChange(), { added: [], changed: [], moved: [], removed: ['c2c_y'] });
    list.replaceAll([conv('z', 10n), conv('x', 10n)]);
    assert.deepEqual(list.takeChange()?.moved, ['c2c_z', 'c2c_x'], 'a different order of equals is taken from the SDK');
  });

  it('events that arrive while a load is in flight are replayed on top of it', () => {
    const list = new ConvList();
    list.replaceAll([conv('a', 10n), conv('b', 5n)]);
    list.startJournal();
    list.upsert([conv('c', 20n)]); // arrived before the answer: the list has it already
    list.upsert([conv('d', 30n)]); // arrived after the answer was read: the list lacks it
    list.remove(['c2c_b']);
    list.replaceAll([conv('c', 20n), conv('a', 10n), conv('b', 5n)]);
    assert.deepEqual(ids(list), ['d', 'c', 'a']);
  });

  it('an event the load already shows is not replayed as new activity', () => {
    const list = new ConvList();
    list.replaceAll([conv('x', 10n), conv('z', 10n)]);
    list.startJournal();
    list.upsert([conv('x', 10n, { conv_last_msg: msg('m1') })]);
    // The answer shows x's message and z's later one, whose event has not arrived yet.
    list.replaceAll([conv('z', 10n, { conv_last_msg: msg('m2') }), conv('x', 10n, { conv_last_msg: msg('m1') })]);
    assert.deepEqual(ids(list), ['z', 'x']);
  });

  it('returns the conversations that carry no conv_id instead of storing them', () => {
    const list = new ConvList();
    const bad = { conv_type: 1 } as ConvInfo;
    assert.deepEqual(list.upsert([bad, conv('a', 1n)]), [bad]);
    assert.deepEqual(list.replaceAll([conv('a', 1n), { conv_id: '' }]), [{ conv_id: '' }]);
    assert.equal(list.size, 1);
  });

  it('random updates: every change explains the difference between two snapshots', () => {
    const update = fc.record({
      id: fc.integer({ min: 0, max: 40 }),
      kind: fc.constantFrom('message', 'pin', 'unpin', 'name', 'delete', 'same'),
      time: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(fc.property(fc.array(fc.array(update, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 60 }), (ticks) => {
      const list = new ConvList();
      list.replaceAll(Array.from({ length: 30 }, (_, i) => conv(`c${i}`, BigInt(20 - (i >> 2)))));
      list.takeChange();
      let before = list.slice();
      let n = 0;
      for (const tick of ticks) {
        for (const u of tick) {
          const id = `c${u.id}`;
          const cur = list.get(`c2c_${id}`);
          const own = cur ? (cur.conv_active_time! >= PIN ? cur.conv_active_time! - PIN : cur.conv_active_time!) : 0n;
          if (u.kind === 'delete') list.remove([`c2c_${id}`]);
          else if (u.kind === 'message' || !cur) list.upsert([conv(id, (cur?.conv_is_pinned ? PIN : 0n) + 20n + BigInt(u.time), { conv_last_msg: msg(`m${n++}`) })]);
          else if (u.kind === 'pin' || u.kind === 'unpin') list.upsert([{ ...cur, conv_is_pinned: u.kind === 'pin', conv_active_time: (u.kind === 'pin' ? PIN : 0n) + own }]);
          else if (u.kind === 'name') list.upsert([{ ...cur, conv_show_name: `n${n++}` }]);
          else list.upsert([{ ...cur }]);
        }
        const after = list.slice();
        const change = list.takeChange();
        if (change) assertChangeExplains(before, after, change, 'tick');
        else assert.deepEqual(after, before);
        before = after;
      }
    }), { numRuns: 200, seed: 11 });
  });
});
