// A bridge for benches that answers every call on the next microtask with the same JSON and does
// no work of its own, so a bench times the runtime alone.
import type { Bridge, CommCallback } from '../../../runtime/bridge.ts';

export class CannedBridge implements Bridge {
  constructor(private readonly json: string) {}
  call(_fn: string, _args: unknown, done?: CommCallback): number {
    if (done) Promise.resolve().then(() => done(0, '', this.json));
    return 0;
  }
  setListener(): void {}
}
