import type { ConvInfo } from '../generated/types.ts';
import { type Entry } from './entry.ts';
/** What happened to the list since the previous change; IDs are "c2c_<userID>" / "group_<groupID>". */
export interface ListChange {
    /** Conversations that appeared, in list order. */
    readonly added: readonly string[];
    /** Conversations whose ConvInfo differs (added ones not included), in list order. */
    readonly changed: readonly string[];
    /** Conversations whose place relative to the others changed, in their new list order. */
    readonly moved: readonly string[];
    /** Conversations that left the list, in the order they had. */
    readonly removed: readonly string[];
}
export declare class ConvList {
    private readonly entries;
    private readonly sorted;
    private counter;
    /** Each entry as it was at its first change since the last takeChange() (null: it was absent). */
    private readonly touched;
    /** Counts every add, change and removal; `stamps` holds the count at each entry's last add or
     *  change, `lastRemoval` the count at the last removal. A paging pass compares them with the count
     *  it started at, so it registers nothing and an abandoned pass leaves nothing behind. */
    private clock;
    private readonly stamps;
    private lastRemoval;
    /** Set when a conversation was pinned or unpinned next to one with the same active time. */
    private doubt;
    /** What upsert() and remove() did while a list load is in flight. */
    private journal;
    get size(): number;
    get(key: string): ConvInfo | undefined;
    entry(key: string): Entry | undefined;
    indexOf(key: string): number;
    at(index: number): ConvInfo | undefined;
    slice(start?: number, end?: number): ConvInfo[];
    /** Every entry in list order. */
    forEach(visit: (e: Entry) => void): void;
    get pending(): boolean;
    /** A point in the list's history, for changedSince() and removedSince(). */
    mark(): number;
    /** Entries added or changed since `mark` that the list still holds. */
    changedSince(mark: number): Entry[];
    /** Whether a conversation left the list since `mark`. */
    removedSince(mark: number): boolean;
    /**
     * Adds or updates conversations, given in the order the SDK listed them. Among those with new
     * activity the first listed sorts first. Returns the ConvInfo that carry no conv_id.
     */
    upsert(infos: readonly ConvInfo[]): ConvInfo[];
    /** Removes conversations; IDs not in the list are ignored. */
    remove(keys: readonly string[]): void;
    /**
     * Starts recording what upsert() and remove() do, until the next replaceAll() (or dropJournal()).
     * A list load answers with the list as it was at some point among the events that arrive while
     * it is in flight; replaying them all on top of the loaded list gives the list as of the last one,
     * whichever point that was, because each event carries the whole state of its conversations.
     */
    startJournal(): void;
    dropJournal(): void;
    /**
     * True once since a pin or unpin put a conversation among others with the same active time. The
     * SDK orders those by their last activity, which ConvInfo does not show when the store never saw
     * both: only a list load can tell, so the store reloads then.
     */
    takeOrderDoubt(): boolean;
    /**
     * Makes the list equal to `infos`, a complete list in the SDK's order: conversations missing from
     * it are removed, the others added or updated. Equal active times keep the SDK's order. Returns
     * the ConvInfo that carry no conv_id.
     */
    replaceAll(infos: readonly ConvInfo[]): ConvInfo[];
    /** What changed since the previous call, or undefined when nothing did. */
    takeChange(): ListChange | undefined;
    /**
     * Puts updates in place; those with activity get new numbers, the first listed the highest. Each
     * step must differ from the entry the list holds for it (upsert() and the replay check that).
     */
    private apply;
    private differs;
    private drop;
    private put;
    private tiesWithNeighbour;
    private touch;
    /**
     * Entries for a complete list in SDK order. A conversation active at a time no other shares keeps
     * its number; in a run of equal (pinned, active time) the old numbers stay when they already give
     * the SDK's order, and the run is numbered afresh otherwise.
     */
    private numberInListOrder;
}
