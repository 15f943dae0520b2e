// Delivery of everything the simulator reports: completion callbacks and listener calls go
// through one FIFO queue drained from a promise job, so nothing is ever delivered before the call
// that caused it has returned, and delivery order is the order things happened. Only
// `Promise.resolve().then` is used: it exists in every engine Puerts runs (V8, QuickJS, Node).
import type { BridgeArg, ListenerCallback } from '../bridge.ts';
import { LISTENER_SETTERS } from '../generated/sdk-constants.ts';

export type Setter = (typeof LISTENER_SETTERS)[keyof typeof LISTENER_SETTERS];

const ALL_SETTERS = new Set<string>(Object.values(LISTENER_SETTERS));

export function isSetter(name: string): name is Setter {
  return ALL_SETTERS.has(name);
}

export class DeliveryQueue {
  private queue: (() => void)[] = [];
  private scheduled = false;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;

  /** `onError` receives what a callback threw; by default it is rethrown from a rejected promise. */
  constructor(private readonly onError: (error: unknown) => void = rethrowLater) {}

  enqueue(job: () => void): void {
    if (this.disposed) return;
    this.queue.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      Promise.resolve().then(() => this.drain());
    }
  }

  /** Resolves once everything queued so far, and everything it queues in turn, was delivered. */
  settle(): Promise<void> {
    if (!this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    this.queue = [];
  }

  private drain(): void {
    // Jobs queued while draining (a callback calling the bridge again) run in the same pass.
    for (let i = 0; i < this.queue.length; i++) {
      try {
        this.queue[i]();
      } catch (e) {
        this.onError(e);
      }
    }
    this.queue = [];
    this.scheduled = false;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}

function rethrowLater(error: unknown): void {
  Promise.reject(error);
}

/** The eight native listeners. A listener set when an event is delivered receives it. */
export class ListenerTable {
  private readonly listeners = new Map<Setter, ListenerCallback>();

  constructor(private readonly queue: DeliveryQueue) {}

  set(setter: Setter, listener: ListenerCallback | null): void {
    if (listener) this.listeners.set(setter, listener);
    else this.listeners.delete(setter);
  }

  clear(): void {
    this.listeners.clear();
  }

  /**
   * Queues a listener call. `args` is only evaluated when a listener is set now, so events nobody
   * listens to cost nothing; the payload is fixed now, while the listener is looked up on delivery.
   */
  emit(setter: Setter, args: () => BridgeArg[]): void {
    if (!this.listeners.has(setter)) return;
    const values = args();
    this.queue.enqueue(() => this.listeners.get(setter)?.(...values));
  }
}
