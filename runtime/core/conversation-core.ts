// The engine under the generated ConversationManager: runs any TIMConv function or listener from
// its row in the API table. Per call: validate the arguments (refuse before the bridge sees them),
// serialize, call the bridge, then settle the Promise exactly once from the completion (parse with
// exact 64-bit integers, validate the result), a failing synchronous return, the timeout, or
// dispose, whichever comes first.
import type { ApiTable, FunctionMeta, ListenerMeta } from '../api-meta.ts';
import type { Bridge, BridgeArg } from '../bridge.ts';
import {
  asCode, describeCode, TimError, TIM_ERR_PARAM, TIMCONV_ERR_BRIDGE, TIMCONV_ERR_DISPOSED, TIMCONV_ERR_TIMEOUT,
} from '../errors.ts';
import { createJson64, type Json64Codec } from '../json64.ts';
import { ExactConversion } from '../json64/fast-parse.ts';
import { DEFAULT_TABLE, DEFAULT_VALIDATORS } from './defaults.ts';
import { EventHub, type Listener } from './events.ts';
import { bridgeArgs, checkInput } from './input.ts';
import { globalTimers, reportToConsole, type CoreOptions, type ErrorHook, type Timers } from './options.ts';
import { decodeCompletion, decodeEvent, type OutputCheck } from './output.ts';
import { PendingCalls, type PendingCall } from './pending.ts';
import { preview } from './problems.ts';
import { Copier } from './snapshot.ts';
import { UnknownDataReporter, warnToConsole } from './unknown-data.ts';
import type { Validator, ValidatorSet } from './validator.ts';

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function disposedError(fn: string): TimError {
  return new TimError(TIMCONV_ERR_DISPOSED, describeCode(TIMCONV_ERR_DISPOSED)!, { fn });
}

/** A non-zero TIMResult returned by the bridge, or a return value that is no code at all. */
function resultError(fn: string, ret: unknown): TimError {
  const code = asCode(ret);
  if (code === undefined) return new TimError(TIMCONV_ERR_BRIDGE, `the bridge returned ${preview(ret)} instead of a TIMResult`, { fn });
  return new TimError(code, describeCode(code) ?? `returned ${code}`, { fn });
}

/** Every validator the table names must exist: a mismatch is a build problem, caught at once. */
function checkValidators(table: ApiTable, validators: ValidatorSet): void {
  const names = [
    ...Object.values(table.functions).flatMap((f) => [f.inputValidator, f.resultValidator]),
    ...Object.values(table.listeners).map((l) => l.validator),
  ].filter((n): n is string => n !== undefined);
  const missing = names.filter((n) => typeof validators[n] !== 'function');
  if (missing.length) throw new TypeError(`timconv: validators missing for the API table: ${missing.join(', ')}`);
}

export class ConversationCore {
  protected readonly table: ApiTable;
  private readonly bridge: Bridge;
  private readonly validators: ValidatorSet;
  private readonly codec: Json64Codec;
  private readonly conversion: ExactConversion;
  private readonly outputs = new Map<string, OutputCheck>();
  private readonly copier = new Copier();
  private readonly onTimeout = (c: PendingCall) => {
    c.settle('timed-out', { error: new TimError(TIMCONV_ERR_TIMEOUT, `no answer within ${this.timeoutMs} ms`, { fn: c.fn }) });
  };
  private readonly strict: boolean;
  private readonly timeoutMs: number | undefined;
  private readonly timers: Timers | undefined;
  private readonly report: ErrorHook;
  private readonly unknownData: UnknownDataReporter;
  private readonly pending: PendingCalls;
  private readonly events: EventHub;
  private isDisposed = false;

