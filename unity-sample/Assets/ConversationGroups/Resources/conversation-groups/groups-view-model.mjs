import { codeOf, explain, explainEntries } from './error-messages.mjs';
import { ALL_TAB, STARRED_FILTER, STARRED_TAB, STAR_MARK, conversationsOf, groupOfTab, groupTab, rowOf, tabsOf, } from './screen-state.mjs';
/** The rows a tab shows at most; the sample does not scroll further. */
const ROW_LIMIT = 200;
export class GroupsViewModel {
    constructor(store, actions, options) {
        this.store = store;
        this.actions = actions;
        this.options = options;
        this.selected = ALL_TAB;
        this.rows = [];
        /** The rows must be read from the store again (the list or the selection changed). */
        this.rowsStale = true;
        this.dirty = true;
        this.picked = new Set();
        this.status = 'loading';
        this.error = null;
        this.inFlight = new Set();
        /** A rename this screen asked for, so the selection can follow it when the group list changes first. */
        this.renaming = null;
        store.watchUnread(STARRED_TAB, STARRED_FILTER);
        this.offChange = store.onChange((change) => this.applyChange(change));
    }
    get state() {
        if (this.rowsStale) {
            this.rows = conversationsOf(this.store, this.selected, ROW_LIMIT);
            this.rowsStale = false;
        }
        return {
            status: this.status,
            source: this.options.source,
            tabs: tabsOf(this.store, this.selected),
            selected: this.selected,
            conversations: this.rows.map((c) => rowOf(c, this.picked)),
            error: this.error ? this.error.message : null,
            errorCode: this.error ? this.error.code : null,
            busy: this.inFlight.size > 0,
        };
    }
    /** Resolves once the store has loaded the list; failures of the first load show as the error line. */
    start() {
        return this.track(this.store.ready().catch((err) => this.fail(err)).finally(() => {
            this.status = 'ready';
            this.rowsStale = true;
        }));
    }
    /** Hands the state to onChange if anything changed since the last frame. Call once per frame, after store.flush(). */
    frame() {
        if (!this.dirty)
            return;
        this.dirty = false;
        this.options.onChange?.(this.state);
    }
    /**
     * Shows a failure that happened before the screen could start: a refused login (its code), or an
     * SDK that could not start at all (code null, the reason as text).
     */
    showOffline(code, message) {
        this.status = 'offline';
        this.error = code === null
            ? { message: `The SDK could not start (${message}). The screen stays empty until it can.`, code }
            : { message: `${explain({ code, desc: message })} The screen stays empty until the SDK can log in.`, code };
        this.dirty = true;
    }
    /** A failure inside the store that no call of this screen awaits (StoreOptions.onError). */
    storeFailed(err, context) {
        // A conversation the SDK sent without an ID is skipped by the store; nothing the user can act on.
        if (context.kind === 'invalid-conversation')
            return;
        this.fail(err);
    }
    select(tab) {
        if (tab === this.selected)
            return;
        this.selected = tab;
        this.rowsStale = true;
        this.dirty = true;
    }
    togglePick(id) {
        if (!this.picked.delete(id))
            this.picked.add(id);
        this.dirty = true;
    }
    /** Creates a group holding the picked conversations (the SDK wants at least one). */
    createGroup(name) {
        const ids = [...this.picked];
        if (ids.length === 0)
            return this.refuse('Pick at least one conversation for the new group.');
        return this.act(async () => {
            await this.checked(this.actions.createConversationGroup(name, ids));
            this.picked.clear();
        });
    }
    renameSelected(newName) {
        const old = groupOfTab(this.selected);
        if (old === null)
            return this.refuse('Select the group to rename first.');
        return this.act(async () => {
            this.renaming = { from: old, to: newName };
            try {
                await this.actions.renameConversationGroup(old, newName);
                if (this.selected === groupTab(old))
                    this.select(groupTab(newName));
            }
            finally {
                this.renaming = null;
            }
        });
    }
    deleteSelected() {
        const group = groupOfTab(this.selected);
        if (group === null)
            return this.refuse('Select the group to delete first.');
        return this.act(async () => {
            await this.actions.deleteConversationGroup(group);
            if (this.selected === groupTab(group))
                this.select(ALL_TAB);
        });
    }
    /** Files the picked conversations under `target`, taking them out of the selected group. */
    movePicked(target) {
        const ids = [...this.picked];
        if (ids.length === 0)
            return this.refuse('Pick the conversations to move first.');
        const from = groupOfTab(this.selected);
        return this.act(async () => {
            await this.checked(this.actions.addConversationsToGroup(target, ids));
            if (from !== null && from !== target)
                await this.checked(this.actions.deleteConversationsFromGroup(from, ids));
            this.picked.clear();
        });
    }
    toggleStar(id) {
        const info = this.store.get(id);
        const starred = info !== undefined && rowOf(info, this.picked).starred;
        return this.act(() => this.checked(this.actions.markConversation([id], STAR_MARK, !starred)));
    }
    dismissError() {
        this.error = null;
        this.dirty = true;
    }
    dispose() {
        this.offChange();
        if (!this.store.disposed)
            this.store.unwatchUnread(STARRED_TAB);
    }
    /** One coalesced change of the store: which rows to read again, and where the selection goes. */
    applyChange(change) {
        for (const id of change.removed)
            this.picked.delete(id);
        if (change.groups)
            this.keepSelection();
        if (change.added.length || change.changed.length || change.moved.length || change.removed.length)
            this.rowsStale = true;
        this.dirty = true;
    }
    /** After the group list changed: follow a rename made here, or fall back to "All" when the group went. */
    keepSelection() {
        const group = groupOfTab(this.selected);
        if (group === null || this.store.groups.includes(group))
            return;
        const renamed = this.renaming !== null && this.renaming.from === group && this.store.groups.includes(this.renaming.to);
        this.select(renamed ? groupTab(this.renaming.to) : ALL_TAB);
    }
    /** Shows the conversations a group or mark call could not handle. */
    async checked(call) {
        const failed = (await call)
            .filter((r) => (r.conversation_operation_result_result_code ?? 0) !== 0)
            .map((r) => ({ id: r.conversation_operation_result_conversation_id ?? '?', code: r.conversation_operation_result_result_code ?? 0 }));
        const message = explainEntries(failed);
        if (message) {
            this.error = { message, code: failed[0].code };
            this.dirty = true;
        }
    }
    act(run) {
        this.error = null;
        return this.track(run().catch((err) => this.fail(err)));
    }
    refuse(message) {
        this.error = { message, code: null };
        this.dirty = true;
        return Promise.resolve();
    }
    fail(err) {
        this.error = { message: explain(err), code: codeOf(err) };
        this.dirty = true;
    }
    track(work) {
        this.inFlight.add(work);
        this.dirty = true;
        return work.finally(() => {
            this.inFlight.delete(work);
            this.dirty = true;
        });
    }
}
