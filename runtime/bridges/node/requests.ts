// Pending asynchronous calls by request id. The id travels through the SDK as user_data and comes
// back in TIMCommCallback; it is a small positive integer, never a pointer to JS memory.

const MAX_ID = 0x7fffffff;

export class RequestTable<T> {
  private readonly pending = new Map<number, T>();
  private next = 1;

  /** Stores an entry under a fresh id (ids wrap around and skip those still pending). */
  add(entry: T): number {
    if (this.pending.size >= MAX_ID) throw new Error('too many pending requests');
    while (this.pending.has(this.next)) this.next = this.next >= MAX_ID ? 1 : this.next + 1;
    const id = this.next;
    this.next = id >= MAX_ID ? 1 : id + 1;
    this.pending.set(id, entry);
    return id;
  }

  get(id: number): T | undefined {
    return this.pending.get(id);
  }

  /** Removes and returns the entry; undefined for an unknown or already settled id. */
  take(id: number): T | undefined {
    const entry = this.pending.get(id);
    if (entry !== undefined) this.pending.delete(id);
    return entry;
  }

  /** Removes and returns every entry. */
  drain(): T[] {
    const all = [...this.pending.values()];
    this.pending.clear();
    return all;
  }

  get size(): number {
    return this.pending.size;
  }
}
