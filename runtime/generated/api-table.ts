// PLACEHOLDER until the generator emits this file (generated, do not edit).
import type { ApiTable } from '../api-meta.ts';

export const API_TABLE: ApiTable = {
  functions: {},
  listeners: {},
  exactInt64Keys: ['conv_active_time', 'conv_mark_array', 'conv_group_read_sequence', 'conv_group_at_info_seq', 'group_tips_group_change_info_uint64_value', 'message_version', 'message_unique_id', 'message_rand', 'message_seq', 'conversation_list_filter_mark_type', 'conversation_list_result_next_seq'],
};
