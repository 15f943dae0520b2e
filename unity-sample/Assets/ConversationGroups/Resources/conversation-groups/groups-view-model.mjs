import { codeOf, explain, explainEntries } from './error-messages.mjs';
import { GroupBadges } from './group-badges.mjs';
import { groupFilter, rowOf, STAR_MARK, tabsOf } from './screen-state.mjs';
/** TIMConvEvent: kTIMConvEvent_Start and kTIMConvEvent_Finish carry no conversations. */
const SYNC_START = 3;
const PAGE_SIZE = 50;
/** A tab shows at most this many pages; the sample does not scroll further. */
const MAX_PAGES = 4;
export class GroupsViewModel {
    constructor(source, options) {
        this.source = source;
        this.options = options;
        this.groups = [];
        this.selected = null;
        this.conversations = [];
        this.picked = new Set();
        this.status = 'loading';
        this.error = null;
        this.inFlight = new Set();
        this.offs = [];
        this.refreshAgain = false;
        this.refreshing = null;
        this.badges = new GroupBadges(source, () => this.emit(), (err) => this.fail(err));
    }
    get state() {
        return {
            status: this.status,
            source: this.options.source,
            tabs: tabsOf(this.groups, this.badges.all, this.selected),
            selected: this.selected,
            conversations: this.conversations.map((c) => rowOf(c, this.picked)),
            error: this.error ? this.error.message : null,
            errorCode: this.error ? this.error.code : null,
            busy: this.inFlight.size > 0,
        };
    }
    /** Loads the groups, their badges and the "All" list, and starts following the SDK's events. */
    start() {
        this.listen();
        return this.track(this.startup().catch((err) => this.fail(err)).finally(() => {
            this.status = 'ready';
        }));
    }
    async startup() {
        // Without the Premium edition the group list fails (7013); the "All" tab still works.
        try {
            this.groups = await this.source.getConversationGroupList();
        }
        catch (err) {
            this.fail(err);
        }
        await this.badges.start(this.groups);
        await this.loadList();
    }
    /** Shows a failure that happened before the screen could start (a refused login). */
    showOffline(code, message) {
        this.status = 'offline';
        this.error = { message: `${explain({ code, desc: message })} The screen stays empty until the SDK can log in.`, code };
        this.emit();
    }
    select(group) {
        if (group === this.selected)
            return;
        this.selected = group;
        this.conversations = [];
        this.refresh();
    }
    togglePick(id) {
        if (!this.picked.delete(id))
            this.picked.add(id);
        this.emit();
    }
    /** Creates a group holding the picked conversations (the SDK wants at least one). */
    createGroup(name) {
        const ids = [...this.picked];
        if (ids.length === 0)
            return this.refuse('Pick at least one conversation for the new group.');
        return this.act(async () => {
            await this.checked(this.source.createConversationGroup(name, ids));
            this.picked.clear();
            this.groupCreated(name);
        });
    }
    renameSelected(newName) {
        const old = this.selected;
        if (old === null)
            return this.refuse('Select the group to rename first.');
        return this.act(async () => {
            await this.source.renameConversationGroup(old, newName);
            this.groupRenamed(old, newName);
        });
    }
    deleteSelected() {
        const group = this.selected;
        if (group === null)
            return this.refuse('Select the group to delete first.');
        return this.act(async () => {
            await this.source.deleteConversationGroup(group);
            this.groupDeleted(group);
        });
    }
    /** Files the picked conversations under `target`, taking them out of the selected group. */
    movePicked(target) {
        const ids = [...this.picked];
        if (ids.length === 0)
            return this.refuse('Pick the conversations to move first.');
        const from = this.selected;
        return this.act(async () => {
            await this.checked(this.source.addConversationsToGroup(target, ids));
            if (from !== null && from !== target)
                await this.checked(this.source.deleteConversationsFromGroup(from, ids));
            this.picked.clear();
            this.refresh();
        });
    }
    toggleStar(id) {
        const row = this.state.conversations.find((r) => r.id === id);
        return this.act(async () => {
            await this.checked(this.source.markConversation([id], STAR_MARK, !(row?.starred ?? false)));
            this.refresh();
        });
    }
    dismissError() {
        this.error = null;
        this.emit();
    }
    /** Resolves once no call and no reload is in flight (tests and hosts wait on it). */
    async idle() {
        while (this.inFlight.size > 0 || this.refreshing)
            await Promise.all([...this.inFlight, this.refreshing]);
    }
    dispose() {
        for (const off of this.offs.splice(0))
            off();
        this.badges.dispose();
    }
    listen() {
        const s = this.source;
        this.offs.push(s.on('convEvent', (event) => { if (event < SYNC_START)
            this.refresh(); }), s.on('conversationGroupCreated', (name) => this.groupCreated(name)), s.on('conversationGroupDeleted', (name) => this.groupDeleted(name)), s.on('conversationGroupNameChanged', (oldName, newName) => this.groupRenamed(oldName, newName)), s.on('conversationsAddedToGroup', () => this.refresh()), s.on('conversationsDeletedFromGroup', () => this.refresh()));
    }
    // The group changes below come from this screen's calls and from the SDK's listeners (another
    // device, or the echo of our own call); applying one twice changes nothing.
    groupCreated(name) {
        if (this.groups.includes(name))
            return;
        this.groups = [...this.groups, name];
        this.track(this.badges.add(name));
        this.emit();
    }
    groupDeleted(name) {
        if (!this.groups.includes(name))
            return;
        this.groups = this.groups.filter((g) => g !== name);
        this.badges.remove(name);
        if (this.selected === name)
            this.select(null);
        else
            this.refresh();
    }
    groupRenamed(oldName, newName) {
        if (!this.groups.includes(oldName))
            return;
        this.groups = this.groups.map((g) => (g === oldName ? newName : g));
        if (this.selected === oldName)
            this.selected = newName;
        this.track(this.badges.rename(oldName, newName));
        this.refresh();
    }
    /** Reloads the selected tab's list; calls during a reload coalesce into one more. */
    refresh() {
        if (this.refreshing) {
            this.refreshAgain = true;
            return;
        }
        this.refreshing = (async () => {
            do {
                this.refreshAgain = false;
                await this.loadList();
            } while (this.refreshAgain);
        })().catch((err) => this.fail(err)).finally(() => {
            this.refreshing = null;
            this.emit();
        });
    }
    async loadList() {
        const group = this.selected;
        const list = group === null ? await this.source.getConvList() : await this.pages(group);
        if (group !== this.selected)
            return; // the user moved on; the next reload is under way
        this.conversations = list;
        this.emit();
    }
    async pages(group) {
        const all = [];
        let next = 0n;
        for (let page = 0; page < MAX_PAGES; page++) {
            const result = await this.source.getConversationListByFilter(groupFilter(group), next, PAGE_SIZE);
            all.push(...(result.conversation_list_result_conv_list ?? []));
            if (result.conversation_list_result_is_finished)
                break;
            next = result.conversation_list_result_next_seq ?? 0n;
        }
        return all;
    }
    /** Fails when one of the conversations of a group or mark call was not handled. */
    async checked(call) {
        const failed = (await call)
            .filter((r) => (r.conversation_operation_result_result_code ?? 0) !== 0)
            .map((r) => ({ id: r.conversation_operation_result_conversation_id ?? '?', code: r.conversation_operation_result_result_code ?? 0 }));
        const message = explainEntries(failed);
        if (message)
            this.error = { message, code: failed[0].code };
    }
    act(run) {
        this.error = null;
        return this.track(run().catch((err) => this.fail(err)));
    }
    refuse(message) {
        this.error = { message, code: null };
        this.emit();
        return Promise.resolve();
    }
    fail(err) {
        this.error = { message: explain(err), code: codeOf(err) };
        this.emit();
    }
    track(work) {
        this.inFlight.add(work);
        this.emit();
        return work.finally(() => {
            this.inFlight.delete(work);
            this.emit();
        });
    }
    emit() {
        this.options.onChange?.(this.state);
    }
}
