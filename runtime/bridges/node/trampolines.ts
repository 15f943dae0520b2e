// Registered koffi callbacks (native function pointers that call back into JS). koffi has a fixed
// number of slots, so every registration is released again. A pointer the SDK was just told to
// forget is released only after a grace period: an SDK thread may have read it just before the
// setter ran and call it a moment later.
import koffi from 'koffi';

type KoffiType = ReturnType<typeof koffi.type>;

export class Trampolines {
  private readonly live = new Set<bigint>();
  private readonly retiring = new Map<bigint, ReturnType<typeof setTimeout>>();

  constructor(private readonly graceMs: number) {}

  register(fn: (...args: any[]) => void, proto: KoffiType): bigint {
    const ptr = koffi.register(fn, koffi.pointer(proto));
    this.live.add(ptr);
    return ptr;
  }

  /** Releases a pointer the SDK no longer holds, after the grace period. */
  retire(ptr: bigint): void {
    if (!this.live.delete(ptr)) return;
    if (this.graceMs <= 0) { koffi.unregister(ptr); return; }
    const timer = setTimeout(() => {
      this.retiring.delete(ptr);
      koffi.unregister(ptr);
    }, this.graceMs);
    timer.unref();
    this.retiring.set(ptr, timer);
  }

  /** Releases everything now; only safe once the SDK cannot call any of them (after TIMUninit). */
  releaseAll(): void {
    for (const [ptr, timer] of this.retiring) { clearTimeout(timer); koffi.unregister(ptr); }
    this.retiring.clear();
    for (const ptr of this.live) koffi.unregister(ptr);
    this.live.clear();
  }

  /** Registrations not yet released (live plus retiring). */
  get count(): number {
    return this.live.size + this.retiring.size;
  }
}
