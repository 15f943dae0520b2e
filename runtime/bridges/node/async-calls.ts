// Asynchronous calls: one TIMCommCallback trampoline shared by all of them, user_data carrying a
// request id (requests.ts). The trampoline only copies the answer and queues its delivery
// (setImmediate), so the SDK thread that waits for it is released before user code runs. An answer
// that arrives before the call returned (made on the calling thread) is held until it has.
import type { CommCallback } from '../../bridge.ts';
import { fromNative } from './abi.ts';
import type { CallDepth } from './call-depth.ts';
import { COMM_CALLBACK } from '../../native-surface.ts';
import type { DeclaredLibrary } from './library.ts';
import { RequestTable } from './requests.ts';
import type { Trampolines } from './trampolines.ts';

interface Pending {
  fn: string;
  done: CommCallback;
  /** The native call has returned 0; the answer may be delivered. */
  returned: boolean;
  /** An answer that arrived while the native call was still running. */
  early?: [number, string, string];
}

/** Calls the native function with the TIMCommCallback pointer and the request id as user_data. */
export type Invoke = (cb: bigint, requestId: number) => unknown;

export class AsyncCalls {
  private readonly requests = new RequestTable<Pending>();
  private ptr: bigint | null = null;
  /** Answers whose request id was unknown (late, duplicate or foreign). */
  strays = 0;
  /** Answers the SDK made to a call that returned non-zero (relayed to the caller). */
  answersAfterFailure = 0;

  constructor(private readonly lib: DeclaredLibrary, private readonly trampolines: Trampolines, private readonly depth: CallDepth) {}

  /** Runs one asynchronous call; returns its TIMResult. `done` gets the SDK's answer after the call
   *  returned (after a non-zero return only if the SDK answered anyway, inside the call). */
  start(fn: string, done: CommCallback, invoke: Invoke): number {
    const cb = this.trampoline();
    const entry: Pending = { fn, done, returned: false };
    const id = this.requests.add(entry);
    let code: number;
    try {
      code = this.depth.run(() => invoke(cb, id) as number);
    } catch (err) {
      this.requests.take(id);
      throw err;
    }
    if (code !== 0) {
      this.requests.take(id);
      // The SDK documents no callback after a non-zero return, yet some calls make one inside the
      // call (a page of count 0 returns -3 and answers). It is relayed after the return, like any
      // early answer, so the caller sees what the SDK did (the runtime core reports it).
      if (entry.early) {
        this.answersAfterFailure++;
        const [c, d, j] = entry.early;
        setImmediate(() => done(c, d, j));
      }
      return code;
    }
    entry.returned = true;
    if (entry.early) {
      this.requests.take(id);
      const [c, d, j] = entry.early;
      setImmediate(() => done(c, d, j));
    }
    return code;
  }

  /** Settles every pending call with `code`; for a bridge that is going away. */
  abandon(code: number): void {
    for (const p of this.requests.drain()) setImmediate(() => p.done(code, `bridge disposed before the SDK answered ${p.fn}`, ''));
  }

  /** Forgets the trampoline pointer (the caller has released the registrations). */
  released(): void {
    this.ptr = null;
  }

  get pending(): number {
    return this.requests.size;
  }

  private trampoline(): bigint {
    if (this.ptr !== null) return this.ptr;
    const { decl, proto } = this.lib.callbacks.get(COMM_CALLBACK)!;
    this.ptr = this.trampolines.register((...raw: unknown[]) => {
      this.depth.note();
      const [code, desc, json, id] = decl.params.map((p, i) => fromNative(p, raw[i])) as [number, string, string, number];
      const entry = this.requests.get(id);
      if (!entry) { this.strays++; return; }
      if (!entry.returned) { entry.early = [code, desc, json]; return; }
      this.requests.take(id);
      setImmediate(() => entry.done(code, desc, json));
    }, proto);
    return this.ptr;
  }
}
