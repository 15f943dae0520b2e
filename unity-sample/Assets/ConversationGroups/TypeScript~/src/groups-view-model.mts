// The conversation-groups screen without its looks: the state the view draws (ScreenState) and the
// actions its buttons call. It reads everything from a ConversationStore (the list in the SDK's
// order, the unread badges, one coalesced change per flush) and writes through GroupActions; it never
// talks to Unity, so it runs the same in Unity, in Node and in a test engine.
//
// Frames: the host calls store.flush() and then frame() once per frame. Every change of the store and
// every click only marks the state dirty; frame() hands the state to onChange at most once, so a burst
// of SDK events, the answers of calls and the clicks of one frame make one screen update.
import type { ConversationStore, StoreChange, StoreErrorContext, TIMConversationOperationResult } from 'timconv.mjs';
import { codeOf, explain, explainEntries } from './error-messages.mjs';
import type { GroupActions } from './group-actions.mjs';
import {
  ALL_TAB, STARRED_FILTER, STARRED_TAB, STAR_MARK, filterOfTab, groupOfTab, groupTab, isStarred, rowOf, tabsOf, type ScreenState,
} from './screen-state.mjs';
import { TabRows } from './tab-rows.mjs';

/** The rows a tab shows at most; the sample does not scroll further. */
const ROW_LIMIT = 200;

/** A conversation a group or mark call could not handle, with the SDK's code. */
interface Failure { id: string; code: number }

/**
 * A group or mark call's per-conversation results for the IDs it was given: those it confirms
 * (code 0) and those it refused, with their codes. An ID the results do not mention is in neither.
 */
function outcome(ids: readonly string[], results: readonly TIMConversationOperationResult[]): { handled: string[]; failed: Failure[] } {
  const codes = new Map<string, number>();
  for (const r of results) {
    const id = r.conversation_operation_result_conversation_id;
    if (id !== undefined) codes.set(id, r.conversation_operation_result_result_code ?? 0);
  }
  const handled: string[] = [];
  const failed: Failure[] = [];
  for (const id of ids) {
    const code = codes.get(id);
    if (code === 0) handled.push(id);
    else if (code !== undefined) failed.push({ id, code });
  }
  return { handled, failed };
}

export interface ViewModelOptions {
  /** Where the data comes from, for the header. */
  source: string;
  /** Receives the state from frame() when it changed since the previous frame. */
  onChange?: (state: ScreenState) => void;
}

export class GroupsViewModel {
  private selected = ALL_TAB;
  private readonly rows: TabRows;
  private dirty = true;
  private readonly picked = new Set<string>();
  private status: ScreenState['status'] = 'loading';
  private error: { message: string; code: number | null } | null = null;
  private readonly inFlight = new Set<Promise<unknown>>();
  /** A rename this screen asked for, so the selection can follow it when the group list changes first. */
  private renaming: { from: string; to: string } | null = null;
  private readonly offChange: () => void;

  constructor(private readonly store: ConversationStore, private readonly actions: GroupActions, private readonly options: ViewModelOptions) {
    this.rows = new TabRows(store, ROW_LIMIT);
    store.watchUnread(STARRED_TAB, STARRED_FILTER);
    this.offChange = store.onChange((change) => this.applyChange(change));
  }

  get state(): ScreenState {
    return {
      status: this.status,
      source: this.options.source,
      tabs: tabsOf(this.store, this.selected),
      selected: this.selected,
      conversations: this.rows.read().map((c) => rowOf(c, this.picked)),
      error: this.error ? this.error.message : null,
      errorCode: this.error ? this.error.code : null,
      busy: this.inFlight.size > 0,
    };
  }

  /** Resolves once the store has loaded the list; failures of the first load show as the error line. */
  start(): Promise<void> {
    return this.track(this.store.ready().catch((err) => this.fail(err)).finally(() => {
      this.status = 'ready';
      this.rows.select(filterOfTab(this.selected));
    }));
  }

  /** Hands the state to onChange if anything changed since the last frame. Call once per frame, after store.flush(). */
  frame(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.options.onChange?.(this.state);
  }

  /**
   * Shows a failure that happened before the screen could start: a refused login (its code), or an
   * SDK that could not start at all (code null, the reason as text).
   */
  showOffline(code: number | null, message: string): void {
    this.status = 'offline';
    this.error = code === null
      ? { message: `The SDK could not start (${message}). The screen stays empty until it can.`, code }
      : { message: `${explain({ code, desc: message })} The screen stays empty until the SDK can log in.`, code };
    this.dirty = true;
  }

