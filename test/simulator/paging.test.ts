// Ordering and paging of TIMConvGetConvList / TIMConvGetConversationListByFilter, including
// paging while conversations are created, deleted and reordered between pages.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { SimulatorBridge } from '../../runtime/simulator/index.ts';
import {
  T0, type ConvInfo, call, convKey, convList, expectCode, makeSim, ok, page, pageAll,
} from './helpers.ts';

describe('simulator: paging', () => {
  it('answers an empty list exactly as the real SDK does', async () => {
    const { bridge } = makeSim();
    const c = await call(bridge, 'TIMConvGetConversationListByFilter', ['{}', 0n, 20]);
    assert.equal(c.json, '{"conversation_list_result_conv_list":[],"conversation_list_result_is_finished":true,"conversation_list_result_next_seq":0}');
  });

  it('pages in list order; the last page is finished with next_seq 0', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 10; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`); }
    const p1 = await page(bridge, {}, 0n, 4);
    assert.deepEqual(p1.conversation_list_result_conv_list.map(convKey), ['c2c_u9', 'c2c_u8', 'c2c_u7', 'c2c_u6']);
    assert.equal(p1.conversation_list_result_is_finished, false);
    assert.notEqual(p1.conversation_list_result_next_seq, 0n);
    const p2 = await page(bridge, {}, p1.conversation_list_result_next_seq, 4);
    assert.deepEqual(p2.conversation_list_result_conv_list.map(convKey), ['c2c_u5', 'c2c_u4', 'c2c_u3', 'c2c_u2']);
    const p3 = await page(bridge, {}, p2.conversation_list_result_next_seq, 4);
    assert.deepEqual(p3.conversation_list_result_conv_list.map(convKey), ['c2c_u1', 'c2c_u0']);
    assert.equal(p3.conversation_list_result_is_finished, true);
    assert.equal(p3.conversation_list_result_next_seq, 0n);
  });

  it('a page that ends exactly at the last match is already finished', async () => {
    const { bridge } = makeSim();
    for (let i = 0; i < 4; i++) bridge.addConversation(`c2c_u${i}`);
    const p = await page(bridge, {}, 0n, 4);
    assert.equal(p.conversation_list_result_conv_list.length, 4);
    assert.equal(p.conversation_list_result_is_finished, true);
  });

  it('answers 6017 for a next_seq it never handed out', async () => {
    const { bridge } = makeSim();
    for (let i = 0; i < 3; i++) bridge.addConversation(`c2c_u${i}`);
    await expectCode(bridge, 'TIMConvGetConversationListByFilter', ['{}', 12345n, 2], 6017);
    await expectCode(bridge, 'TIMConvGetConversationListByFilter', ['{}', (1n << 64n) - 1n, 2], 6017);
  });

  it('keeps 64 passes open; opening a 65th expires the one used least recently (6017)', async () => {
    const { bridge } = makeSim();
    for (let i = 0; i < 3; i++) bridge.addConversation(`c2c_u${i}`);
    const cursors: bigint[] = [];
    for (let i = 0; i < 64; i++) cursors.push((await page(bridge, {}, 0n, 1)).conversation_list_result_next_seq);
    await page(bridge, {}, cursors[0], 1); // pass 0 is now the most recently used
    await page(bridge, {}, 0n, 1); // 65th pass: pass 1 goes
    await expectCode(bridge, 'TIMConvGetConversationListByFilter', ['{}', cursors[1], 1], 6017);
    await page(bridge, {}, cursors[2], 1);
  });

  it('a conversation that moves to the top between pages is listed exactly once', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 9; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`); }
    const p1 = await page(bridge, {}, 0n, 3); // u8 u7 u6
    clock.advance();
    bridge.deliverMessage('c2c_u2'); // moves from page 3 to the top
    bridge.deliverMessage('c2c_u7'); // already returned; moves to the top too
    await ok(bridge, 'TIMConvPinConversation', ['u4', 1, true]);
    const rest: string[] = [];
    let next = p1.conversation_list_result_next_seq;
    for (;;) {
      const p = await page(bridge, {}, next, 3);
      rest.push(...p.conversation_list_result_conv_list.map(convKey));
      if (p.conversation_list_result_is_finished) break;
      next = p.conversation_list_result_next_seq;
    }
    const all = [...p1.conversation_list_result_conv_list.map(convKey), ...rest];
    assert.deepEqual(all, ['c2c_u8', 'c2c_u7', 'c2c_u6', 'c2c_u5', 'c2c_u4', 'c2c_u3', 'c2c_u2', 'c2c_u1', 'c2c_u0']);
  });

  it('a pinned conversation unpinned between pages moves down but is listed exactly once', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 8; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`, { pinned: i === 1 || i === 5 }); }
    const p1 = await page(bridge, {}, 0n, 3); // u5 u1 (pinned) u7
    assert.deepEqual(p1.conversation_list_result_conv_list.map(convKey), ['c2c_u5', 'c2c_u1', 'c2c_u7']);
    await ok(bridge, 'TIMConvPinConversation', ['u1', 1, false]); // already listed; now lands after the cursor
    const p2 = await page(bridge, {}, p1.conversation_list_result_next_seq, 10);
    assert.deepEqual(p2.conversation_list_result_conv_list.map(convKey), ['c2c_u6', 'c2c_u4', 'c2c_u3', 'c2c_u2', 'c2c_u0']);
  });

  it('a conversation that appears mid-list (older activity) between pages belongs to the next pass only', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 4; i++) { clock.advance(10); bridge.addConversation(`c2c_u${i}`); }
    const p1 = await page(bridge, {}, 0n, 1); // u3
    bridge.addConversation('c2c_old', { activeTime: T0 + 15 }); // between u1 and u0
    const p2 = await page(bridge, {}, p1.conversation_list_result_next_seq, 10);
    assert.deepEqual(p2.conversation_list_result_conv_list.map(convKey), ['c2c_u2', 'c2c_u1', 'c2c_u0']);
    assert.deepEqual(await pageAll(bridge, {}), ['c2c_u3', 'c2c_u2', 'c2c_u1', 'c2c_old', 'c2c_u0']);
  });

  it('a conversation deleted between pages is not listed; one created is listed by the next pass', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 6; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`); }
    const p1 = await page(bridge, {}, 0n, 2);
    await ok(bridge, 'TIMConvDelete', ['u1', 1]);
    clock.advance();
    bridge.addConversation('c2c_new');
    const p2 = await page(bridge, {}, p1.conversation_list_result_next_seq, 10);
    assert.deepEqual(p2.conversation_list_result_conv_list.map(convKey), ['c2c_u3', 'c2c_u2', 'c2c_u0']);
    assert.deepEqual(await pageAll(bridge, {}), ['c2c_new', 'c2c_u5', 'c2c_u4', 'c2c_u3', 'c2c_u2', 'c2c_u0']);
  });

  it('a conversation deleted and created again between pages belongs to the next pass only', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 4; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`); }
    const p1 = await page(bridge, {}, 0n, 1); // u3
    await ok(bridge, 'TIMConvDelete', ['u1', 1]);
    bridge.addConversation('c2c_u1');
    const p2 = await page(bridge, {}, p1.conversation_list_result_next_seq, 10);
    assert.deepEqual(p2.conversation_list_result_conv_list.map(convKey), ['c2c_u2', 'c2c_u0']);
  });

  it('filters by the state at the time each page is read', async () => {
    const { bridge, clock } = makeSim();
    for (let i = 0; i < 6; i++) { clock.advance(); bridge.addConversation(`c2c_u${i}`, { unread: 1 }); }
    const filter = { conversation_list_filter_has_unread_count: true };
    const p1 = await page(bridge, filter, 0n, 2); // u5 u4
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['c2c_u2', 0n, 0n]);
    const p2 = await page(bridge, filter, p1.conversation_list_result_next_seq, 10);
    assert.deepEqual(p2.conversation_list_result_conv_list.map(convKey), ['c2c_u3', 'c2c_u1', 'c2c_u0']);
  });

  it('property: every conversation that exists and matches throughout a pass is listed exactly once, in pass order, whatever happens between pages', async function () {
    this.timeout(120_000);
    await fc.assert(fc.asyncProperty(scenarioArb, runScenario), { numRuns: 300, seed: 145 });
  });
});

// ---- the paging property ----

type Op =
  | { kind: 'add'; group: boolean; unread: number; age: number }
  | { kind: 'delete' | 'message' | 'clean' | 'readd'; pick: number }
  | { kind: 'pin'; pick: number; on: boolean }
  | { kind: 'mark'; pick: number; bit: bigint; on: boolean }
  | { kind: 'file'; pick: number; name: string; on: boolean };

const pickArb = fc.nat({ max: 1000 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  // age > 0 seeds a conversation whose last activity lies in the past, so it lands mid-list.
  fc.record({ kind: fc.constant('add' as const), group: fc.boolean(), unread: fc.nat({ max: 2 }), age: fc.constantFrom(0, 5, 50) }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'message' as const, 'clean' as const, 'readd' as const), pick: pickArb }),
  fc.record({ kind: fc.constant('pin' as const), pick: pickArb, on: fc.boolean() }),
  fc.record({ kind: fc.constant('mark' as const), pick: pickArb, bit: fc.constantFrom(1n, 2n, 1n << 40n), on: fc.boolean() }),
  fc.record({ kind: fc.constant('file' as const), pick: pickArb, name: fc.constantFrom('A', 'B'), on: fc.boolean() }),
);

const filterArb = fc.record({
  conversation_list_filter_conv_type: fc.constantFrom(1, 2),
  conversation_list_filter_conversation_group: fc.constantFrom('', 'A', 'B'),
  conversation_list_filter_mark_type: fc.constantFrom(0n, 1n, 3n, 1n << 40n),
  conversation_list_filter_has_unread_count: fc.boolean(),
}, { requiredKeys: [] });

const scenarioArb = fc.record({
  initial: fc.array(fc.record({ group: fc.boolean(), unread: fc.nat({ max: 2 }), pinned: fc.boolean(), ops: fc.array(opArb, { maxLength: 1 }) }), { maxLength: 25 }),
  filter: filterArb,
  size: fc.integer({ min: 1, max: 5 }),
  between: fc.array(fc.array(opArb, { maxLength: 4 }), { maxLength: 30 }),
});

/** The filter rules, restated over ConvInfo: an independent oracle. */
function oracleMatches(f: Record<string, unknown>, c: ConvInfo): boolean {
  const t = f.conversation_list_filter_conv_type;
  if (t !== undefined && c.conv_type !== t) return false;
  const g = f.conversation_list_filter_conversation_group as string | undefined;
  if (g !== undefined && (g === '' ? c.conv_conversation_group_array.length > 0 : !c.conv_conversation_group_array.includes(g))) return false;
  const m = f.conversation_list_filter_mark_type as bigint | undefined;
  if (m !== undefined && (m === 0n ? c.conv_mark_array.length > 0 : !(c.conv_mark_array as bigint[]).some((x) => (x & m) !== 0n))) return false;
  const u = f.conversation_list_filter_has_unread_count;
  if (u !== undefined && (c.conv_unread_num > 0) !== u) return false;
  return true;
}

class World {
  private counter = 0;
  /** Keys deleted at some point since the pass opened (a re-created one is another conversation). */
  readonly deleted = new Set<string>();

  constructor(readonly bridge: SimulatorBridge, readonly clock: { advance(n?: number): number }) {}

  async alive(): Promise<ConvInfo[]> {
    return convList(this.bridge);
  }

  newId(group: boolean): string {
    return `${group ? 'group_g' : 'c2c_u'}${this.counter++}`;
  }

  async apply(op: Op): Promise<void> {
    const { bridge } = this;
    this.clock.advance();
    if (op.kind === 'add') {
      bridge.addConversation(this.newId(op.group), { unread: op.unread, activeTime: this.clock.advance(0) - op.age });
      return;
    }
    const list = await this.alive();
    if (list.length === 0) return;
    const c = list[op.pick % list.length];
    const key = convKey(c);
    switch (op.kind) {
      case 'delete': await ok(bridge, 'TIMConvDelete', [c.conv_id, c.conv_type]); this.deleted.add(key); break;
      case 'readd': await ok(bridge, 'TIMConvDelete', [c.conv_id, c.conv_type]); this.deleted.add(key); bridge.addConversation(key); break;
      case 'message': bridge.deliverMessage(key); break;
      case 'clean': await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', [key, 0n, 0n]); break;
      case 'pin': await ok(bridge, 'TIMConvPinConversation', [c.conv_id, c.conv_type, op.on]); break;
      case 'mark': await ok(bridge, 'TIMConvMarkConversation', [JSON.stringify([key]), op.bit, op.on]); break;
      case 'file': await ok(bridge, op.on ? 'TIMConvAddConversationsToGroup' : 'TIMConvDeleteConversationsFromGroup', [op.name, JSON.stringify([key])]); break;
    }
    await bridge.settle();
  }
}

interface Scenario {
  initial: { group: boolean; unread: number; pinned: boolean; ops: Op[] }[];
  filter: Record<string, unknown>;
  size: number;
  between: Op[][];
}

async function runScenario(s: Scenario): Promise<void> {
  const { bridge, clock } = makeSim();
  const world = new World(bridge, clock);
  bridge.addConversation('c2c_seed');
  await ok(bridge, 'TIMConvCreateConversationGroup', ['A', '["c2c_seed"]']);
  await ok(bridge, 'TIMConvCreateConversationGroup', ['B', '["c2c_seed"]']);
  for (const c of s.initial) {
    clock.advance();
    bridge.addConversation(world.newId(c.group), { unread: c.unread, pinned: c.pinned });
    for (const op of c.ops) await world.apply(op);
  }
  world.deleted.clear();

  const initialOrder = (await world.alive()).map(convKey);
  const position = new Map(initialOrder.map((k, i) => [k, i]));
  // Keys that are alive and match at every moment a page is read.
  let alwaysMatching = new Set(initialOrder);
  const returned: string[] = [];
  let next = 0n;
  let pages = 0;
  for (let round = 0; ; round++) {
    const now = await world.alive();
    const matchingNow = new Set(now.filter((c) => oracleMatches(s.filter, c)).map(convKey));
    alwaysMatching = new Set([...alwaysMatching].filter((k) => matchingNow.has(k) && !world.deleted.has(k)));
    const p = await page(bridge, s.filter, next, s.size);
    pages++;
    const keys = p.conversation_list_result_conv_list.map(convKey);
    assert.ok(keys.length <= s.size);
    for (const k of keys) {
      assert.ok(position.has(k) && !world.deleted.has(k), `${k} was not there when the pass opened`);
      assert.ok(matchingNow.has(k), `${k} does not match the filter now`);
    }
    returned.push(...keys);
    if (p.conversation_list_result_is_finished) { assert.equal(p.conversation_list_result_next_seq, 0n); break; }
    assert.ok(pages <= initialOrder.length + 1, 'paging does not finish');
    next = p.conversation_list_result_next_seq;
    for (const op of s.between[round] ?? []) await world.apply(op);
  }
  assert.equal(new Set(returned).size, returned.length, `listed twice: ${returned}`);
  for (const k of alwaysMatching) assert.ok(returned.includes(k), `${k} matched throughout but was not listed`);
  for (let i = 1; i < returned.length; i++) assert.ok(position.get(returned[i - 1])! < position.get(returned[i])!, 'not in pass order');
}
