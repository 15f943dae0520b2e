// The simulated account the simulator bench works on: n conversations with Chinese last messages,
// marks and conversation groups, made the same way on every run (a seeded generator), plus the
// small helpers its measurements share (CPU clock, median, the heap after a full collection).
import { cpuUsage } from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ManualClock, SimulatorBridge } from '../../../runtime/simulator/index.ts';

export const GROUP_NAMES = ['work', 'family', 'games', '好友', 'vip'];
const T0 = 1_700_000_000;

/** CPU milliseconds used by this process so far. */
export function cpuMs(): number {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Deterministic pseudo-random numbers (xorshift32) so runs are comparable. */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** "median (min..max)" of millisecond samples. */
export function spreadText(xs: number[]): string {
  return `${round(median(xs))} (${round(Math.min(...xs))}..${round(Math.max(...xs))})`;
}

// A full collection before reading the heap, without needing --expose-gc on the command line.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export function heapUsed(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

export function callAsync(bridge: SimulatorBridge, fn: string, args: (string | number | bigint | boolean)[]): Promise<{ code: number; json: string }> {
  return new Promise((resolve, reject) => {
    const r = bridge.call(fn, args, (code, _desc, json) => resolve({ code, json }));
    if (r !== 0) reject(new Error(`${fn} returned ${r}`));
  });
}

/** A last message in Chinese, with the sender's profile, as a game chat would have. */
export function chineseMessage(i: number): Record<string, unknown> {
  return {
    message_sender: `u${i}`,
    message_elem_array: [{ elem_type: 0, text_elem_content: `第${i}条消息：今晚八点一起打副本吗？记得带上药水。` }],
    message_sender_profile: { user_profile_identifier: `u${i}`, user_profile_nick_name: `玩家${i}号` },
  };
}

/** n conversations: 70% C2C, 40% with unread, 5% muted, 2% of groups with @ info, 1000 marked, 1000 grouped. */
export async function seed(n: number): Promise<{ bridge: SimulatorBridge; clock: ManualClock; ids: string[] }> {
  const clock = new ManualClock(T0);
  const bridge = new SimulatorBridge({ clock: clock.now });
  bridge.login('me');
  const random = rng(n);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const group = random() < 0.3;
    const id = group ? `group_g${i}` : `c2c_u${i}`;
    if (i % 10 === 0) clock.advance();
    bridge.addConversation(id, {
      unread: random() < 0.4 ? 1 + Math.floor(random() * 9) : 0,
      recvOpt: random() < 0.05 ? 2 : 0,
      atInfo: group && random() < 0.02 ? [{ seq: 1, atType: 1 }] : [],
      lastMessage: chineseMessage(i),
    });
    ids.push(id);
  }
  const pick = (count: number) => Array.from({ length: count }, () => ids[Math.floor(random() * ids.length)]);
  for (let i = 0; i < 10; i++) {
    await callAsync(bridge, 'TIMConvMarkConversation', [JSON.stringify(pick(100)), i % 2 ? 1n : 1n << 33n, true]);
  }
  for (const name of GROUP_NAMES) await callAsync(bridge, 'TIMConvCreateConversationGroup', [name, JSON.stringify(pick(100))]);
  for (let i = 0; i < 5; i++) await callAsync(bridge, 'TIMConvAddConversationsToGroup', [GROUP_NAMES[i], JSON.stringify(pick(100))]);
  await bridge.settle();
  return { bridge, clock, ids };
}
