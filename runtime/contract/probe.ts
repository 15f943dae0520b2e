// A Bridge in front of the bridge under test that records what reaches it and what it answers:
// the C-level arguments of every call, its return code, whether it threw, and every completion with
// the moment it came (before or after `call` returned). Listener arguments are recorded too.
import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../bridge.ts';

export interface Completion {
  code: number;
  desc: string;
  json: string;
  /** Delivered before `call` returned, which the Bridge contract forbids. */
  early: boolean;
}

export interface CallRecord {
  fn: string;
  args: BridgeArg[];
  ret?: number;
  threw?: unknown;
  completions: Completion[];
}

export class ProbeBridge implements Bridge {
  private records: CallRecord[] = [];

  constructor(readonly inner: Bridge) {}

  call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number {
    const rec: CallRecord = { fn, args: [...args], completions: [] };
    this.records.push(rec);
    let returned = false;
    const probe: CommCallback | undefined = done && ((code, desc, json) => {
      rec.completions.push({ code, desc, json, early: !returned });
      done(code, desc, json);
    });
    try {
      rec.ret = this.inner.call(fn, args, probe);
      return rec.ret;
    } catch (err) {
      rec.threw = err;
      throw err;
    } finally {
      returned = true;
    }
  }

  setListener(setter: string, listener: ListenerCallback | null): void {
    this.inner.setListener(setter, listener);
  }

  dispose(): void {
    this.inner.dispose?.();
  }

  /** The calls recorded since the last take(); a record keeps collecting late completions. */
  take(): CallRecord[] {
    const out = this.records;
    this.records = [];
    return out;
  }
}
