// Per-call overhead of the runtime core: validate the arguments, serialize, call a bridge that does
// nothing but answer (on the next microtask) with a canned 100-conversation page, parse it with
// exact 64-bit integers, validate it and settle the Promise. Compared with a bare
// JSON.parse(JSON.stringify(x)) of the same page (the target: at most 2x).
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { page } from '../runtime/fixtures/payloads.ts';
import { CannedBridge } from './support/canned-bridge.ts';
import { isMain, measure, round } from './support/measure.ts';

export const TARGET = 2.0;

export async function run(): Promise<Record<string, number | string>> {
  const { text } = page(100);
  const plain = JSON.parse(text) as unknown; // the page as JSON.parse sees it (64-bit values rounded)
  const strict = new ConversationManager(new CannedBridge(text));
  const unchecked = new ConversationManager(new CannedBridge(text), { outputValidation: 'off' });
  const filter = { conversation_list_filter_conv_type: 1, conversation_list_filter_mark_type: 1n };
  // Fail loudly rather than time an error path.
  const sample = await strict.getConversationListByFilter(filter, 0n, 100);
  if (sample.conversation_list_result_conv_list?.length !== 100) throw new Error('core bench: the canned page did not come back');

  const [base, call, callOff] = await measure([
    { name: 'JSON.parse(JSON.stringify(x))', run: () => JSON.parse(JSON.stringify(plain)) },
    { name: 'core call (strict)', run: () => strict.getConversationListByFilter(filter, 0n, 100), async: true },
    { name: 'core call (output validation off)', run: () => unchecked.getConversationListByFilter(filter, 0n, 100), async: true },
  ], { rounds: 21 });
  const ratio = call.ms / base.ms;
  return {
    payload: `100 conversations, ${(text.length / 1024).toFixed(0)} KiB of JSON`,
    'JSON.parse(JSON.stringify(x)) ms': round(base.ms),
    'core call ms': round(call.ms),
    'core call, output validation off ms': round(callOff.ms),
    'core call / baseline': round(ratio, 2),
    'core call (validation off) / baseline': round(callOff.ms / base.ms, 2),
    target: `core call / baseline <= ${TARGET}`,
    verdict: ratio <= TARGET ? 'met' : 'MISSED',
  };
}

if (isMain(import.meta.url)) console.log(await run());
