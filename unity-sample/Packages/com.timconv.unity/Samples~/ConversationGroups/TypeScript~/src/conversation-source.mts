// What the conversation-groups screen needs from the conversation service. ConversationManager (from
// the runtime bundle) provides exactly this, so the sample passes it as is; a layer that caches
// conversations and keeps them current can take its place later without touching the view-model.
import type {
  ConversationEvents, ConvInfo, GetTotalUnreadNumberResult, TIMConversationListFilter, TIMConversationListResult,
  TIMConversationOperationResult,
} from 'timconv.mjs';

export interface ConversationSource {
  getConversationGroupList(): Promise<string[]>;
  getConvList(): Promise<ConvInfo[]>;
  getConversationListByFilter(filter: TIMConversationListFilter, nextSeq: bigint, count: number): Promise<TIMConversationListResult>;
  getTotalUnreadMessageCount(): Promise<GetTotalUnreadNumberResult>;
  getUnreadMessageCountByFilter(filter: TIMConversationListFilter): Promise<GetTotalUnreadNumberResult>;
  subscribeUnreadMessageCountByFilter(filter: TIMConversationListFilter): void;
  unsubscribeUnreadMessageCountByFilter(filter: TIMConversationListFilter): void;
  createConversationGroup(groupName: string, conversationIds: string[]): Promise<TIMConversationOperationResult[]>;
  renameConversationGroup(oldName: string, newName: string): Promise<void>;
  deleteConversationGroup(groupName: string): Promise<void>;
  addConversationsToGroup(groupName: string, conversationIds: string[]): Promise<TIMConversationOperationResult[]>;
  deleteConversationsFromGroup(groupName: string, conversationIds: string[]): Promise<TIMConversationOperationResult[]>;
  markConversation(conversationIds: string[], markType: bigint, enableMark: boolean): Promise<TIMConversationOperationResult[]>;
  on<K extends keyof ConversationEvents>(event: K, listener: (...args: ConversationEvents[K]) => void): () => void;
}
