// The reliability figures: the contract against the simulator at size (valid and invalid inputs per
// API), chaotic calls, prototype pollution, and the heap after GC over repeated rounds. Node-only.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { runChaos, type ChaosFigures } from './chaos.ts';
import { formatFigures } from './figures.ts';
import { formatFinding } from './findings.ts';
import type { MutationClass } from './mutations.ts';
import { runContract, type ContractReport } from './runner.ts';
import { SchemaSet } from './schema-set.ts';
import { simulatorSession } from './simulator-session.ts';

export interface ReliabilitySize {
  /** Valid and invalid inputs per API. */
  valid: number;
  invalid: number;
  /** Chaotic calls. */
  chaosCalls: number;
  /** Rounds of chaotic calls between heap samples, and calls per round. */
  heapRounds: number;
  heapCallsPerRound: number;
}

/** The suite's size: a few seconds. */
export const CI_SIZE: ReliabilitySize = { valid: 100, invalid: 100, chaosCalls: 10_000, heapRounds: 4, heapCallsPerRound: 5_000 };
/** The full run: 10,000 valid and 10,000 invalid inputs per API, 100,000 chaotic calls. */
export const FULL_SIZE: ReliabilitySize = { valid: 10_000, invalid: 10_000, chaosCalls: 100_000, heapRounds: 8, heapCallsPerRound: 25_000 };

/** Heap growth over the measured rounds that still counts as flat. */
const HEAP_SLACK_BYTES = 2 * 1024 * 1024;

export interface HeapFigures {
  /** Heap used after GC, before the rounds and after each. */
  samples: number[];
  calls: number;
  growthBytes: number;
  flat: boolean;
}

export interface ReliabilityReport {
  size: ReliabilitySize;
  contract: ContractReport & { ms: number };
  chaos: ChaosFigures & { ms: number };
  /** Properties that appeared on Object.prototype, Array.prototype or Function.prototype. */
  pollution: string[];
  heap: HeapFigures;
  ok: boolean;
}

function gcFunction(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  setFlagsFromString('--expose-gc'); // same as node --expose-gc, for this process from now on
  return runInNewContext('gc') as () => void;
}

function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].flatMap((p, i) => Object.getOwnPropertyNames(p).map((k) => `${['Object', 'Array', 'Function'][i]}.prototype.${k}`));
}

async function measureHeap(schemas: SchemaSet, size: ReliabilitySize, seed: number): Promise<HeapFigures> {
  const gc = gcFunction();
  const used = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
  await runChaos(schemas, { calls: size.heapCallsPerRound, seed }); // warm-up: code, caches
  const samples = [used()];
  for (let r = 0; r < size.heapRounds; r++) {
    await runChaos(schemas, { calls: size.heapCallsPerRound, seed: seed + r + 1 });
    await runContract(simulatorSession, { seed: seed + r, valid: 5, invalid: 5, schemas });
    samples.push(used());
  }
  // The lowest sample of the later half against the lowest of the earlier half: a leak raises every
  // later sample, while one sample taken as the allocator grows a page does not count.
  const half = Math.ceil(samples.length / 2);
  const growthBytes = Math.min(...samples.slice(half)) - Math.min(...samples.slice(0, half));
  return { samples, calls: size.heapRounds * size.heapCallsPerRound, growthBytes, flat: growthBytes < HEAP_SLACK_BYTES };
}

export async function runReliability(size: ReliabilitySize, options: { seed?: number; classes?: readonly MutationClass[] } = {}): Promise<ReliabilityReport> {
  const seed = options.seed ?? 1;
  const schemas = SchemaSet.load();
  const before = new Set(prototypeKeys());
  let t = Date.now();
  const contract = { ...(await runContract(simulatorSession, { seed, valid: size.valid, invalid: size.invalid, classes: options.classes, schemas })), ms: Date.now() - t };
  t = Date.now();
  const chaos = { ...(await runChaos(schemas, { calls: size.chaosCalls, seed })), ms: Date.now() - t };
  const pollution = prototypeKeys().filter((k) => !before.has(k));
  if (({} as { polluted?: unknown }).polluted !== undefined) pollution.push('({}).polluted');
  const heap = await measureHeap(schemas, size, seed);
  const ok = contract.ok && chaos.wrong === 0 && chaos.reported === chaos.expectedReports && pollution.length === 0 && heap.flat;
  return { size, contract, chaos, pollution, heap, ok };
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;

export function formatReliability(r: ReliabilityReport): string {
  const apis = Object.keys(r.contract.perApi).length;
  const c = r.chaos;
  return [
    `contract on the simulator, ${r.size.valid} valid + ${r.size.invalid} invalid inputs per API (${apis} APIs, seed ${r.contract.seed}, ${(r.contract.ms / 1000).toFixed(1)} s):`,
    `  ${formatFigures(r.contract.figures)}`,
    ...r.contract.findings.slice(0, 5).map((f) => `  - ${formatFinding(f)}`),
    `chaotic calls (${(c.ms / 1000).toFixed(1)} s): ${c.calls} calls, ${c.settledAsExpected} settled once as expected, ${c.wrong} wrong, `
      + `${c.reported} misbehaving completions reported (${c.expectedReports} expected)`,
    `  by behaviour: ${Object.entries(c.byBehaviour).map(([b, n]) => `${b} ${n}`).join(', ')}`,
    ...c.examples.map((e) => `  - ${e}`),
    `prototype pollution: ${r.pollution.length ? r.pollution.join(', ') : 'none'}`,
    `heap after GC over ${r.heap.calls} more calls: ${r.heap.samples.map(mib).join(' -> ')} (growth ${mib(r.heap.growthBytes)}, ${r.heap.flat ? 'flat' : 'GROWING'})`,
    r.ok ? 'reliability: ok' : 'reliability: FAILED',
  ].join('\n');
}
