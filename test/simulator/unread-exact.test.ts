// Message sequences are uint64: the simulator keeps them exact beyond 2^53, in the last message, the
// @ info, the read sequence and when cleaning up to a sequence.
import { strict as assert } from 'node:assert';
import { convByKey, makeSim, ok } from './helpers.ts';

const BIG = 2n ** 53n;

describe('simulator: sequences beyond 2^53 stay exact', () => {
  it('cleaning up to sequence 2^53+3 keeps the message (and @ info) of sequence 2^53+4', async () => {
    const { bridge } = makeSim();
    // As doubles, 2^53+3 and 2^53+4 are the same number.
    bridge.deliverMessage('group_g', { message_seq: BIG + 3n, message_group_at_user_array: ['me'] });
    bridge.deliverMessage('group_g', { message_seq: BIG + 4n, message_group_at_user_array: ['me'] });
    let g = (await convByKey(bridge, 'group_g'))!;
    assert.deepEqual(g.conv_group_at_info_array.map((a: { conv_group_at_info_seq: bigint }) => a.conv_group_at_info_seq), [BIG + 3n, BIG + 4n]);
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['group_g', 0n, BIG + 3n]);
    g = (await convByKey(bridge, 'group_g'))!;
    assert.equal(g.conv_unread_num, 1);
    assert.deepEqual(g.conv_group_at_info_array.map((a: { conv_group_at_info_seq: bigint }) => a.conv_group_at_info_seq), [BIG + 4n]);
    assert.equal(g.conv_group_read_sequence, BIG + 3n);
  });

  it('the next message gets the sequence after an exact 2^53+1, and cleaning everything reads up to it', async () => {
    const { bridge } = makeSim();
    bridge.deliverMessage('group_g', { message_seq: BIG + 1n });
    bridge.deliverMessage('group_g');
    const g = (await convByKey(bridge, 'group_g'))!;
    assert.equal(g.conv_last_msg.message_seq, BIG + 2n);
    await ok(bridge, 'TIMConvCleanConversationUnreadMessageCount', ['group_g', 0n, 0n]);
    assert.equal((await convByKey(bridge, 'group_g'))!.conv_group_read_sequence, BIG + 2n);
  });
});
