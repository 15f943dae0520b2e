import { codeOf, explain, explainEntries } from './error-messages.mjs';
import { ALL_TAB, STARRED_FILTER, STARRED_TAB, STAR_MARK, filterOfTab, groupOfTab, groupTab, isStarred, rowOf, tabsOf, } from './screen-state.mjs';
import { TabRows } from './tab-rows.mjs';
/** The rows a tab shows at most; the sample does not scroll further. */
const ROW_LIMIT = 200;
/**
 * A group or mark call's per-conversation results for the IDs it was given: those it confirms
 * (code 0) and those it refused, with their codes. An ID the results do not mention is in neither.
 */
function outcome(ids, results) {
    const codes = new Map();
    for (const r of results) {
        const id = r.conversation_operation_result_conversation_id;
        if (id !== undefined)
            codes.set(id, r.conversation_operation_result_result_code ?? 0);
    }
    const handled = [];
    const failed = [];
    for (const id of ids) {
        const code = codes.get(id);
        if (code === 0)
            handled.push(id);
        else if (code !== undefined)
            failed.push({ id, code });
    }
    return { handled, failed };
}
export class GroupsViewModel {
    constructor(store, actions, options) {
        this.store = store;
        this.actions = actions;
        this.options = options;
        this.selected = ALL_TAB;
        this.dirty = true;
        this.picked = new Set();
        this.status = 'loading';
        this.error = null;
        this.inFlight = new Set();
        /** A rename this screen asked for, so the selection can follow it when the group list changes first. */
        this.renaming = null;
        this.rows = new TabRows(store, ROW_LIMIT);
        store.watchUnread(STARRED_TAB, STARRED_FILTER);
        this.offChange = store.onChange((change) => this.applyChange(change));
    }
    get state() {
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
    start() {
        return this.track(this.store.ready().catch((err) => this.fail(err)).finally(() => {
            this.status = 'ready';
            this.rows.select(filterOfTab(this.selected));
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
        this.rows.select(filterOfTab(tab));
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
            const created = outcome(ids, await this.actions.createConversationGroup(name, ids));
            this.unpick(created.handled);
            this.showFailures(created.failed);
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
    /**
     * Files the picked conversations under `target`, taking them out of the selected group. Only those
     * the SDK confirms it added leave the source group, so a conversation whose add failed (a chunk of
     * the batch refused, a limit reached) stays where it was, and stays picked for another try.
     */
    movePicked(target) {
        const ids = [...this.picked];
        if (ids.length === 0)
            return this.refuse('Pick the conversations to move first.');
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
    toggleStar(id) {
        const info = this.store.get(id);
        const starred = info !== undefined && isStarred(info);
        return this.act(async () => {
            this.showFailures(outcome([id], await this.actions.markConversation([id], STAR_MARK, !starred)).failed);
        });
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
        this.rows.apply(change);
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
    /** Shows the conversations a group or mark call could not handle (nothing when there are none). */
    showFailures(failed) {
        const message = explainEntries(failed);
        if (message === null)
            return;
        this.error = { message, code: failed[0].code };
        this.dirty = true;
    }
    unpick(ids) {
        for (const id of ids)
            this.picked.delete(id);
        this.dirty = true;
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