  /** A failure inside the store that no call of this screen awaits (StoreOptions.onError). */
  storeFailed(err: unknown, context: StoreErrorContext): void {
    // A conversation the SDK sent without an ID is skipped by the store; nothing the user can act on.
    if (context.kind === 'invalid-conversation') return;
    this.fail(err);
  }

  select(tab: string): void {
    if (tab === this.selected) return;
    this.selected = tab;
    this.rows.select(filterOfTab(tab));
    this.dirty = true;
  }

  togglePick(id: string): void {
    if (!this.picked.delete(id)) this.picked.add(id);
    this.dirty = true;
  }

  /** Creates a group holding the picked conversations (the SDK wants at least one). */
  createGroup(name: string): Promise<void> {
    const ids = [...this.picked];
    if (ids.length === 0) return this.refuse('Pick at least one conversation for the new group.');
    return this.act(async () => {
      const created = outcome(ids, await this.actions.createConversationGroup(name, ids));
      this.unpick(created.handled);
      this.showFailures(created.failed);
    });
  }

  renameSelected(newName: string): Promise<void> {
    const old = groupOfTab(this.selected);
    if (old === null) return this.refuse('Select the group to rename first.');
    return this.act(async () => {
      this.renaming = { from: old, to: newName };
      try {
        await this.actions.renameConversationGroup(old, newName);
        if (this.selected === groupTab(old)) this.select(groupTab(newName));
      } finally {
        this.renaming = null;
      }
    });
  }

  deleteSelected(): Promise<void> {
    const group = groupOfTab(this.selected);
    if (group === null) return this.refuse('Select the group to delete first.');
    return this.act(async () => {
      await this.actions.deleteConversationGroup(group);
      if (this.selected === groupTab(group)) this.select(ALL_TAB);
    });
  }

  /**
   * Files the picked conversations under `target`, taking them out of the selected group. Only those
   * the SDK confirms it added leave the source group, so a conversation whose add failed (a chunk of
   * the batch refused, a limit reached) stays where it was, and stays picked for another try.
   */
  movePicked(target: string): Promise<void> {
    const ids = [...this.picked];
    if (ids.length === 0) return this.refuse('Pick the conversations to move first.');
    const from = groupOfTab(this.selected);
    return this.act(async () => {
      const added = outcome(ids, await this.actions.addConversationsToGroup(target, ids));
      let moved = added.handled;
      let failed = added.failed;
      if (from !== null && from !== target && moved.length > 0) {
        const removed = outcome(moved, await this.actions.deleteConversationsFromGroup(from, moved));
        moved = removed.handled;
        failed = [...failed, ...removed.failed];
      }
      this.unpick(moved);
      this.showFailures(failed);
    });
  }

  toggleStar(id: string): Promise<void> {
    const info = this.store.get(id);
    const starred = info !== undefined && isStarred(info);
    return this.act(async () => {
      this.showFailures(outcome([id], await this.actions.markConversation([id], STAR_MARK, !starred)).failed);
    });
  }

  dismissError(): void {
    this.error = null;
    this.dirty = true;
  }

  dispose(): void {
    this.offChange();
    if (!this.store.disposed) this.store.unwatchUnread(STARRED_TAB);
  }

  /** One coalesced change of the store: which rows to read again, and where the selection goes. */
  private applyChange(change: StoreChange): void {
    for (const id of change.removed) this.picked.delete(id);
    if (change.groups) this.keepSelection();
    this.rows.apply(change);
    this.dirty = true;
  }

  /** After the group list changed: follow a rename made here, or fall back to "All" when the group went. */
  private keepSelection(): void {
    const group = groupOfTab(this.selected);
    if (group === null || this.store.groups.includes(group)) return;
    const renamed = this.renaming !== null && this.renaming.from === group && this.store.groups.includes(this.renaming.to);
    this.select(renamed ? groupTab(this.renaming!.to) : ALL_TAB);
  }

  /** Shows the conversations a group or mark call could not handle (nothing when there are none). */
  private showFailures(failed: Failure[]): void {
    const message = explainEntries(failed);
    if (message === null) return;
    this.error = { message, code: failed[0].code };
    this.dirty = true;
  }

  private unpick(ids: readonly string[]): void {
    for (const id of ids) this.picked.delete(id);
    this.dirty = true;
  }

  private act(run: () => Promise<void>): Promise<void> {
    this.error = null;
    return this.track(run().catch((err) => this.fail(err)));
  }

  private refuse(message: string): Promise<void> {
    this.error = { message, code: null };
    this.dirty = true;
    return Promise.resolve();
  }

  private fail(err: unknown): void {
    this.error = { message: explain(err), code: codeOf(err) };
    this.dirty = true;
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    this.dirty = true;
    return work.finally(() => {
      this.inFlight.delete(work);
      this.dirty = true;
    });
  }
}
