// A 100-conversation page as a newer SDK sends it: every conversation and its last message carry a
// key the schema does not know. Strict output validation passes the keys through and reports each
// path once (to a hook that does nothing here), in the same pass that checks the known keys; this
// compares that with the same page unchecked and with a bare JSON.parse(JSON.stringify(x)).
// Its own file: V8 slows code that meets two shapes of the same object, so mixing this page with
// the core bench's page in one measurement would charge the core for the mix.
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { stringify } from '../../runtime/json64.ts';
import { page } from '../runtime/fixtures/payloads.ts';
import { CannedBridge } from './support/canned-bridge.ts';
import { isMain, measure, round } from './support/measure.ts';

export async function run(): Promise<Record<string, number | string>> {
  const { value } = page(100);
  for (const conv of value.conversation_list_result_conv_list as Record<string, any>[]) {
    conv.conv_new_key = 1;
    conv.conv_last_msg.message_disable_cloud_message_pre_hook = false;
  }
  const text = stringify(value);
  const plain = JSON.parse(text) as unknown;
  let reports = 0;
  const strict = new ConversationManager(new CannedBridge(text), { onUnknownData: () => { reports++; } });
  const unchecked = new ConversationManager(new CannedBridge(text), { outputValidation: 'off' });
  const filter = { conversation_list_filter_conv_type: 1 };
  const sample = await strict.getConversationListByFilter(filter, 0n, 100);
  if (sample.conversation_list_result_conv_list?.[0].conv_new_key !== 1 || reports !== 2) throw new Error('unknown-data bench: keys not passed through or not reported once');
  const [base, call, callOff] = await measure([
    { name: 'JSON.parse(JSON.stringify(x))', run: () => JSON.parse(JSON.stringify(plain)) },
    { name: 'core call (strict, unknown keys reported)', run: () => strict.getConversationListByFilter(filter, 0n, 100), async: true },
    { name: 'core call (output validation off)', run: () => unchecked.getConversationListByFilter(filter, 0n, 100), async: true },
  ], { rounds: 21 });
  return {
    payload: '100 conversations, 2 unknown keys in each',
    'JSON.parse(JSON.stringify(x)) ms': round(base.ms),
    'core call (strict) ms': round(call.ms),
    'core call, output validation off ms': round(callOff.ms),
    'core call / baseline': round(call.ms / base.ms, 2),
    'reports after all calls': reports,
  };
}

if (isMain(import.meta.url)) console.log(await run());
