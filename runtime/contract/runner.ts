// The contract runner: drives any Bridge through the runtime with generated valid and invalid
// inputs, and checks the four promises of the contract:
//   - a valid input reaches the bridge byte-exact (JSON text, 64-bit values, strings);
//   - an invalid input is refused before the bridge, naming the JSON path and the rule;
//   - every success payload the bridge returns conforms to its result schema, and its 64-bit values
//     did not pass through a JS number; keys and enum values the schema does not know are drift (a
//     newer library), listed in the report beside the findings, never findings themselves;
//   - every call settles exactly once, and the bridge completes it as its contract says (once, after
//     `call` returned, only when it returned 0).
import type { FunctionMeta } from '../api-meta.ts';
import type { Bridge } from '../bridge.ts';
import { UnknownDataReporter, type UnknownData } from '../core/unknown-data.ts';
import type { ValidatorSet } from '../core/validator.ts';
import { DEFAULT_TABLE, DEFAULT_VALIDATORS } from '../core/defaults.ts';
import { TimError, TIM_ERR_PARAM, TIMCONV_ERR_TIMEOUT } from '../errors.ts';
import { ConversationManager } from '../generated/conversation-manager.ts';
import { createJson64, type Json64Codec } from '../json64.ts';
import { checkResult, InexactTracker } from './answers.ts';
import { emptyFigures, type ContractFigures } from './figures.ts';
import type { Finding } from './findings.ts';
import { MUTATION_CLASSES, Mutator, type Mutation, type MutationClass } from './mutations.ts';
import { callArgs, expectedBridgeArgs, inputText, sameArgs, type Input } from './payload.ts';
import { ProbeBridge, type CallRecord } from './probe.ts';
import { Rng } from './rng.ts';
import { SchemaSet } from './schema-set.ts';
import { ValueGen } from './values.ts';

export interface ContractOptions {
  /** Seed of every generated payload; the same seed makes the same run. Default 1. */
  seed?: number;
  /** Valid inputs per API. Default 50. */
  valid?: number;
  /** Invalid inputs per API. Default 50. */
  invalid?: number;
  /** C names of the functions to try; default every function of the API table. */
  apis?: readonly string[];
  /** Kinds of invalid input to make; default all (MUTATION_CLASSES). */
  classes?: readonly MutationClass[];
  /** A call with no answer after this long is a finding. Default 5000 ms. */
  timeoutMs?: number;
  /** How long to wait after an API's calls for completions that come late or twice. Default 5 ms. */
  graceMs?: number;
  /** Schemas to generate from; default the package's schema/ folder. */
  schemas?: SchemaSet;
  /** Stop collecting findings after this many (figures still count everything). Default 200. */
  maxFindings?: number;
}

export interface ContractReport {
  seed: number;
  figures: ContractFigures;
  perApi: Record<string, ContractFigures>;
  findings: Finding[];
  /** Keys and enum values in results and events that the schemas do not know, once per API and
   *  path: passed through by the runtime, so not findings; a sign to import newer headers. */
  drift: UnknownData[];
  ok: boolean;
}

/** A call that reached the bridge, kept until its late completions are checked. */
interface Pending {
  rec: CallRecord;
  /** The input, as text to replay it (cut to 300 characters). */
  input: string;
}

/** Valid inputs in a row that offer no place for the wanted classes before an API is given up
 *  (a function without parameters offers none). */
const MAX_MISSES = 50;

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const settleOf = (p: Promise<unknown>): Promise<Outcome> => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
const delay = (ms: number) => new Promise<void>((resolve) => { setTimeout(resolve, ms); });

function describeArgs(args: readonly unknown[]): string {
  return args.map((a) => (typeof a === 'bigint' ? `${a}n` : JSON.stringify(a))).join(', ');
}

/** A bridge, or a factory that makes a fresh one for each API (and whose bridges the run disposes). */
export type BridgeSource = Bridge | (() => Bridge | Promise<Bridge>);

/**
 * Runs the contract against a bridge and reports what it found. Given a bridge, every API runs on
 * it and it is left open; given a factory, each API gets a fresh bridge, disposed after it.
 */
export async function runContract(source: BridgeSource, options: ContractOptions = {}): Promise<ContractReport> {
  return new ContractRun(source, options).all();
}

