// ConversationStore: the conversation list a game shows, kept by the SDK's events over any bridge.
// It loads the list once, applies add / update / delete events as they come, and tells its
// listeners at most once per flush what was added, changed, moved or removed, along with the unread
// badges that changed. A sync (convEvent start .. finish, which the SDK runs after each login) is
// followed by a reload that reconciles the whole list, so changes made while logged out are not lost.
import type { ConversationManager } from '../generated/conversation-manager.ts';
import { TIMConvEvent, type ConvInfo, type TIMConversationListFilter } from '../generated/types.ts';
import { TimError, TIMCONV_ERR_DISPOSED, TIM_ERR_PARAM } from '../errors.ts';
import { ChangeFeed, type ChangeListener, type FlushMode, type StoreChange } from './change-feed.ts';
import { ConvList } from './conv-list.ts';
import { keyOf } from './entry.ts';
import { listenAll } from './listen.ts';
import { pagesOf } from './pages.ts';
import { checkName } from './param-error.ts';
import { reconcileUnread, type UnreadReport } from './reconcile.ts';
import { Readiness, isLoggedOut } from './readiness.ts';
import { reportToConsole, Tasks, type StoreErrorHook } from './tasks.ts';
import { UnreadSync } from './unread-sync.ts';

export interface StoreOptions {
  flush?: FlushMode;
  /** Receives failures nobody awaits (listener exceptions, failed loads); default console.error. */
  onError?: StoreErrorHook;
}

export class ConversationStore {
  private readonly list = new ConvList();
  private readonly tasks = new Tasks();
  private readonly unreadSync: UnreadSync;
  private readonly readiness = new Readiness();
  private readonly report: StoreErrorHook;
  private readonly feed: ChangeFeed;
  private readonly stopListening: () => void;
  /** Between convEvent start and the reload that follows finish: changes wait for the reload. */
  private syncing = false;
  /** Generation of the latest list load; 0 when none is in flight. */
  private loading = 0;
  private generation = 0;
  private isDisposed = false;

  constructor(private readonly manager: ConversationManager, options: StoreOptions = {}) {
    const hook = options.onError ?? reportToConsole;
    this.report = (error, context) => {
      try { hook(error, context); } catch { /* nothing left to tell */ }
    };
    this.feed = new ChangeFeed(options.flush ?? 'promise', {
      held: () => this.syncing || this.loading !== 0,
      pending: () => this.list.pending || this.unreadSync.book.pending,
      takeList: () => this.list.takeChange(),
      takeBadges: () => this.unreadSync.book.takeChange(),
    }, this.report);
    this.unreadSync = new UnreadSync(manager, this.tasks, this.report, () => this.feed.request());
    this.stopListening = listenAll(manager, {
      convEvent: (event, infos) => this.onConvEvent(event, infos),
      total: (n) => this.unreadSync.onTotal(n),
      byFilter: (filter, n) => this.unreadSync.onFilter(filter, n),
      groups: (edit) => this.unreadSync.onGroups(edit),
      groupMembers: (infos) => this.applyKnown(infos),
    });
    void this.reload().catch(() => { /* reported; ready() carries it */ });
  }

  // ---- reading ----

  /** Resolves once the list has been loaded, at once if it has; rejects when loading failed. */
  ready(): Promise<void> {
    if (this.isDisposed) return Promise.reject(disposed('ready'));
    return this.readiness.wait();
  }

  get isReady(): boolean {
    return this.readiness.done;
  }

  get size(): number {
    return this.list.size;
  }

  /** The conversation with this ID ("c2c_<userID>" / "group_<groupID>"), as the SDK last reported it. */
  get(id: string): ConvInfo | undefined {
    return this.list.get(id);
  }

  /** The ID of a ConvInfo as the store and the per-conversation calls use it. */
  static idOf(info: ConvInfo): string | undefined {
    return keyOf(info);
  }

  indexOf(id: string): number {
    return this.list.indexOf(id);
  }

  at(index: number): ConvInfo | undefined {
    return this.list.at(index);
  }

  /** Conversations from position `start` up to `end` (not included), in list order. */
  slice(start?: number, end?: number): ConvInfo[] {
    return this.list.slice(start, end);
  }

  /** Every conversation in list order (a copy). */
  conversations(): ConvInfo[] {
    return this.list.slice();
  }

  /** Conversation group names in the SDK's order. */
  get groups(): readonly string[] {
    return this.unreadSync.book.groups;
  }

  /** The unread total as the SDK last reported it (undefined until it has). */
  get totalUnread(): number | undefined {
    return this.unreadSync.book.total;
  }

  /** The unread count of a filter watched under `name`. */
  unread(name: string): number | undefined {
    return this.unreadSync.book.valueOf(name);
  }

  /** The unread count of a conversation group. */
  groupUnread(group: string): number | undefined {
    return this.unreadSync.book.groupValue(group);
  }

  // ---- badges, paging, checks ----

  /** Keeps a live unread badge for `filter` under `name` (SDK subscription plus its by-filter event). */
  watchUnread(name: string, filter: TIMConversationListFilter): void {
    this.checkOpen('watchUnread');
    checkName('watchUnread', 'name', name);
    this.unreadSync.watch(name, filter);
  }

  unwatchUnread(name: string): void {
    this.checkOpen('unwatchUnread');
    this.unreadSync.unwatch(name);
  }

