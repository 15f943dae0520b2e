// The simulator as the sample's server when no credentials are given: a few conversations, two
// conversation groups, and a message now and then, so the badges have something to follow.
import { SimulatorBridge, TIMElemType } from 'timconv.mjs';
const CONVERSATIONS = [
    ['c2c_alice', 'Alice', 2], ['c2c_bob', 'Bob', 0], ['c2c_xiaoming', '小明', 1], ['c2c_gm', 'Game Master', 1],
    ['group_raid', 'Raid Night', 4], ['group_guild', '龙之公会', 7], ['group_trade', 'Trading Post', 3], ['group_world', 'World Chat', 0],
];
const GROUPS = [
    ['Friends', ['c2c_alice', 'c2c_bob', 'c2c_xiaoming']],
    ['公会', ['group_raid', 'group_guild']],
];
const CHATTER = ['Anyone up for a raid?', 'gg!', '明天见', 'Selling 20 iron ore', 'Server restart at 03:00'];
/** A seeded simulator, logged in as `userId`. */
export function demoServer(userId) {
    const server = new SimulatorBridge({ edition: 'premium' });
    for (const [id, showName, unread] of CONVERSATIONS)
        server.addConversation(id, { showName, unread });
    server.login(userId);
    return server;
}
/** Files the demo conversations into their groups, as the user did on another device. */
export async function seedGroups(conversations) {
    const existing = await conversations.getConversationGroupList();
    for (const [name, ids] of GROUPS)
        if (!existing.includes(name))
            await conversations.createConversationGroup(name, ids);
}
/** Delivers a message every `seconds`, to the demo conversations in turn; returns the stopper. */
export function chatter(server, seconds) {
    let turn = 0;
    const id = setInterval(() => {
        const [convId] = CONVERSATIONS[turn % CONVERSATIONS.length];
        const text = CHATTER[turn % CHATTER.length];
        turn++;
        server.deliverMessage(convId, { message_sender: convId.startsWith('c2c_') ? convId.slice(4) : 'someone', message_elem_array: [{ elem_type: TIMElemType.kTIMElem_Text, text_elem_content: text }] });
    }, seconds * 1000);
    return () => clearInterval(id);
}
