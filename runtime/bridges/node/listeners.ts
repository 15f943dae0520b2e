// The process-wide listeners of the TIMSetConv*Callback setters: one trampoline per setter while a
// listener is set. Replacing a listener swaps the JS function only; clearing tells the SDK (setter
// with NULL) and retires the trampoline (released after a grace period, see trampolines.ts). Events
// are copied in the trampoline and delivered with setImmediate, to the listener set at that time.
import type { ListenerCallback } from '../../bridge.ts';
import { fromNative } from './abi.ts';
import type { CallDepth } from './call-depth.ts';
import { callbackOf, isSetter } from '../../native-surface.ts';
import type { DeclaredLibrary } from './library.ts';
import type { Trampolines } from './trampolines.ts';

interface Slot {
  ptr: bigint;
  listener: ListenerCallback | null;
}

export class Listeners {
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly lib: DeclaredLibrary, private readonly trampolines: Trampolines, private readonly depth: CallDepth) {}

  set(setter: string, listener: ListenerCallback | null): void {
    const f = this.lib.functions.get(setter);
    if (!f || !isSetter(f.decl)) throw new TypeError(`NodeNativeBridge: unknown listener setter ${setter}`);
    const slot = this.slots.get(setter);
    if (listener) {
      if (slot) { slot.listener = listener; return; }
      const { decl, proto } = this.lib.callbacks.get(callbackOf(f.decl)!)!;
      const fresh: Slot = { ptr: 0n, listener };
      fresh.ptr = this.trampolines.register((...raw: unknown[]) => {
        this.depth.note();
        const args = decl.params.flatMap((p, i) => (p.kind === 'user_data' ? [] : [fromNative(p, raw[i])]));
        setImmediate(() => fresh.listener?.(...args));
      }, proto);
      this.slots.set(setter, fresh);
      this.depth.run(() => f.fn(fresh.ptr, 0));
      return;
    }
    if (!slot) return;
    this.depth.run(() => f.fn(null, 0));
    slot.listener = null;
    this.slots.delete(setter);
    this.trampolines.retire(slot.ptr);
  }

  clearAll(): void {
    for (const setter of [...this.slots.keys()]) this.set(setter, null);
  }

  /** Setters with a listener set. */
  get active(): string[] {
    return [...this.slots.keys()];
  }
}
