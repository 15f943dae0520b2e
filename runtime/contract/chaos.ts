// Chaotic calls: a bridge that answers every call with a valid result, but late, twice, never, by
// throwing, by failing and answering anyway, with a polluting payload, or after the manager was
// disposed; and a run that checks the runtime settles every call, as expected for what the bridge
// did (a Promise cannot settle twice: "once" is the runtime's side, extra completions reported, not
// applied). A call still pending once every answer, time-out and dispose has happened counts as
// wrong and is not waited for. Time is simulated (answers in shuffled order, timeouts fired by
// hand), so a run is the same on a loaded machine as on an idle one.
import type { FunctionMeta } from '../api-meta.ts';
import type { Bridge, BridgeArg, CommCallback } from '../bridge.ts';
import type { CoreOptions, Timers } from '../core/options.ts';
import { DEFAULT_TABLE } from '../core/defaults.ts';
import { TimError, TIM_ERR_JSON, TIMCONV_ERR_BRIDGE, TIMCONV_ERR_DISPOSED, TIMCONV_ERR_INVALID_RESULT, TIMCONV_ERR_TIMEOUT } from '../errors.ts';
import { ConversationManager } from '../generated/conversation-manager.ts';
import { stringify } from '../json64.ts';
import { callArgs, type Input } from './payload.ts';
import { Rng } from './rng.ts';
import type { SchemaSet } from './schema-set.ts';
import { ValueGen } from './values.ts';

export const BEHAVIOURS = ['prompt', 'delayed', 'duplicated', 'dropped', 'thrown', 'failed', 'failed-then-answered', 'polluting', 'after-dispose'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];
const SYNC_BEHAVIOURS: readonly Behaviour[] = ['prompt', 'thrown', 'failed'];

export interface ChaosFigures {
  calls: number;
  /** Calls whose Promise settled once, the way the bridge's behaviour calls for. */
  settledAsExpected: number;
  /** Calls that never settled, or settled otherwise than expected. */
  wrong: number;
  /** Second completions and completions after a failing return, reported to onError... */
  reported: number;
  /** ...and how many the bridge's behaviours call for: both must be equal. */
  expectedReports: number;
  byBehaviour: Record<string, number>;
  /** The first few wrong outcomes, described. */
  examples: string[];
}

/** Timers the run fires by hand: a timeout happens exactly when the run says so. */
class HandTimers implements Timers {
  private next = 1;
  private readonly armed = new Map<number, () => void>();
  setTimeout(fn: () => void): unknown { const h = this.next++; this.armed.set(h, fn); return h; }
  clearTimeout(h: unknown): void { this.armed.delete(h as number); }
  fireAll(): void { for (const [h, fn] of [...this.armed]) { this.armed.delete(h); fn(); } }
}

/** The bridge: what it does with each call is decided by `plan`, read when the call arrives. */
class ChaosBridge implements Bridge {
  plan: Behaviour = 'prompt';
  answer = '';
  readonly later: (() => void)[] = [];
  readonly afterDispose: (() => void)[] = [];

  call(_fn: string, _args: readonly BridgeArg[], done?: CommCallback): number {
    const { plan, answer } = this;
    if (plan === 'thrown') throw new Error('chaos: the bridge threw');
    if (plan === 'failed') return TIM_ERR_JSON;
    if (!done) return 0;
    const reply = () => done(0, '', answer);
    switch (plan) {
      case 'prompt': void Promise.resolve().then(reply); break;
      case 'delayed': this.later.push(reply); break;
      case 'duplicated': void Promise.resolve().then(reply); this.later.push(reply); break;
      case 'failed-then-answered': this.later.push(reply); return TIM_ERR_JSON;
      case 'polluting': void Promise.resolve().then(() => done(0, '', pollutingAnswer(answer))); break;
      case 'after-dispose': this.afterDispose.push(reply); break;
      default: // dropped: never answered
    }
    return 0;
  }

  setListener(): void {}
}

/** A payload that tries to set Object.prototype.polluted through a `__proto__` key. */
function pollutingAnswer(answer: string): string {
  const inject = '"__proto__":{"polluted":true}';
  if (answer.startsWith('[{')) return `[{${inject},${answer.slice(2)}`;
  if (answer.startsWith('{')) return answer === '{}' ? `{${inject}}` : `{${inject},${answer.slice(1)}`;
  return `[{${inject}}]`;
}

/** The part of a manager a chaotic run uses; ConversationManager by default. */
export interface ChaosManager {
  invoke(cName: string, args: readonly unknown[]): Promise<unknown>;
  dispose(): void;
}

export type ChaosManagerFactory = (bridge: Bridge, options: CoreOptions) => ChaosManager;

const realManager: ChaosManagerFactory = (bridge, options) => new ConversationManager(bridge, options);

