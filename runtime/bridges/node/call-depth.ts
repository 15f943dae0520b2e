// Tells callbacks that run inside a call into the SDK (made synchronously on the calling thread)
// from those that come later (made on an SDK thread and relayed by koffi to the JS thread: the
// SDK only has the JS thread while one of our calls into it runs).
export class CallDepth {
  private depth = 0;
  inside = 0;
  outside = 0;

  /** Runs a call into the SDK. */
  run<T>(call: () => T): T {
    this.depth++;
    try {
      return call();
    } finally {
      this.depth--;
    }
  }

  /** Counts one native callback. */
  note(): void {
    if (this.depth > 0) this.inside++;
    else this.outside++;
  }
}
