// The simulator as the kit runs it: logged in, on the premium edition, with a hand-moved clock, and
// holding the conversations and groups the generated payloads name (strings.ts KNOWN_NAMES), some
// pinned (active time near 2^62) and with last messages (63-bit IDs), so calls find what they ask
// for and answers carry real 64-bit values.
import { ManualClock, SimulatorBridge } from '../simulator/index.ts';
import { TIMElemType } from '../generated/types.ts';
import { KNOWN_NAMES } from './strings.ts';

/** 2024-05-01 00:00:00 UTC: any fixed time keeps the generated answers the same from run to run. */
const T0 = 1_714_521_600;

export function simulatorSession(): SimulatorBridge {
  const clock = new ManualClock(T0);
  const sim = new SimulatorBridge({ clock: clock.now, edition: 'premium' });
  sim.login('me');
  const ids = KNOWN_NAMES.filter((n) => n.startsWith('c2c_') || n.startsWith('group_'));
  ids.forEach((id, i) => {
    clock.advance(60);
    sim.addConversation(id, { pinned: i % 2 === 0, unread: i });
    // An empty body once in a while: the SDK sends such messages (custom signalling) too.
    sim.deliverMessage(id, i % 3 === 0 ? { message_elem_array: [] } : { message_elem_array: [{ elem_type: TIMElemType.kTIMElem_Text, text_elem_content: `hello ${i}` }] });
  });
  return sim;
}
