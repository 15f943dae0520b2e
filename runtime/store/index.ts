// The game-ready conversation layer over ConversationManager: a live, ordered conversation list
// with coalesced changes and unread badges, exactly-once paging, batch helpers and an unread check.
// Like the rest of the runtime it uses no Node or browser API.
export { ConversationStore } from './conversation-store.ts';
export type { StoreOptions } from './conversation-store.ts';
export type { ChangeListener, FlushMode, StoreChange } from './change-feed.ts';
export type { ListChange } from './conv-list.ts';
export type { BadgeChange } from './badge-book.ts';
export type { UnreadFigure, UnreadReport } from './reconcile.ts';
export type { StoreErrorContext, StoreErrorHook, StoreErrorKind } from './tasks.ts';
export { ConversationBatch, SDK_IDS_PER_CALL } from './batch.ts';
export type { BatchOptions } from './batch.ts';
export { MAX_PAGE_SIZE } from './pages.ts';
export { matchesFilter, unreadContribution } from './filter-match.ts';
