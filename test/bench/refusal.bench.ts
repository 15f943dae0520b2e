// What refusing oversized input costs: 1e5 numbers given as conversation ids (a list the schema
// caps at 100), a sparse array of 1e7, and 1e5 numbers in an array the schema sets no limit on
// (refused past the runtime's MAX_ARRAY_ITEMS). Each must be refused, in time that does not grow
// with the length given.
import type { Bridge } from '../../runtime/bridge.ts';
import { MAX_ARRAY_ITEMS } from '../../runtime/core/snapshot.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { isMain, measure, round } from './support/measure.ts';

/** Fails the bench if any call gets this far: every input here must be refused before it. */
class RefusingBridge implements Bridge {
  call(fn: string): number {
    throw new Error(`refusal bench: ${fn} reached the bridge`);
  }
  setListener(): void {}
}

export async function run(): Promise<Record<string, number | string>> {
  const m = new ConversationManager(new RefusingBridge());
  const numbers = Array.from({ length: 1e5 }, (_, i) => i);
  const sparse = new Array(1e7);
  const refused = (p: Promise<unknown>) => p.then(() => { throw new Error('refusal bench: bad input was accepted'); }, (e: { code?: number }) => {
    if (e.code === -904) throw e;
  });
  const draft = () => Promise.resolve().then(() => m.setDraft('c2c_a', 1, { draft_msg: { message_elem_array: numbers as never } }));
  const [ids, holes, elems, few] = await measure([
    { name: '1e5 numbers as ids', run: () => refused(m.createConversationGroup('g', numbers as never)), async: true },
    { name: 'sparse 1e7 as ids', run: () => refused(m.createConversationGroup('g', sparse)), async: true },
    { name: '1e5 numbers as message elements', run: () => refused(draft()), async: true },
    { name: '101 numbers as ids', run: () => refused(m.createConversationGroup('g', numbers.slice(0, 101) as never)), async: true },
  ], { rounds: 15 });
  return {
    'refuse 1e5 numbers as ids ms': round(ids.ms),
    'refuse a sparse array of 1e7 as ids ms': round(holes.ms),
    [`refuse 1e5 message elements (cut at ${MAX_ARRAY_ITEMS + 1}) ms`]: round(elems.ms),
    'refuse 101 numbers as ids ms': round(few.ms),
  };
}

if (isMain(import.meta.url)) console.log(await run());