class ContractRun {
  private readonly seed: number;
  private readonly schemas: SchemaSet;
  private probe!: ProbeBridge;
  private manager!: ConversationManager;
  private readonly validators: ValidatorSet = DEFAULT_VALIDATORS;
  private readonly codec: Json64Codec = createJson64(DEFAULT_TABLE.exactInt64Keys);
  private readonly tracker = new InexactTracker();
  private readonly findings: Finding[] = [];
  private readonly drift: UnknownData[] = [];
  private readonly driftSeen = new Set<string>();
  private readonly driftReporter = new UnknownDataReporter((report) => this.addDrift(report), DEFAULT_TABLE.sdk);
  private readonly figures = emptyFigures();
  private current = emptyFigures();

  private readonly timeoutMs: number;
  private readonly maxFindings: number;

  constructor(private readonly source: BridgeSource, private readonly options: ContractOptions) {
    this.seed = options.seed ?? 1;
    this.schemas = options.schemas ?? SchemaSet.load();
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.maxFindings = options.maxFindings ?? 200;
  }

  async all(): Promise<ContractReport> {
    const perApi: Record<string, ContractFigures> = {};
    const root = new Rng(this.seed);
    const shared = typeof this.source === 'function' ? undefined : this.source;
    for (const cName of this.options.apis ?? Object.keys(DEFAULT_TABLE.functions).sort()) {
      const meta = DEFAULT_TABLE.functions[cName];
      if (!meta) throw new Error(`timconv contract kit: no function ${cName} in the API table`);
      const bridge = shared ?? await (this.source as () => Bridge | Promise<Bridge>)();
      this.open(bridge);
      this.current = emptyFigures();
      try {
        await this.api(meta, root.fork(cName));
      } finally {
        this.manager.dispose(); // clears the listeners this run set
        if (!shared) bridge.dispose?.();
      }
      perApi[cName] = this.current;
    }
    for (const f of this.tracker.findings()) this.find(f);
    return { seed: this.seed, figures: this.figures, perApi, findings: this.findings, drift: this.drift, ok: this.figures.findings === 0 };
  }

  /** A manager over a probe in front of `bridge`, listening to every event so payloads are checked. */
  private open(bridge: Bridge): void {
    this.probe = new ProbeBridge(bridge);
    this.manager = new ConversationManager(this.probe, {
      timeoutMs: this.timeoutMs,
      onUnknownData: (report) => this.addDrift(report),
      onError: (error, context) => {
        if (context.kind !== 'invalid-event') return; // completions are checked from the probe's records
        const problem = error instanceof TimError ? error.problems[0] : undefined;
        this.find({ check: 'event-schema', api: context.fn ?? context.event ?? '?', path: problem?.path, rule: problem?.rule, message: `event payload: ${(error as Error).message}` });
      },
    });
    for (const event of Object.keys(DEFAULT_TABLE.listeners)) this.manager.on(event as never, () => {});
  }

  private async api(meta: FunctionMeta, rng: Rng): Promise<void> {
    const values = new ValueGen(this.schemas, rng.fork('valid'));
    const mutator = new Mutator(this.schemas, new ValueGen(this.schemas, rng.fork('fill')), rng.fork('invalid'));
    const schema = this.schemas.input(meta.cName);
    const records: Pending[] = [];
    for (let i = 0; i < (this.options.valid ?? 50); i++) {
      await this.valid(meta, values.value(schema) as Input, records);
    }
    const classes = this.options.classes ?? MUTATION_CLASSES;
    for (let i = 0, misses = 0; i < (this.options.invalid ?? 50) && misses < MAX_MISSES;) {
      // Some classes need an optional key to be there: another valid input may have it.
      const m = mutator.mutate(meta, values.value(schema) as Input, classes);
      if (!m) { misses++; continue; }
      misses = 0;
      i++;
      await this.invalid(meta, m, records);
    }
    await delay(this.options.graceMs ?? 5);
    for (const p of records) this.checkCompletions(meta, p);
  }

  private async valid(meta: FunctionMeta, input: Input, records: Pending[]): Promise<void> {
    this.count('tried');
    const outcome = await settleOf(this.manager.invoke(meta.cName, callArgs(meta, input)));
    this.count('settled');
    const reached = this.probe.take();
    if (reached.length === 0) {
      const problem = outcome.ok ? undefined : (outcome.error as TimError).problems?.[0];
      this.find({
        check: 'valid-refused', api: meta.cName, path: problem?.path, rule: problem?.rule, input: inputText(input),
        message: `a valid input was refused before the bridge: ${outcome.ok ? 'resolved without a call' : (outcome.error as Error).message}`,
      });
      return;
    }
    this.count('reached');
    const [rec] = reached;
    const expected = expectedBridgeArgs(meta, input);
    if (!sameArgs(rec.args, expected)) {
      this.find({ check: 'byte-exact', api: meta.cName, input: inputText(input), message: `the bridge received (${describeArgs(rec.args)}), not (${describeArgs(expected)})` });
    }
    records.push(this.afterCall(meta, rec, outcome, input));
  }