/** What a call must end as, given the bridge's behaviour. */
export function expected(meta: FunctionMeta, b: Behaviour): (o: { ok: boolean; error?: unknown }) => boolean {
  const code = (c: number) => (o: { ok: boolean; error?: unknown }) => !o.ok && o.error instanceof TimError && o.error.code === c;
  switch (b) {
    case 'thrown': return code(TIMCONV_ERR_BRIDGE);
    case 'failed': case 'failed-then-answered': return code(TIM_ERR_JSON);
    case 'dropped': return code(TIMCONV_ERR_TIMEOUT);
    case 'after-dispose': return code(TIMCONV_ERR_DISPOSED);
    // A checked result: refused as invalid, or resolved (an own __proto__ key is an unknown key);
    // a result that is not checked (none, or unknown) resolves.
    case 'polluting': return (o) => o.ok || (meta.result === 'json' && code(TIMCONV_ERR_INVALID_RESULT)(o));
    default: return (o) => o.ok;
  }
}

const flush = () => new Promise<void>((resolve) => { setImmediate(resolve); });

/**
 * `calls` chaotic calls in batches of `batch` concurrent ones, over every function of the API
 * table. Inputs and answers are generated valid from the schemas (a pool per function).
 */
export async function runChaos(
  schemas: SchemaSet, options: { calls: number; batch?: number; seed?: number; manager?: ChaosManagerFactory },
): Promise<ChaosFigures> {
  const rng = new Rng(options.seed ?? 1, 'chaos');
  const fns = Object.values(DEFAULT_TABLE.functions);
  const pools = new Map(fns.map((meta) => [meta.cName, pool(schemas, meta, rng.fork(meta.cName))]));
  const figures: ChaosFigures = { calls: 0, settledAsExpected: 0, wrong: 0, reported: 0, expectedReports: 0, byBehaviour: {}, examples: [] };
  const batch = options.batch ?? 1000;
  while (figures.calls < options.calls) {
    await chaosBatch(rng, fns, pools, Math.min(batch, options.calls - figures.calls), figures, options.manager ?? realManager);
  }
  return figures;
}

function pool(schemas: SchemaSet, meta: FunctionMeta, rng: Rng): { inputs: Input[]; answers: string[] } {
  const values = new ValueGen(schemas, rng);
  const inputs = Array.from({ length: 8 }, () => values.value(schemas.input(meta.cName)) as Input);
  const result = schemas.input(meta.cName).$defs?.result;
  const answers = Array.from({ length: 8 }, () => (result && meta.result === 'json' ? stringify(values.value(result)) : ''));
  return { inputs, answers };
}

async function chaosBatch(
  rng: Rng, fns: FunctionMeta[], pools: Map<string, { inputs: Input[]; answers: string[] }>, n: number, figures: ChaosFigures, make: ChaosManagerFactory,
): Promise<void> {
  const timers = new HandTimers();
  const onError = (_e: unknown, ctx: { kind: string }) => { if (ctx.kind === 'duplicate-completion' || ctx.kind === 'unexpected-completion') figures.reported++; };
  const bridge = new ChaosBridge();
  // Polluting answers carry a `__proto__` key, an unknown key the runtime reports: expected here.
  const onUnknownData = () => {};
  const main = make(bridge, { timeoutMs: 1000, timers, onError, onUnknownData });
  const doomed = make(bridge, { onError, onUnknownData }); // disposed with calls in flight
  const wrong = (what: string) => {
    figures.wrong++;
    if (figures.examples.length < 5) figures.examples.push(what);
  };
  /** Calls not settled yet, each with what to say if it never does. */
  const pending = new Map<number, string>();
  for (let i = 0; i < n; i++) {
    const meta = rng.pick(fns);
    const { inputs, answers } = pools.get(meta.cName)!;
    const b = rng.pick(meta.sync ? SYNC_BEHAVIOURS : BEHAVIOURS);
    bridge.plan = b;
    bridge.answer = rng.pick(answers);
    const manager = b === 'after-dispose' ? doomed : main;
    const check = expected(meta, b);
    const judge = (o: { ok: boolean; error?: unknown }) => {
      if (!pending.delete(i)) return; // already counted as never settled
      if (check(o)) figures.settledAsExpected++;
      else wrong(`${meta.cName} (${b}): ${o.ok ? 'resolved' : (o.error as Error)?.message ?? o.error}`);
    };
    pending.set(i, `${meta.cName} (${b}): never settled`);
    void manager.invoke(meta.cName, callArgs(meta, rng.pick(inputs))).then(() => judge({ ok: true }), (error: unknown) => judge({ ok: false, error }));
    figures.calls++;
    if (b === 'duplicated' || b === 'failed-then-answered') figures.expectedReports++;
    figures.byBehaviour[b] = (figures.byBehaviour[b] ?? 0) + 1;
  }
  await flush();
  for (const reply of shuffle(rng, bridge.later.splice(0))) { reply(); await Promise.resolve(); }
  await flush();
  doomed.dispose();
  timers.fireAll(); // what is still waiting now was dropped
  for (const reply of bridge.afterDispose.splice(0)) reply();
  await flush();
  // Every answer, time-out and dispose has happened: a call still pending will never settle.
  for (const what of pending.values()) wrong(what);
  pending.clear();
  main.dispose();
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
