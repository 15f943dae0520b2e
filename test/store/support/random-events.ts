// Random server events for the store's property tests, as fast-check values: messages (several
// kinds, often in the same second), new conversations, pins, marks, conversation groups, receive
// options, @ info, drafts, custom data, unread cleaning and deletes. `pick` values select a
// conversation of the current list, so events keep hitting conversations that exist.
import fc from 'fast-check';
import type { ConvInfo } from '../../../runtime/generated/types.ts';
import { idOf, type World } from './world.ts';

export type StoreEvent =
  | { kind: 'message'; pick: number; variant: number; advance: number }
  | { kind: 'create'; group: boolean; advance: number }
  | { kind: 'pin'; pick: number; on: boolean }
  | { kind: 'mark'; picks: number[]; bits: bigint; on: boolean }
  | { kind: 'group'; op: number; name: number; picks: number[] }
  | { kind: 'recv'; pick: number; opt: number }
  | { kind: 'at'; pick: number; clear: boolean }
  | { kind: 'draft'; pick: number; on: boolean }
  | { kind: 'custom'; picks: number[]; data: string }
  | { kind: 'clean'; pick: number; scope: number }
  | { kind: 'delete'; picks: number[] };

const pick = fc.nat();
const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });
const MARKS = [1n, 2n, 4n, 8n, 1n << 32n, 1n << 63n, 1n | (1n << 32n)];

export const storeEvent: fc.Arbitrary<StoreEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('message' as const), pick, variant: fc.nat(6), advance: fc.constantFrom(0, 0, 0, 1, 2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), group: fc.boolean(), advance: fc.constantFrom(0, 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pin' as const), pick, on: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mark' as const), picks, bits: fc.constantFrom(...MARKS), on: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('group' as const), op: fc.nat(4), name: fc.nat(4), picks }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('recv' as const), pick, opt: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('at' as const), pick, clear: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('draft' as const), pick, on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('custom' as const), picks, data: fc.constantFrom('', 'a', 'level:3') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clean' as const), pick, scope: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }) },
);

/** Events the server side can still cause while nobody is logged in (control surface only). */
export function isServerSide(e: StoreEvent): boolean {
  return e.kind === 'message' || e.kind === 'create' || e.kind === 'recv' || e.kind === 'at';
}

let created = 0;

function target(w: World, n: number): ConvInfo | undefined {
  return w.store.size ? w.store.at(n % w.store.size) : undefined;
}

function targets(w: World, ns: number[]): string[] {
  return ns.map((n) => target(w, n)).filter((c): c is ConvInfo => !!c).map(idOf);
}

/** A message of one of seven kinds; most count toward unread, some change only the last message. */
function message(w: World, variant: number, isGroup: boolean): Record<string, unknown> {
  const body = { message_elem_array: [{ elem_type: 0, text_elem_content: `m${variant}` }] };
  switch (variant) {
    case 1: return { ...body, message_is_from_self: true };
    case 2: return { ...body, message_is_excluded_from_unread_count: true };
    case 3: return { ...body, message_excluded_from_last_message: true };
    case 4: return isGroup ? { ...body, message_group_at_user_array: ['me'] } : body;
    case 5: return { ...body, message_server_time: BigInt(w.clock.now() - 50) };
    default: return body;
  }
}

const GROUPS = ['raid', 'guild', '好友', 'vip', 'pvp'];

/** Applies one event. API calls that the SDK refuses (unknown group, limits) change nothing and are ignored. */
export async function apply(w: World, e: StoreEvent): Promise<void> {
  const { sim, manager } = w;
  const c = 'pick' in e ? target(w, e.pick) : undefined;
  const ignore = () => { /* a refusal changes nothing */ };
  switch (e.kind) {
    case 'message':
      w.clock.advance(e.advance);
      if (c) sim.deliverMessage(idOf(c), message(w, e.variant, c.conv_type === 2));
      return;
    case 'create':
      w.clock.advance(e.advance);
      sim.addConversation(`${e.group ? 'group' : 'c2c'}_new${++created}`, { unread: created % 3 });
      return;
    case 'recv': if (c) sim.setReceiveOption(idOf(c), e.opt); return;
    case 'at': if (c?.conv_type === 2) sim.setGroupAtInfo(idOf(c), e.clear ? [] : [{ seq: 1, atType: 1 }]); return;
    case 'pin': if (c) await manager.pinConversation(c.conv_id!, c.conv_type!, e.on).catch(ignore); return;
    case 'draft':
      if (!c) return;
      if (e.on) manager.setDraft(c.conv_id!, c.conv_type!, { draft_msg: { message_elem_array: [{ elem_type: 0, text_elem_content: 'draft' }] }, draft_user_define: 'x' });
      else manager.cancelDraft(c.conv_id!, c.conv_type!);
      return;
    case 'mark': await manager.markConversation(targets(w, e.picks), e.bits, e.on).catch(ignore); return;
    case 'custom': await manager.setConversationCustomData(targets(w, e.picks), e.data).catch(ignore); return;
    case 'clean': {
      const scope = ['c2c', 'group', ''][e.scope] ?? (c ? idOf(c) : '');
      await manager.cleanConversationUnreadMessageCount(scope, 0, 0n).catch(ignore);
      return;
    }
    case 'delete': {
      const ids = targets(w, e.picks);
      const one = target(w, e.picks[0]);
      if (ids.length === 1 && one) await manager.delete(one.conv_id!, one.conv_type!).catch(ignore);
      else await manager.deleteConversationList(ids, true).catch(ignore);
      return;
    }
    case 'group': {
      const name = GROUPS[e.name];
      const ids = targets(w, e.picks);
      const ops = [
        () => manager.createConversationGroup(name, ids),
        () => manager.addConversationsToGroup(name, ids),
        () => manager.deleteConversationsFromGroup(name, ids),
        () => manager.renameConversationGroup(name, GROUPS[(e.name + 1) % GROUPS.length]),
        () => manager.deleteConversationGroup(name),
      ];
      await ops[e.op]().catch(ignore);
    }
  }
}
