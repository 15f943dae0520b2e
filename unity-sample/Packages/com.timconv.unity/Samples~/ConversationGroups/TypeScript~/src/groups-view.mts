// Draws the view-model's ScreenState and turns clicks into its actions. The layout is built once
// (header, tabs, name field and group buttons, error line, list, move bar); each state change redraws
// the parts that depend on the state, leaving the name field and what was typed into it alone.
import type { GroupsViewModel } from './groups-view-model.mjs';
import type { ConversationRow, ScreenState, Tab } from './screen-state.mjs';
import type { Ui, UiElement, UiInput, UiText } from './ui.mjs';

export class GroupsView {
  private readonly header: UiText;
  private readonly tabs: UiElement;
  private readonly name: UiInput;
  private readonly error: UiElement;
  private readonly errorText: UiText;
  private readonly list: UiElement;
  private readonly moveBar: UiElement;

  constructor(private readonly ui: Ui, private readonly model: GroupsViewModel) {
    const screen = ui.box('screen');
    this.header = ui.label('', 'header');
    this.tabs = ui.box('tabs');
    const toolbar = ui.box('toolbar');
    this.name = ui.input('group-name');
    toolbar.add(this.name);
    toolbar.add(ui.button('New group', 'tool', () => this.withName((n) => model.createGroup(n))));
    toolbar.add(ui.button('Rename', 'tool', () => this.withName((n) => model.renameSelected(n))));
    toolbar.add(ui.button('Delete group', 'tool', () => void model.deleteSelected()));
    this.error = ui.box('error');
    this.errorText = ui.label('', 'error-text');
    this.error.add(this.errorText);
    this.error.add(ui.button('Dismiss', 'tool', () => model.dismissError()));
    this.list = ui.scroll('list');
    this.moveBar = ui.box('move-bar');
    for (const part of [this.header, this.tabs, toolbar, this.error, this.list, this.moveBar]) screen.add(part);
    ui.root.add(screen);
  }

  render(state: ScreenState): void {
    this.header.text = `Conversation groups - ${state.source}${state.status === 'loading' ? ' (loading)' : ''}${state.busy ? ' ...' : ''}`;
    this.errorText.text = state.error ?? '';
    this.error.toggleClass('hidden', state.error === null);
    this.tabs.clear();
    for (const tab of state.tabs) this.tabs.add(this.tab(tab));
    this.list.clear();
    if (state.status === 'ready' && state.conversations.length === 0) this.list.add(this.ui.label('No conversations here.', 'empty'));
    for (const row of state.conversations) this.list.add(this.row(row));
    this.moveBar.clear();
    const targets = state.tabs.filter((t) => t.group !== null && !t.selected);
    if (targets.length > 0 && state.conversations.some((r) => r.picked)) {
      this.moveBar.add(this.ui.label('Move picked to:', 'move-label'));
      for (const t of targets) this.moveBar.add(this.ui.button(t.title, 'tool', () => void this.model.movePicked(t.group!)));
    }
  }

  private tab(tab: Tab): UiElement {
    const box = this.ui.box('tab');
    box.toggleClass('tab--selected', tab.selected);
    box.add(this.ui.button(tab.title, 'tab-button', () => this.model.select(tab.id)));
    const badge = this.ui.label(String(tab.unread), 'badge');
    badge.toggleClass('hidden', tab.unread === 0);
    box.add(badge);
    return box;
  }

  private row(row: ConversationRow): UiElement {
    const box = this.ui.box('row');
    box.add(this.ui.button(row.picked ? '[x]' : '[ ]', 'pick', () => this.model.togglePick(row.id)));
    box.add(this.ui.label(row.title, 'title'));
    const badge = this.ui.label(String(row.unread), 'badge');
    badge.toggleClass('hidden', row.unread === 0);
    box.add(badge);
    box.add(this.ui.button(row.starred ? 'Unstar' : 'Star', 'star', () => void this.model.toggleStar(row.id)));
    if (row.groups.length > 0) box.add(this.ui.label(`in ${row.groups.join(', ')}`, 'groups'));
    if (row.preview) box.add(this.ui.label(row.preview, 'preview'));
    return box;
  }

  /** Runs a group action with the typed name, then empties the field. */
  private withName(action: (name: string) => Promise<void>): void {
    const name = this.name.value.trim();
    this.name.value = '';
    void action(name);
  }
}