  /** Pages of the conversations matching `filter`: each one exactly once, even while the list moves. */
  pages(filter: TIMConversationListFilter, pageSize: number): AsyncIterableIterator<ConvInfo[]> {
    this.checkOpen('pages');
    return pagesOf({ manager: this.manager, list: this.list, ready: () => this.ready(), open: () => this.checkOpen('pages') }, filter, pageSize);
  }

  /**
   * Unread total and per-badge counts recomputed from the list, beside the SDK's own figures. Waits
   * for ready() first; read the report when the store has settled (see runtime/store/README.md).
   */
  async reconcileUnread(): Promise<UnreadReport> {
    if (this.isDisposed) throw disposed('reconcileUnread');
    await this.ready();
    return reconcileUnread(this.manager, this.list, this.unreadSync.book);
  }

  // ---- changes ----

  /** Adds a change listener; returns its remover. */
  onChange(listener: ChangeListener): () => void {
    this.checkOpen('onChange');
    return this.feed.add(listener);
  }

  /** Delivers the pending change now and returns it; undefined when nothing changed or a sync is being reconciled. */
  flush(): StoreChange | undefined {
    return this.feed.flush();
  }

  /** Resolves when the store's own SDK calls have finished and, in 'promise' mode, their change was delivered. */
  async settled(): Promise<void> {
    for (;;) {
      await this.tasks.idle();
      await this.feed.delivered();
      if (!this.tasks.busy) return;
    }
  }

  /** Sets the store's native listeners again and reloads list and badges (e.g. after logging in again). */
  resync(): Promise<void> {
    if (this.isDisposed) return Promise.reject(disposed('resync'));
    try {
      this.manager.relisten();
    } catch (err) {
      return Promise.reject(err);
    }
    return this.reload();
  }

  /** Removes every listener and SDK subscription of the store; pending ready() calls reject. */
  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.stopListening();
    this.unreadSync.stop();
    this.feed.close();
    this.readiness.fail(disposed('ready'));
  }

  get disposed(): boolean {
    return this.isDisposed;
  }

  // ---- internals ----

  private onConvEvent(event: TIMConvEvent, infos: ConvInfo[]): void {
    switch (event) {
      case TIMConvEvent.kTIMConvEvent_Start: this.syncing = true; return;
      case TIMConvEvent.kTIMConvEvent_Finish: this.afterSync(); return;
      case TIMConvEvent.kTIMConvEvent_Del: this.removeInfos(infos); break;
      default: this.reportInvalid(this.list.upsert(infos));
    }
    this.afterUpdate();
  }

  private removeInfos(infos: ConvInfo[]): void {
    const keys = infos.map(keyOf);
    this.list.remove(keys.filter((k): k is string => k !== undefined));
    this.reportInvalid(infos.filter((_, i) => keys[i] === undefined));
  }

  /** Conversations a group event carries: updates for those the list holds. */
  private applyKnown(infos: ConvInfo[]): void {
    this.reportInvalid(this.list.upsert(infos.filter((i) => { const k = keyOf(i); return k !== undefined && this.list.entry(k); })));
    this.afterUpdate();
  }

  /**
   * A sync finished: listeners set again, then list and badges reloaded. The reload runs even when
   * the bridge refuses a listener (reported), since it is what ends the hold on changes.
   */
  private afterSync(): void {
    try {
      this.manager.relisten();
    } catch (err) {
      this.report(err, { kind: 'listen-failed' });
    }
    void this.reload().catch(() => { /* reported */ });
  }

  /** Schedules the change; reloads the list first when it cannot tell the SDK's order by itself. */
  private afterUpdate(): void {
    if (this.list.takeOrderDoubt() && this.readiness.done) void this.reload(false).catch(() => { /* reported */ });
    this.feed.request();
  }

  /** Loads the list again, and with `badges` the total, the groups and every badge subscription. */
  private async reload(badges = true): Promise<void> {
    const generation = ++this.generation;
    this.loading = generation;
    this.list.startJournal();
    try {
      // Badges load beside the list; a badge that fails to load does not hold the list back.
      if (badges) void this.unreadSync.reload();
      const infos = await this.tasks.run(this.manager.getConvList());
      if (this.isDisposed || generation !== this.generation) return;
      this.reportInvalid(this.list.replaceAll(infos));
      this.readiness.succeed();
    } catch (err) {
      if (this.isDisposed || generation !== this.generation) return;
      this.list.dropJournal();
      // Not logged in yet: the login's sync finish loads the list.
      if (!isLoggedOut(err)) this.report(err, { kind: 'load-failed' });
      this.readiness.failUnlessLoggedOut(err);
      throw err;
    } finally {
      if (generation === this.generation) {
        this.loading = 0;
        this.syncing = false;
        this.feed.request();
      }
    }
  }

  private reportInvalid(invalid: ConvInfo[]): void {
    if (invalid.length) this.report(new TimError(TIM_ERR_PARAM, `${invalid.length} conversation(s) without conv_id skipped`), { kind: 'invalid-conversation' });
  }

  private checkOpen(fn: string): void {
    if (this.isDisposed) throw disposed(fn);
  }
}

function disposed(fn: string): TimError {
  return new TimError(TIMCONV_ERR_DISPOSED, 'the conversation store was disposed', { fn: `ConversationStore.${fn}` });
}
