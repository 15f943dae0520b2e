// NodeNativeBridge: the Bridge over the real libImSDK.so, through koffi. Node-only.
//
// - The library is loaded, and TIMInit called, only in an isolated network namespace (isolation.ts).
// - Every function (conversation, setter, session) and callback type is declared from the generated
//   native surface (library.ts).
// - Asynchronous calls share one TIMCommCallback trampoline, user_data carrying a request id
//   (async-calls.ts); each listener setter has its own trampoline while a listener is set
//   (listeners.ts).
// - The SDK calls back on its own threads; koffi runs the trampoline on the JS thread while the SDK
//   thread waits. Trampolines only copy and queue, so user code never runs inside a native frame.
// - TIMUninit runs on a koffi worker thread (uninit()), so the JS thread keeps serving the callbacks
//   the SDK makes while it shuts down instead of deadlocking with them.
import koffi from 'koffi';
import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../../bridge.ts';
import { TIMResult } from '../../generated/types.ts';
import { toNative } from './abi.ts';
import { AsyncCalls, type Invoke } from './async-calls.ts';
import { CallDepth } from './call-depth.ts';
import { COMM_CALLBACK, callbackOf, isSetter, valueParams, type NativeSurface } from '../../native-surface.ts';
import { assertIsolated } from './isolation.ts';
import { declareLibrary, type DeclaredFunction, type DeclaredLibrary } from './library.ts';
import { sessionArgs } from './session-args.ts';
import { Listeners } from './listeners.ts';
import { Trampolines } from './trampolines.ts';

export interface NodeNativeBridgeOptions {
  /** Path of libImSDK.so. */
  libraryPath: string;
  /** The C signatures to declare, normally NATIVE_SURFACE of runtime/generated/native-surface.ts. */
  surface: NativeSurface;
  /** How long a released listener trampoline stays registered (ms); default 2000. */
  listenerGraceMs?: number;
}

export interface InitOptions {
  sdkAppId: number | bigint;
  /** The SdkConfig JSON (log and data folders, ...); '' for the SDK's defaults. */
  configJson?: string;
}

/** What a disposed bridge answers for calls the SDK never settled: TIM_ERR_SDKUNINIT. */
export const DISPOSED_CODE = TIMResult.TIM_ERR_SDKUNINIT;

export interface NodeNativeBridgeStats {
  /** Asynchronous calls the SDK has not answered yet. */
  pending: number;
  /** koffi callback registrations held by this bridge. */
  trampolines: number;
  /** Setters with a listener set. */
  listeners: string[];
  /** Answers whose request id was unknown (late, duplicate or foreign). */
  strays: number;
  /** Answers to calls that had returned non-zero, relayed to the caller all the same. */
  answersAfterFailure: number;
  /** Native callbacks that ran inside a call into the SDK (on the calling thread), and those that
   *  came later, from an SDK thread. */
  callbacksInsideCalls: number;
  callbacksOutsideCalls: number;
}

const noop: CommCallback = () => {};

export class NodeNativeBridge implements Bridge {
  private readonly lib: DeclaredLibrary;
  private readonly trampolines: Trampolines;
  private readonly depth = new CallDepth();
  private readonly calls: AsyncCalls;
  private readonly listeners: Listeners;
  private initialized = false;
  private uninitializing: Promise<number> | null = null;
  private disposed = false;

  constructor(options: NodeNativeBridgeOptions) {
    assertIsolated(`load ${options.libraryPath}`);
    this.lib = declareLibrary(koffi.load(options.libraryPath), options.surface);
    this.trampolines = new Trampolines(options.listenerGraceMs ?? 2000);
    this.calls = new AsyncCalls(this.lib, this.trampolines, this.depth);
    this.listeners = new Listeners(this.lib, this.trampolines, this.depth);
  }

  // ---- session functions for the Node user ----

  /** TIMInit; returns its TIMResult. Refused outside an isolated network namespace. */
  init(options: InitOptions): number {
    this.assertOpen();
    assertIsolated('call TIMInit');
    if (this.initialized) throw new Error('NodeNativeBridge: TIMInit was already called');
    const f = this.session('TIMInit');
    const args = sessionArgs(f.decl, { sdk_app_id: options.sdkAppId, json_sdk_config: options.configJson ?? '' });
    const code = this.depth.run(() => f.fn(...args) as number);
    if (code === 0) this.initialized = true;
    return code;
  }

