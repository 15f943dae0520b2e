// pages(filter, pageSize): the conversations that match a filter, page by page, each exactly once
// while the list keeps changing. The pages come from the SDK's paged query; the store adds two
// things a cursor alone cannot give:
//   - a conversation the SDK lists again (it moved behind the cursor) is not yielded twice;
//   - a conversation that appeared or changed while paging, matches the filter when the SDK's pages
//     end, and was not listed (it moved ahead of the cursor, or matched only later) follows in the
//     last page(s), in list order, as the store holds it; after a deletion while paging, any
//     conversation the store holds that matches and was not listed does.
import type { ConversationManager } from '../generated/conversation-manager.ts';
import type { ConvInfo, TIMConversationListFilter } from '../generated/types.ts';
import type { ConvList } from './conv-list.ts';
import { compareEntries, keyOf, type Entry } from './entry.ts';
import { copyFilter, matchesFilter } from './filter-match.ts';
import { checkCount } from './param-error.ts';

export interface PageSource {
  readonly manager: ConversationManager;
  readonly list: ConvList;
  ready(): Promise<void>;
  /** Throws once the store is disposed. */
  open(): void;
}

/** Largest page: the SDK takes `count` as uint32, and one JSON answer of more is impractical anyway. */
export const MAX_PAGE_SIZE = 1000;

/** Checks the arguments at once (so a bad call throws here, not at the first next()), then pages. */
export function pagesOf(src: PageSource, filter: TIMConversationListFilter, pageSize: number): AsyncIterableIterator<ConvInfo[]> {
  checkCount('ConversationStore.pages', 'pageSize', pageSize, 1, MAX_PAGE_SIZE);
  const refused = src.manager.checkArguments('TIMConvGetConversationListByFilter', [filter, 0n, pageSize]);
  if (refused) throw refused;
  return run(src, copyFilter(filter), pageSize);
}

async function* run(src: PageSource, filter: TIMConversationListFilter, pageSize: number): AsyncGenerator<ConvInfo[], void, undefined> {
  await src.ready();
  const seen = new Set<string>();
  const start = src.list.mark();
  let cursor = 0n;
  for (;;) {
    src.open();
    const page = await src.manager.getConversationListByFilter(filter, cursor, pageSize);
    const fresh = (page.conversation_list_result_conv_list ?? []).filter((info) => firstSight(seen, keyOf(info)));
    if (fresh.length) yield fresh;
    const next = page.conversation_list_result_next_seq ?? 0n;
    // A page that is finished, or that neither lists anything nor moves the cursor, ends the pass.
    if (page.conversation_list_result_is_finished !== false || (fresh.length === 0 && next === cursor)) break;
    cursor = next;
  }
  src.open();
  const late: Entry[] = [];
  const consider = (e: Entry) => {
    if (!seen.has(e.key) && matchesFilter(filter, e.info)) late.push(e);
  };
  // A deletion ahead of a cursor that counts positions makes it skip a conversation that did not
  // change at all; after one, every conversation the store holds is considered.
  if (src.list.removedSince(start)) src.list.forEach(consider);
  else for (const e of src.list.changedSince(start)) consider(e);
  late.sort(compareEntries);
  for (let i = 0; i < late.length; i += pageSize) {
    const chunk = late.slice(i, i + pageSize).filter((e) => firstSight(seen, e.key));
    if (chunk.length) yield chunk.map((e) => e.info);
  }
}

function firstSight(seen: Set<string>, key: string | undefined): boolean {
  if (key === undefined || seen.has(key)) return false;
  seen.add(key);
  return true;
}
