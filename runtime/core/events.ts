// Listeners per event over the bridge's one native listener per setter: the native listener is
// set when an event gets its first listener and cleared when its last one leaves. Native calls
// never see an exception: bad payloads and throwing listeners go to the error hook.
import type { Bridge, BridgeArg } from '../bridge.ts';
import type { ListenerMeta } from '../api-meta.ts';
import type { Decoded } from './output.ts';
import type { ErrorHook } from './options.ts';

export type Listener = (...args: unknown[]) => void;

interface Entry {
  /** Copy-on-write: a dispatch runs over the array it started with. */
  listeners: readonly { fn: Listener }[];
  /** Set by clear() (dispose): a dispatch under way stops before its next listener. */
  closed?: boolean;
  /** The function handed to the bridge for this event. */
  native: (...args: BridgeArg[]) => void;
}

export class EventHub {
  private readonly active = new Map<string, Entry>();

  constructor(
    private readonly bridge: Bridge,
    private readonly listenerMeta: Readonly<Record<string, ListenerMeta>>,
    private readonly decode: (meta: ListenerMeta, args: readonly BridgeArg[]) => Decoded<unknown[]>,
    private readonly report: ErrorHook,
  ) {}

  /** Adds a listener; the returned function removes it (calling it again does nothing). */
  add(event: string, meta: ListenerMeta, fn: Listener): () => void {
    const handle = { fn };
    let entry = this.active.get(event);
    if (!entry) {
      const fresh: Entry = { listeners: [], native: (...args: BridgeArg[]) => this.dispatch(event, fresh, meta, args) };
      // Set first: if the bridge refuses, nothing is registered and the caller sees its error.
      this.bridge.setListener(meta.setter, fresh.native);
      this.active.set(event, fresh);
      entry = fresh;
    }
    entry.listeners = [...entry.listeners, handle];
    const owner = entry;
    return () => this.remove(event, meta, owner, handle);
  }

  private remove(event: string, meta: ListenerMeta, entry: Entry, handle: { fn: Listener }): void {
    if (this.active.get(event) !== entry || !entry.listeners.includes(handle)) return;
    entry.listeners = entry.listeners.filter((h) => h !== handle);
    if (entry.listeners.length === 0) {
      this.active.delete(event);
      this.clearNative(event, meta.setter);
    }
  }

  private clearNative(event: string, setter: string): void {
    try {
      this.bridge.setListener(setter, null);
    } catch (err) {
      this.report(err, { kind: 'listener-clear-failed', event, fn: setter });
    }
  }

  private dispatch(event: string, entry: Entry, meta: ListenerMeta, args: BridgeArg[]): void {
    // A native listener that outlived its registration (late call after clear or dispose).
    if (this.active.get(event) !== entry) return;
    const decoded = this.decode(meta, args);
    if (!decoded.ok) {
      this.report(decoded.error, { kind: 'invalid-event', event, fn: meta.callback });
      return;
    }
    for (const { fn } of entry.listeners) {
      if (entry.closed) return;
      try {
        fn(...decoded.value);
      } catch (err) {
        this.report(err, { kind: 'listener-threw', event, fn: meta.callback });
      }
    }
  }

  /** Drops every listener and clears every native listener that is set. */
  clear(): void {
    const events = [...this.active.keys()];
    for (const entry of this.active.values()) entry.closed = true;
    this.active.clear();
    for (const event of events) this.clearNative(event, this.listenerMeta[event].setter);
  }

  /**
   * Hands every native listener that is set to the bridge again; the listeners stay as they are.
   * One the bridge refuses does not stop the others: the first refusal is thrown after all were tried.
   */
  rebind(): void {
    let failure: { error: unknown } | undefined;
    for (const [event, entry] of this.active) {
      try {
        this.bridge.setListener(this.listenerMeta[event].setter, entry.native);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }

  /** Listener count of an event (0 when its native listener is not set). */
  count(event: string): number {
    return this.active.get(event)?.listeners.length ?? 0;
  }
}
