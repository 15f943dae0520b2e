// Benchmark of the conversation store with 100,000 conversations: the cost of one event and of the
// coalesced change it causes, a burst of events in one frame, the one-time load and the memory.
// Each figure is printed beside its goal; GOALS says why each goal is what it is. `run()` returns
// the numbers; running this file prints a report.
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import type { ConvInfo } from '../../runtime/generated/types.ts';
import { ManualClock, SimulatorBridge } from '../../runtime/simulator/index.ts';
import { ConversationStore } from '../../runtime/store/index.ts';
import { ConvList } from '../../runtime/store/conv-list.ts';
import { measure, round } from './support/measure.ts';
import { heapUsed, median } from './support/simulator-world.ts';
import { RecordingBridge } from '../store/support/recording-bridge.ts';

const N = 100_000;
const T0 = 1_700_000_000;

/**
 * A 60 fps frame has 16.7 ms for everything the game does, rendering included; the store's share
 * must stay small on ordinary frames and must not cost a frame on a busy one.
 */
const GOALS = {
  /** Most frames bring 0..2 conversation events: 0.1 ms each keeps the store under 1% of a frame. */
  eventStore: 0.1,
  /**
   * The same event as the SDK delivers it: JSON with exact 64-bit fields, schema validation, then
   * the store. Ten of them in one frame (a lively guild) should take under a fifth of it.
   */
  eventEndToEnd: 0.3,
  /** The change for a whole burst, computed once at flush: 1 ms is 6% of a frame. */
  burstChange: 1,
  /** A message storm after a reconnect, a hundred events in one frame: under a third of the frame. */
  burst: 5,
  /** One-time, behind the game's loading screen: a player waits at most this long for 100k conversations. */
  loadSeconds: 5,
  /** Memory for 100k conversations as the SDK reports them (each with its last message): under 1 KB each. */
  heapMB: 100,
};

function heapMB(): number {
  return heapUsed() / 2 ** 20;
}

function seeded(): SimulatorBridge {
  const clock = new ManualClock(T0);
  const sim = new SimulatorBridge({ clock: clock.now });
  for (let i = 0; i < N; i++) {
    if (i % 5 === 0) clock.advance();
    sim.addConversation(i % 3 ? `c2c_u${i}` : `group_g${i}`, {
      unread: i % 4, recvOpt: i % 17 === 0 ? 2 : 0, pinned: i % 1000 === 0,
      lastMessage: { message_elem_array: [{ elem_type: 0, text_elem_content: `message ${i}, some text to show` }] },
    });
  }
  sim.login('me');
  return sim;
}

/** A ConvInfo update of conversation `i` with a new last message `n`, as the SDK sends it (JSON). */
function updateJson(i: number, n: number): string {
  const id = i % 3 ? `u${i}` : `g${i}`;
  const type = i % 3 ? 1 : 2;
  return `[{"conv_id":"${id}","conv_type":${type},"conv_face_url":"","conv_unread_num":${n % 50},"conv_active_time":${T0 + 1_000_000 + n},`
    + `"conv_is_has_lastmsg":true,"conv_last_msg":{"message_elem_array":[{"elem_type":0,"text_elem_content":"new ${n}"}],"message_conv_id":"${id}",`
    + `"message_conv_type":${type},"message_sender":"${id}","message_server_time":${T0 + 1_000_000 + n},"message_seq":${n},`
    + `"message_unique_id":${(BigInt(T0) << 31n) + BigInt(n)},"message_msg_id":"bench-${n}","message_status":2},`
    + `"conv_is_has_draft":false,"conv_recv_opt":0,"conv_group_at_info_array":[],"conv_is_pinned":false,"conv_show_name":"${id}",`
    + `"conv_mark_array":[],"conv_custom_data":"","conv_conversation_group_array":[],"conv_c2c_read_timestamp":0,"conv_group_read_sequence":0}]`;
}

/** An update of a loaded conversation that is new activity (it moves to the top). */
function activity(base: ConvInfo, n: number): ConvInfo {
  const last = base.conv_last_msg ?? { message_elem_array: [] };
  return { ...base, conv_active_time: BigInt(T0 + 1_000_000 + n), conv_last_msg: { ...last, message_msg_id: `bench-${n}` } };
}

/** Loads a store of 100k conversations from the simulator; returns the ConvInfo and the end-to-end figures. */
async function throughManager(): Promise<{ infos: ConvInfo[]; loadSeconds: number; storeMB: number; eventMs: number }> {
  const sim = seeded();
  // Records what the store sets, so the bench can fire events at its native listener as the SDK would.
  const bridge = new RecordingBridge(sim);
  const manager = new ConversationManager(bridge);
  const before = heapMB();
  const t = performance.now();
  const store = new ConversationStore(manager, { flush: 'manual' });
  await store.ready();
  const loadSeconds = (performance.now() - t) / 1000;
  store.flush();
  const storeMB = heapMB() - before;
  // The native listener with the SDK's JSON: parsed, validated, applied, and its change delivered.
  const native = bridge.set.get('TIMSetConvEventCallback')!;
  let n = 0;
  const [event] = await measure([
    { name: 'one event through the manager', run: () => { n++; native(2, updateJson((n * 7919) % N, n)); return store.flush(); } },
  ], { rounds: 9 });
  if (store.size !== N) throw new Error(`store holds ${store.size} conversations, expected ${N}`);
  const infos = store.conversations();
  store.dispose();
  manager.dispose();
  sim.dispose();
  return { infos, loadSeconds, storeMB, eventMs: event.ms };
}

/** The store's own work, on the list model loaded with the same 100k ConvInfo (nothing else on the heap). */
async function storeOnly(infos: ConvInfo[]): Promise<{ eventMs: number; burstMs: number; burstChangeMs: number }> {
  const list = new ConvList();
  list.replaceAll(infos);
  list.takeChange();
  let n = 0;
  const pick = () => infos[(n * 7919) % infos.length];
  const changeTimes: number[] = [];
  const [event, burst] = await measure([
    { name: 'one event + its change', run: () => { n++; list.upsert([activity(pick(), n)]); return list.takeChange(); } },
    {
      name: 'a 100-event burst + one change',
      run: () => {
        for (let k = 0; k < 100; k++) { n++; list.upsert([activity(pick(), n)]); }
        const t = performance.now();
        const change = list.takeChange();
        changeTimes.push(performance.now() - t);
        return change;
      },
    },
  ]);
  return { eventMs: event.ms, burstMs: burst.ms, burstChangeMs: median(changeTimes) };
}

export async function run(): Promise<Record<string, number | string>> {
  const viaManager = await throughManager();
  const own = await storeOnly(viaManager.infos);
  const show = (value: number, goal: number, digits = 4) => `${round(value, digits)}  (goal ${goal})`;
  return {
    'one event applied + its change, 100k, store only (ms)': show(own.eventMs, GOALS.eventStore),
    'one event through the manager (JSON, validation, store, change), 100k (ms)': show(viaManager.eventMs, GOALS.eventEndToEnd),
    'coalesced change of a 100-event burst, 100k (ms)': show(own.burstChangeMs, GOALS.burstChange, 3),
    'burst of 100 events + one change, store only (ms)': show(own.burstMs, GOALS.burst, 3),
    'load of 100k: getConvList to ready (s)': show(viaManager.loadSeconds, GOALS.loadSeconds, 2),
    'heap of the store with 100k conversations (MB)': show(viaManager.storeMB, GOALS.heapMB, 1),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await run();
  for (const [k, v] of Object.entries(results)) console.log(`${k}: ${v}`);
}
