// A Bridge that passes everything to another one and records it: which native listeners are set,
// and every call by name, so tests can check what the store registered and left behind.
import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../../../runtime/bridge.ts';

export class RecordingBridge implements Bridge {
  readonly calls: { fn: string; args: readonly BridgeArg[] }[] = [];
  readonly set = new Map<string, ListenerCallback>();

  constructor(private readonly inner: Bridge) {}

  call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number {
    this.calls.push({ fn, args });
    return this.inner.call(fn, args, done);
  }

  setListener(setter: string, listener: ListenerCallback | null): void {
    if (listener) this.set.set(setter, listener);
    else this.set.delete(setter);
    this.inner.setListener(setter, listener);
  }

  count(fn: string): number {
    return this.calls.filter((c) => c.fn === fn).length;
  }

  /** The JSON filters subscribed and not unsubscribed since, as the SDK received them. */
  subscribed(): string[] {
    const live = new Set<string>();
    for (const c of this.calls) {
      if (c.fn === 'TIMConvSubscribeUnreadMessageCountByFilter') live.add(String(c.args[0]));
      if (c.fn === 'TIMConvUnsubscribeUnreadMessageCountByFilter') live.delete(String(c.args[0]));
    }
    return [...live];
  }
}
