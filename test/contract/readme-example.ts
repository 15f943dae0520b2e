// Contract tests for a bridge of your own, in your mocha suite.
import type { Bridge, CommCallback } from 'timconv';
import { assertContract, contractSuite, runContract, simulatorSession } from 'timconv/contract';

// A mock backend with no conversations: an empty but valid answer to every call.
const EMPTY: Record<string, string> = {
  TIMConvGetConversationListByFilter:
    '{"conversation_list_result_conv_list":[],"conversation_list_result_next_seq":0,"conversation_list_result_is_finished":true}',
  TIMConvGetTotalUnreadMessageCount: '{"conv_get_total_unread_message_count_result_unread_count":0}',
  TIMConvGetUnreadMessageCountByFilter: '{"conv_get_total_unread_message_count_result_unread_count":0}',
  TIMConvCreate: '',
};

class MockBridge implements Bridge {
  call(fn: string, _args: readonly unknown[], done?: CommCallback): number {
    if (done) setTimeout(() => done(0, '', EMPTY[fn] ?? '[]'), 0);
    return 0;
  }
  setListener(): void {}
}

describe('my mock bridge', () => {
  it('honours the contract', async () => {
    const report = await runContract(new MockBridge(), { seed: 7, valid: 20, invalid: 20 });
    assertContract(report); // throws listing each finding: API, JSON path, rule, input to replay
  });
});

// Or one test per API, each on a fresh bridge from the factory:
contractSuite('the simulator', simulatorSession, { valid: 20, invalid: 20 });
