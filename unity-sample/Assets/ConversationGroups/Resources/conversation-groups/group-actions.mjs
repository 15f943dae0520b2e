// The calls the screen's buttons make. Reading (the list, the badges, the changes) goes through the
// ConversationStore; these are the writes. The user picks conversations freely, so every call that
// takes a list of IDs goes through ConversationBatch, which splits lists longer than the SDK takes in
// one call (SDK_LIMITS.conversationsPerCall) into chunks and merges the per-conversation results; the
// other calls are the manager's own.
import { ConversationBatch } from 'timconv.mjs';
export function groupActions(manager) {
    const batch = new ConversationBatch(manager);
    return {
        createConversationGroup: (name, ids) => batch.createConversationGroup(name, ids),
        renameConversationGroup: (oldName, newName) => manager.renameConversationGroup(oldName, newName),
        deleteConversationGroup: (name) => manager.deleteConversationGroup(name),
        addConversationsToGroup: (name, ids) => batch.addConversationsToGroup(name, ids),
        deleteConversationsFromGroup: (name, ids) => batch.deleteConversationsFromGroup(name, ids),
        markConversation: (ids, markType, enable) => batch.markConversation(ids, markType, enable),
    };
}
