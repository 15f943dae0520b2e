// The manager events the store follows, registered together and removed together.
import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { ConvInfo, TIMConvEvent, TIMConversationListFilter } from '../generated/types.ts';

export interface StoreHandlers {
  convEvent(event: TIMConvEvent, infos: ConvInfo[]): void;
  total(n: number): void;
  byFilter(filter: TIMConversationListFilter, n: number): void;
  /** The group list changed: `edit` turns the current list into the new one. */
  groups(edit: (current: readonly string[]) => string[]): void;
  /** Conversations a group event carries, as they are now. */
  groupMembers(infos: ConvInfo[]): void;
}

/**
 * Adds the store's listeners to `manager`; the returned function removes them all. All or none:
 * when one cannot be added, those added before it are removed and the error is thrown.
 */
export function listenAll(manager: ConversationManager, h: StoreHandlers): () => void {
  const offs: (() => void)[] = [];
  const off = () => { for (const o of offs.splice(0)) o(); };
  try {
    offs.push(manager.on('convEvent', (event, infos) => h.convEvent(event, infos)));
    offs.push(manager.on('totalUnreadMessageCountChanged', (n) => h.total(n)));
    offs.push(manager.on('unreadMessageCountChangedByFilter', (filter, n) => h.byFilter(filter, n)));
    offs.push(manager.on('conversationGroupCreated', (name, infos) => {
      h.groups((g) => (g.indexOf(name) >= 0 ? [...g] : [...g, name]));
      h.groupMembers(infos);
    }));
    offs.push(manager.on('conversationGroupDeleted', (name) => h.groups((g) => g.filter((x) => x !== name))));
    offs.push(manager.on('conversationGroupNameChanged', (oldName, newName) => h.groups((g) => g.map((x) => (x === oldName ? newName : x)))));
    offs.push(manager.on('conversationsAddedToGroup', (_name, infos) => h.groupMembers(infos)));
    offs.push(manager.on('conversationsDeletedFromGroup', (_name, infos) => h.groupMembers(infos)));
  } catch (err) {
    off();
    throw err;
  }
  return off;
}