  private async invalid(meta: FunctionMeta, m: Mutation, records: Pending[]): Promise<void> {
    this.count('tried');
    const outcome = await settleOf(this.manager.invoke(meta.cName, callArgs(meta, m.input)));
    this.count('settled');
    const reached = this.probe.take();
    const where = `${m.path}${m.rule ? ` (rule ${m.rule})` : ''}`;
    if (reached.length > 0) {
      this.count('reached');
      this.find({ check: 'invalid-reached', api: meta.cName, path: m.path, rule: m.rule, input: inputText(m.input), message: `an invalid input (${m.cls} at ${where}) reached the bridge` });
      records.push(this.afterCall(meta, reached[0], outcome, m.input));
      return;
    }
    this.count('refused');
    const error = outcome.ok ? undefined : outcome.error;
    const problems = error instanceof TimError ? error.problems : [];
    const named = problems.some((p) => p.path === m.path && (m.rule === undefined || p.rule === m.rule));
    const codeOk = error instanceof TimError && (error.code === TIM_ERR_PARAM || problems.some((p) => p.sdkCode === error.code));
    if (!named || !codeOk) {
      this.find({
        check: 'refusal', api: meta.cName, path: m.path, rule: m.rule, input: inputText(m.input),
        message: `an invalid input (${m.cls} at ${where}) was refused with ${error instanceof TimError ? `code ${error.code}: ${error.message}` : String(error)}, which does not name that path${m.rule ? ' and rule' : ''} with code -4 or the SDK's code`,
      });
    }
  }

  /**
   * Checks a call right after its Promise settled: what the bridge did, and the answer that settled
   * it. Keeps only what the late check needs (a run holds thousands of these).
   */
  private afterCall(meta: FunctionMeta, rec: CallRecord, outcome: Outcome, input: Input): Pending {
    const text = inputText(input);
    const replay = text.length > 300 ? `${text.slice(0, 300)}…` : text;
    if (rec.threw !== undefined) {
      this.count('threw');
      this.find({ check: 'bridge-threw', api: meta.cName, input: replay, message: `the bridge threw: ${(rec.threw as Error)?.message ?? rec.threw}` });
    }
    if (!outcome.ok && outcome.error instanceof TimError && outcome.error.code === TIMCONV_ERR_TIMEOUT) {
      this.find({ check: 'settle', api: meta.cName, input: replay, message: `no answer within ${this.timeoutMs} ms` });
    }
    const first = rec.completions[0];
    if (!meta.sync && rec.threw === undefined && rec.ret === 0 && first?.code === 0) {
      const validate = meta.resultValidator ? this.validators[meta.resultValidator] : undefined;
      for (const f of checkResult(meta, first.json, this.codec, validate, this.tracker, this.driftReporter)) this.find({ ...f, input: replay });
    }
    rec.args = [];
    for (const c of rec.completions) c.json = '';
    return { rec, input: replay };
  }

  /** Checks a call's completions once late ones had time to arrive. */
  private checkCompletions(meta: FunctionMeta, { rec, input }: Pending): void {
    const n = rec.completions.length;
    const settleFinding = (message: string) => this.find({ check: 'settle', api: meta.cName, message, input });
    if (meta.sync) {
      if (n > 0) settleFinding(`a synchronous function called back ${n} time(s)`);
      return;
    }
    if (rec.threw !== undefined) return;
    if (rec.ret !== 0 && n > 0) settleFinding(`completed ${n} time(s) after returning ${rec.ret}`);
    if (rec.ret === 0 && n > 1) settleFinding(`completed ${n} times`);
    if (rec.completions.some((c) => c.early)) settleFinding('completed before call returned');
  }

  private count(figure: Exclude<keyof ContractFigures, 'findings'>): void {
    this.figures[figure]++;
    this.current[figure]++;
  }

  /** Lists an unknown key or value once per API and path (each API's manager reports anew). */
  private addDrift(report: UnknownData): void {
    const id = `${report.kind}\u0000${report.fn}\u0000${report.path}\u0000${typeof report.value === 'bigint' ? `${report.value}n` : String(report.value)}`;
    if (this.driftSeen.has(id) || this.drift.length >= this.maxFindings) return;
    this.driftSeen.add(id);
    this.drift.push(report);
  }

  private find(f: Finding): void {
    this.figures.findings++;
    this.current.findings++;
    if (this.findings.length < this.maxFindings) this.findings.push(f);
  }
}
