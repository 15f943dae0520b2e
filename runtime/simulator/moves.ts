// Where conversations were before they moved. A paging pass lists each conversation at the place it
// had when the pass opened; when one moves later (new message, pin), the key it leaves is kept as a
// move entry, valid for the passes opened while the record had it (versions `from` ..< `until`).
// Entries sit in the `moved` index beside every live index their record belongs to now, so a page
// merges the two and reads each conversation exactly once. The log holds entries oldest first, so
// the ones no open pass can need any more are dropped from the front.
import type { ConvRecord } from './conversation.ts';
import type { Indexed, OrderKey } from './order-key.ts';

export interface MoveEntry extends Indexed {
  /** The key the record left. */
  readonly ik: OrderKey;
  readonly rec: ConvRecord;
  /** Store version from which the record had this key. */
  readonly from: number;
  /** Store version of the move that ended it. */
  readonly until: number;
}

/** True when a pass opened at `version` saw the record at this entry's key. */
export function validAt(e: MoveEntry, version: number): boolean {
  return e.from <= version && version < e.until;
}

/** Move entries in the order they were made (so also in order of `until`). */
export class MoveLog {
  private entries: MoveEntry[] = [];
  private head = 0;

  get size(): number {
    return this.entries.length - this.head;
  }

  add(e: MoveEntry): void {
    this.entries.push(e);
  }

  oldest(): MoveEntry | undefined {
    return this.entries[this.head];
  }

  /** The entry `i` places from the oldest. */
  at(i: number): MoveEntry | undefined {
    return this.entries[this.head + i];
  }

  /** Removes and returns the oldest entry. */
  shift(): MoveEntry | undefined {
    const e = this.entries[this.head];
    if (!e) return undefined;
    this.entries[this.head++] = undefined as unknown as MoveEntry;
    // Compact the array once half of it is spent, so a long-running simulator holds no dead slots.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    return e;
  }
}