  /** TIMLogin; resolves with the callback's code, or with the synchronous TIMResult if that is not 0. */
  login(userId: string, userSig: string): Promise<number> {
    const f = this.session('TIMLogin');
    const [id, sig] = sessionArgs(f.decl, { user_id: userId, user_sig: userSig });
    return this.sessionCall('TIMLogin', (cb, req) => f.fn(id, sig, cb, req));
  }

  /** TIMLogout; resolves like login. */
  logout(): Promise<number> {
    return this.sessionCall('TIMLogout', (cb, req) => this.session('TIMLogout').fn(cb, req));
  }

  /** TIMGetLoginStatus: 1 logged in, 2 logging in, 3 logged out, 4 logging out. */
  loginStatus(): number {
    this.assertOpen();
    return this.depth.run(() => this.session('TIMGetLoginStatus').fn() as number);
  }

  /** TIMUninit on a worker thread; resolves with its TIMResult. Concurrent calls share one run. */
  uninit(): Promise<number> {
    this.assertOpen();
    this.uninitializing ??= new Promise<number>((resolve, reject) => {
      this.session('TIMUninit').fn.async((err: unknown, code: number) => {
        this.uninitializing = null;
        if (err) { reject(err); return; }
        if (code === 0) this.initialized = false;
        resolve(code);
      });
    });
    return this.uninitializing;
  }

  /** Clears the listeners, uninitializes the SDK if needed, then disposes. */
  async close(): Promise<void> {
    if (this.disposed) return;
    this.listeners.clearAll();
    if (this.initialized) await this.uninit();
    this.dispose();
  }

  // ---- Bridge ----

  call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number {
    this.assertOpen();
    const f = this.lib.functions.get(fn);
    if (!f) throw new TypeError(`NodeNativeBridge: unknown function ${fn}`);
    if (isSetter(f.decl)) throw new TypeError(`NodeNativeBridge: ${fn} is a listener setter; use setListener`);
    const params = valueParams(f.decl);
    if (args.length !== params.length) throw new TypeError(`${fn} takes ${params.length} argument(s), got ${args.length}`);
    const values = params.map((p, i) => toNative(fn, p, args[i]));
    if (callbackOf(f.decl) !== COMM_CALLBACK) return this.depth.run(() => f.fn(...values) as number);
    return this.calls.start(fn, done ?? noop, (cb, req) => {
      let i = 0;
      return f.fn(...f.decl.params.map((p) => (p.kind === 'callback' ? cb : p.kind === 'user_data' ? req : values[i++])));
    });
  }

  setListener(setter: string, listener: ListenerCallback | null): void {
    this.assertOpen();
    this.listeners.set(setter, listener);
  }

  /**
   * Clears the listeners and settles calls the SDK never answered with DISPOSED_CODE. The shared
   * TIMCommCallback trampoline is released only when the SDK is uninitialized (otherwise it could
   * still call it); use close() to uninitialize first.
   */
  dispose(): void {
    if (this.disposed) return;
    this.listeners.clearAll();
    this.disposed = true;
    this.calls.abandon(DISPOSED_CODE);
    if (!this.initialized) {
      this.trampolines.releaseAll();
      this.calls.released();
    }
  }

  get stats(): NodeNativeBridgeStats {
    return {
      pending: this.calls.pending, trampolines: this.trampolines.count, listeners: this.listeners.active, strays: this.calls.strays,
      answersAfterFailure: this.calls.answersAfterFailure,
      callbacksInsideCalls: this.depth.inside, callbacksOutsideCalls: this.depth.outside,
    };
  }

  private assertOpen(): void {
    if (this.disposed) throw new Error('NodeNativeBridge is disposed');
  }

  /** A session function of the surface, as declared with koffi. */
  private session(name: string): DeclaredFunction {
    const f = this.lib.session.get(name);
    if (!f) throw new Error(`native surface: no session function ${name}`);
    return f;
  }

  private sessionCall(name: string, invoke: Invoke): Promise<number> {
    this.assertOpen();
    return new Promise((resolve) => {
      const code = this.calls.start(name, (c) => resolve(c), invoke);
      if (code !== 0) resolve(code);
    });
  }
}
