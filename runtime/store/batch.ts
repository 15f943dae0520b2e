// Opt-in batch helpers: the six calls that take a list of conversation IDs accept at most 100 IDs
// (51006 beyond). These versions split a longer list into chunks of at most 100, run the chunks one
// after the other, and merge the per-conversation results in request order. The manager's own
// methods stay faithful to the SDK and keep refusing 101 IDs.
//
// - Every chunk is checked before the first one is sent: a bad ID anywhere refuses the whole call
//   with the validator's error, and nothing reaches the SDK.
// - A repeated ID is sent once (the SDK answers one result per distinct ID).
// - When the first chunk fails as a whole the call rejects with that error, as the plain call would.
//   When a later chunk fails, the call still resolves: the IDs of that chunk and of the chunks not
//   sent carry the failing code and description, so the caller sees what was done and what was not.
import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { TIMConversationOperationResult } from '../generated/types.ts';
import { TimError } from '../errors.ts';
import { SDK_LIMITS } from '../generated/sdk-constants.ts';
import { checkCount } from './param-error.ts';

/** The SDK's limit of conversation IDs per call. */
export const SDK_IDS_PER_CALL = SDK_LIMITS.conversationsPerCall;

export interface BatchOptions {
  /** IDs per call, 1..100 (default 100). */
  chunkSize?: number;
}

type Result = TIMConversationOperationResult;

const ID_LIST = 'conversation_id_array';

/** The refusal of one chunk, with item paths and messages pointing into the caller's whole list. */
function toCallerIndexes(err: TimError, callerIndex: (chunkIndex: number) => number): TimError {
  const fix = (text: string) => text
    .replace(new RegExp(`/${ID_LIST}/(\\d+)`, 'g'), (_m, i: string) => `/${ID_LIST}/${callerIndex(Number(i))}`)
    .replace(new RegExp(`${ID_LIST}\\[(\\d+)\\]`, 'g'), (_m, i: string) => `${ID_LIST}[${callerIndex(Number(i))}]`);
  const problems = err.problems.map((p) => ({ ...p, path: fix(p.path), message: fix(p.message) }));
  return new TimError(err.code, fix(err.desc), { fn: err.fn, problems, cause: err });
}

export class ConversationBatch {
  private readonly chunkSize: number;

  constructor(private readonly manager: ConversationManager, options: BatchOptions = {}) {
    this.chunkSize = options.chunkSize ?? SDK_IDS_PER_CALL;
    checkCount('ConversationBatch', 'chunkSize', this.chunkSize, 1, SDK_IDS_PER_CALL);
  }

  markConversation(conversationIds: string[], markType: bigint, enableMark: boolean): Promise<Result[]> {
    return this.run('TIMConvMarkConversation', conversationIds, (ids) => [ids, markType, enableMark],
      (ids) => this.manager.markConversation(ids, markType, enableMark));
  }

  setConversationCustomData(conversationIds: string[], customData: string): Promise<Result[]> {
    return this.run('TIMConvSetConversationCustomData', conversationIds, (ids) => [ids, customData],
      (ids) => this.manager.setConversationCustomData(ids, customData));
  }

  deleteConversationList(conversationIds: string[], clearMessage: boolean): Promise<Result[]> {
    return this.run('TIMConvDeleteConversationList', conversationIds, (ids) => [ids, clearMessage],
      (ids) => this.manager.deleteConversationList(ids, clearMessage));
  }

  /** Creates the group with the first chunk and adds the others to it. */
  createConversationGroup(groupName: string, conversationIds: string[]): Promise<Result[]> {
    return this.run('TIMConvCreateConversationGroup', conversationIds, (ids) => [groupName, ids],
      (ids, first) => (first ? this.manager.createConversationGroup(groupName, ids) : this.manager.addConversationsToGroup(groupName, ids)));
  }

  addConversationsToGroup(groupName: string, conversationIds: string[]): Promise<Result[]> {
    return this.run('TIMConvAddConversationsToGroup', conversationIds, (ids) => [groupName, ids],
      (ids) => this.manager.addConversationsToGroup(groupName, ids));
  }

  deleteConversationsFromGroup(groupName: string, conversationIds: string[]): Promise<Result[]> {
    return this.run('TIMConvDeleteConversationsFromGroup', conversationIds, (ids) => [groupName, ids],
      (ids) => this.manager.deleteConversationsFromGroup(groupName, ids));
  }

  private async run(
    cName: string, ids: string[], argsFor: (chunk: string[]) => unknown[],
    send: (chunk: string[], first: boolean) => Promise<Result[]>,
  ): Promise<Result[]> {
    const { chunks, origin } = this.split(ids);
    // Each chunk is checked exactly as it will be sent, before any is sent.
    for (let c = 0; c < Math.max(1, chunks.length); c++) {
      const refused = this.manager.checkArguments(cName, argsFor(chunks[c] ?? []));
      if (refused) throw toCallerIndexes(refused, (i) => origin[c * this.chunkSize + i] ?? i);
    }
    const merged: Result[] = [];
    for (let i = 0; i < chunks.length; i++) {
      try {
        merged.push(...await send(chunks[i], i === 0));
      } catch (err) {
        if (i === 0) throw err;
        const code = err instanceof TimError ? err.code : -1;
        const desc = err instanceof TimError ? err.desc : String(err);
        for (const id of chunks.slice(i).flat()) {
          merged.push({ conversation_operation_result_conversation_id: id, conversation_operation_result_result_code: code, conversation_operation_result_result_info: desc });
        }
        break;
      }
    }
    return merged;
  }

  /**
   * Distinct IDs in request order, in chunks, and where each distinct ID stands in the caller's
   * list. Anything that is not an array is passed on whole, for the validator to refuse.
   */
  private split(ids: string[]): { chunks: string[][]; origin: number[] } {
    if (!Array.isArray(ids)) return { chunks: [ids as unknown as string[]], origin: [] };
    const distinct: string[] = [];
    const origin: number[] = [];
    const seen = new Set<unknown>();
    ids.forEach((id, i) => {
      if (seen.has(id)) return;
      seen.add(id);
      distinct.push(id);
      origin.push(i);
    });
    const chunks: string[][] = [];
    for (let i = 0; i < distinct.length; i += this.chunkSize) chunks.push(distinct.slice(i, i + this.chunkSize));
    return { chunks, origin };
  }
}
