// A valid input for every TIMConv* function, as the input validator's object (keyed by C parameter
// name, JSON parameters as values), and its conversion to Bridge arguments through the API table.
import type { BridgeArg } from '../../../runtime/bridge.ts';
import { API_TABLE } from '../../../runtime/generated/api-table.ts';
import { stringify } from '../../../runtime/json64.ts';

export const C2C = 1;
export const PEER = 'timconv_peer';
export const CONV_ID = `c2c_${PEER}`;
export const GROUP = 'timconv-group';
export const GROUP_RENAMED = 'timconv-group-2';
export const STAR = 1n;

const filter = { conversation_list_filter_conv_type: C2C };

/** Valid inputs in a sensible order: create before use, group calls in their life cycle order. */
export const VALID_INPUTS: Record<string, Record<string, unknown>> = {
  TIMConvGetConvList: {},
  TIMConvCreate: { conv_id: PEER, conv_type: C2C },
  TIMConvGetConvInfo: { json_get_conv_list_param: [{ get_conversation_list_param_conv_id: PEER, get_conversation_list_param_conv_type: C2C }] },
  TIMConvGetConversationListByFilter: { filter, next_seq: 0n, count: 20 },
  TIMConvSetDraft: {
    conv_id: PEER, conv_type: C2C,
    json_draft_param: { draft_msg: { message_elem_array: [{ elem_type: 0, text_elem_content: '草稿 draft ✓' }] }, draft_user_define: '用户 data' },
  },
  TIMConvCancelDraft: { conv_id: PEER, conv_type: C2C },
  TIMConvPinConversation: { conv_id: PEER, conv_type: C2C, is_pinned: true },
  TIMConvGetTotalUnreadMessageCount: {},
  TIMConvGetUnreadMessageCountByFilter: { filter },
  TIMConvSubscribeUnreadMessageCountByFilter: { filter },
  TIMConvUnsubscribeUnreadMessageCountByFilter: { filter },
  TIMConvCleanConversationUnreadMessageCount: { conversation_id: CONV_ID, clean_timestamp: 0n, clean_sequence: 0n },
  TIMConvMarkConversation: { conversation_id_array: [CONV_ID], mark_type: STAR, enable_mark: true },
  TIMConvSetConversationCustomData: { conversation_id_array: [CONV_ID], custom_data: 'custom データ' },
  TIMConvCreateConversationGroup: { group_name: GROUP, conversation_id_array: [CONV_ID] },
  TIMConvGetConversationGroupList: {},
  TIMConvAddConversationsToGroup: { group_name: GROUP, conversation_id_array: [CONV_ID] },
  TIMConvDeleteConversationsFromGroup: { group_name: GROUP, conversation_id_array: [CONV_ID] },
  TIMConvRenameConversationGroup: { old_name: GROUP, new_name: GROUP_RENAMED },
  TIMConvDeleteConversationGroup: { group_name: GROUP_RENAMED },
  TIMConvDeleteConversationList: { conversation_id_array: [CONV_ID], clear_message: false },
  TIMConvDelete: { conv_id: PEER, conv_type: C2C },
};

/** Extra calls whose answer docs/real-sdk-behaviour.md records. */
export const EXTRA_INPUTS: Record<string, { fn: string; input: Record<string, unknown> }> = {
  emptyGroupName: { fn: 'TIMConvCreateConversationGroup', input: { group_name: '', conversation_id_array: [CONV_ID] } },
};

/** Bridge arguments in C order: JSON parameters serialized (bigint exact), values as they are. */
export function bridgeArgs(fn: string, input: Record<string, unknown>): BridgeArg[] {
  const meta = API_TABLE.functions[fn];
  if (!meta) throw new Error(`no API table entry for ${fn}`);
  return meta.params.map((p) => (p.kind === 'json' ? stringify(input[p.name]) : (input[p.name] as BridgeArg)));
}