  constructor(bridge: Bridge, options: CoreOptions = {}) {
    this.bridge = bridge;
    this.table = options.table ?? DEFAULT_TABLE;
    // A bridge that converts arguments by kind takes the kinds from the table this core runs from.
    bridge.bind?.(this.table);
    this.validators = options.validators ?? DEFAULT_VALIDATORS;
    checkValidators(this.table, this.validators);
    this.codec = createJson64(this.table.exactInt64Keys);
    this.conversion = new ExactConversion(this.codec.exactKeys);
    this.strict = (options.outputValidation ?? 'strict') === 'strict';
    const { timeoutMs } = options;
    if (timeoutMs !== undefined && !(timeoutMs > 0 && Number.isFinite(timeoutMs))) {
      throw new TypeError(`timconv: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
    }
    this.timeoutMs = timeoutMs;
    this.timers = options.timers ?? globalTimers();
    if (timeoutMs !== undefined && !this.timers) throw new TypeError('timconv: timeoutMs needs timers, and this engine has no setTimeout; pass options.timers');
    const hook = options.onError ?? reportToConsole;
    // The hook runs on whatever thread called back; it must not throw into it either.
    this.report = (error, context) => {
      try { hook(error, context); } catch { /* nothing left to tell */ }
    };
    this.unknownData = new UnknownDataReporter(options.onUnknownData ?? warnToConsole, this.table.sdk);
    this.pending = new PendingCalls(this.timers);
    this.events = new EventHub(bridge, this.table.listeners, (meta, args) => this.decodeEventArgs(meta, args), this.report);
  }

  /** True after dispose(). */
  get disposed(): boolean {
    return this.isDisposed;
  }

  /** Calls in flight. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Runs an asynchronous TIMConv function with its arguments in C order (as the generated method
   * lists them) and resolves with its validated result. Never throws: every failure rejects with a
   * TimError. A synchronous function resolves with undefined when its return code is 0.
   */
  invoke<T = unknown>(cName: string, args: readonly unknown[]): Promise<T> {
    try {
      const meta = this.functionMeta(cName);
      if (meta.sync) {
        this.invokeSync(cName, args);
        return Promise.resolve(undefined as T);
      }
      const cArgs = this.prepare(meta, args);
      return this.start(meta, cArgs) as Promise<T>;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Runs a synchronous TIMConv function; throws a TimError when the arguments or the SDK refuse. */
  invokeSync(cName: string, args: readonly unknown[]): void {
    const meta = this.functionMeta(cName);
    if (!meta.sync) throw new TimError(TIM_ERR_PARAM, 'is asynchronous; call it through invoke()', { fn: cName });
    const cArgs = this.prepare(meta, args);
    let ret: unknown;
    try {
      ret = this.bridge.call(cName, cArgs);
    } catch (err) {
      throw new TimError(TIMCONV_ERR_BRIDGE, `the bridge threw: ${reason(err)}`, { fn: cName, cause: err });
    }
    if (asCode(ret) !== 0) throw resultError(cName, ret);
  }

  /** Adds a listener to an event of the table (e.g. "convEvent"); returns its remover. */
  subscribe(event: string, listener: Listener): () => void {
    if (this.isDisposed) throw disposedError(event);
    const meta = this.table.listeners[event];
    if (!meta) throw new TimError(TIM_ERR_PARAM, `unknown event "${event}"`);
    if (typeof listener !== 'function') throw new TimError(TIM_ERR_PARAM, 'listener must be a function', { fn: meta.setter });
    try {
      return this.events.add(event, meta, listener);
    } catch (err) {
      throw new TimError(TIMCONV_ERR_BRIDGE, `the bridge could not set the listener: ${reason(err)}`, { fn: meta.setter, cause: err });
    }
  }

  /**
   * Sets every native listener that has listeners again. The SDK keeps one listener per setter for
   * the whole process, so another registration (or an SDK restart) can displace ours; this puts
   * them back, for instance after logging in again.
   */
  relisten(): void {
    if (this.isDisposed) throw disposedError('relisten');
    try {
      this.events.rebind();
    } catch (err) {
      throw new TimError(TIMCONV_ERR_BRIDGE, `the bridge could not set a listener: ${reason(err)}`, { cause: err });
    }
  }

  /**
   * The TimError a call with these arguments would be refused with before reaching the bridge, or
   * undefined when they would pass. Nothing is called. Lets a caller that splits one request into
   * several calls refuse the whole request before any part of it reaches the SDK.
   */
  checkArguments(cName: string, args: readonly unknown[]): TimError | undefined {
    try {
      this.prepare(this.functionMeta(cName), args);
      return undefined;
    } catch (err) {
      return err instanceof TimError ? err : new TimError(TIM_ERR_PARAM, reason(err), { fn: cName, cause: err });
    }
  }

  /** Listeners currently added to an event. */
  listenerCount(event: string): number {
    return this.events.count(event);
  }

  /**
   * Rejects every pending call with TIMCONV_ERR_DISPOSED, clears every native listener and refuses
   * further use. The bridge itself belongs to the caller and is left open. Calling it again does nothing.
   */
  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.pending.failAll('disposed', (call) => disposedError(call.fn));
    this.events.clear();
  }

  private functionMeta(cName: string): FunctionMeta {
    if (this.isDisposed) throw disposedError(cName);
    const meta = this.table.functions[cName];
    if (!meta) throw new TimError(TIM_ERR_PARAM, 'not a function of the API table', { fn: cName });
    return meta;
  }

  /** C arguments serialized from the one validated copy of the arguments; throws the input's TimError. */
  private prepare(meta: FunctionMeta, args: readonly unknown[]): BridgeArg[] {
    const checked = checkInput(meta, args, this.validators[meta.inputValidator], this.copier);
    if (checked instanceof TimError) throw checked;
    try {
      return bridgeArgs(meta, checked, this.codec);
    } catch (err) {
      throw new TimError(TIM_ERR_PARAM, `arguments cannot be serialized: ${reason(err)}`, { fn: meta.cName, cause: err });
    }
  }

  private start(meta: FunctionMeta, cArgs: BridgeArg[]): Promise<unknown> {
    const { call, promise } = this.pending.open(meta.cName, this.timeoutMs, this.onTimeout);
    const output = this.output(meta.resultValidator);
    let ret: unknown;
    try {
      ret = this.bridge.call(meta.cName, cArgs, (code: number, desc: string, json: string) => this.complete(call, meta, output, code, desc, json));
    } catch (err) {
      call.settle('failed-sync', { error: new TimError(TIMCONV_ERR_BRIDGE, `the bridge threw: ${reason(err)}`, { fn: meta.cName, cause: err }) });
      return promise;
    }
    if (asCode(ret) !== 0 && !call.settle('failed-sync', { error: resultError(meta.cName, ret) })) {
      // The bridge completed the call and then returned a failure: its contract allows only one.
      if (call.state === 'completed') this.report(new TimError(TIMCONV_ERR_BRIDGE, `completed the call, then returned ${preview(ret)}`, { fn: meta.cName }), { kind: 'unexpected-completion', fn: meta.cName });
    }
    return promise;
  }

  private complete(call: PendingCall, meta: FunctionMeta, output: OutputCheck, code: unknown, desc: unknown, json: unknown): void {
    switch (call.state) {
      case 'waiting': break;
      case 'completed':
        this.report(new TimError(TIMCONV_ERR_BRIDGE, 'completion called more than once; ignored', { fn: meta.cName }), { kind: 'duplicate-completion', fn: meta.cName });
        return;
      case 'failed-sync':
        this.report(new TimError(TIMCONV_ERR_BRIDGE, 'completion after a failing synchronous return; ignored', { fn: meta.cName }), { kind: 'unexpected-completion', fn: meta.cName });
        return;
      default: return; // timed out or disposed: a late answer nobody waits for
    }
    let outcome: { value: unknown } | { error: unknown };
    try {
      const c = asCode(code);
      const broken = c === undefined ? `completed with code ${preview(code)}, which is not a number`
        : json != null && typeof json !== 'string' ? `completed with a payload that is not text (${preview(json)})` : undefined;
      const decoded = broken !== undefined
        ? { ok: false as const, error: new TimError(TIMCONV_ERR_BRIDGE, broken, { fn: meta.cName }) }
        : decodeCompletion(meta, c!, typeof desc === 'string' ? desc : '', (json as string | undefined) ?? '', this.codec, output);
      outcome = decoded.ok ? { value: decoded.value } : { error: decoded.error };
    } catch (err) {
      // Decoding guards every step; this only keeps a surprise off the bridge's thread.
      outcome = { error: new TimError(TIMCONV_ERR_BRIDGE, `answer could not be read: ${reason(err)}`, { fn: meta.cName, cause: err }) };
    }
    call.settle('completed', outcome);
  }

  private decodeEventArgs(meta: ListenerMeta, args: readonly BridgeArg[]) {
    return decodeEvent(meta, args, this.codec, this.output(meta.validator));
  }

  /** The output check of a result or listener validator (none when output validation is off),
   *  made once per validator. */
  private output(validator: string | undefined): OutputCheck {
    const name = validator && this.strict ? validator : '';
    let check = this.outputs.get(name);
    if (!check) {
      const validate = name ? this.validators[name] : undefined;
      check = { validate, reporter: this.unknownData, conversion: validate && this.convertsLikeCodec(validate) ? this.conversion : undefined };
      this.outputs.set(name, check);
    }
    return check;
  }

  /** Whether a validator converts exactly the keys the codec does, so it can decode in one pass. */
  private convertsLikeCodec(validate: Validator): boolean {
    const keys = validate.exactKeys;
    const exact = this.codec.exactKeys;
    return Array.isArray(keys) && keys.length === exact.size && keys.every((k) => exact.has(k));
  }
}
