// The two hooks the conversation store needs from the core: relisten() hands every native listener
// to the bridge again (all of them, even when one is refused), and checkArguments() answers whether a call would be refused without making it.
import { strict as assert } from 'node:assert';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { TimError, TIMCONV_ERR_BRIDGE, TIMCONV_ERR_DISPOSED } from '../../runtime/errors.ts';
import { FakeBridge } from '../runtime/fixtures/fake-bridge.ts';

const CONV = 'TIMSetConvEventCallback';
const UNREAD = 'TIMSetConvTotalUnreadMessageCountChangedCallback';

describe('core hooks for the store', () => {
  it('relisten() sets every native listener again, and the listeners still receive events', () => {
    const bridge = new FakeBridge();
    const manager = new ConversationManager(bridge);
    const seen: number[] = [];
    manager.on('convEvent', (event) => seen.push(event));
    manager.on('totalUnreadMessageCountChanged', (n) => seen.push(100 + n));
    manager.relisten();
    assert.deepEqual(bridge.listenerLog, [[CONV, true], [UNREAD, true], [CONV, true], [UNREAD, true]]);
    bridge.emit(CONV, 4, '');
    bridge.emit(UNREAD, 7);
    assert.deepEqual(seen, [4, 107]);
  });

  it('relisten() tries every native listener when the bridge refuses one, then throws the refusal', () => {
    const bridge = new FakeBridge();
    const manager = new ConversationManager(bridge);
    manager.on('convEvent', () => {});
    manager.on('totalUnreadMessageCountChanged', () => {});
    const set = bridge.setListener.bind(bridge);
    bridge.setListener = (setter, listener) => {
      if (setter === CONV) throw new Error('refused');
      set(setter, listener);
    };
    assert.throws(() => manager.relisten(), (e: unknown) => e instanceof TimError && e.code === TIMCONV_ERR_BRIDGE && /refused/.test(e.message));
    assert.deepEqual(bridge.listenerLog.slice(2), [[UNREAD, true]], 'the one after the refused one was still set');
  });

  it('relisten() does nothing for events nobody listens to, and refuses after dispose()', () => {
    const bridge = new FakeBridge();
    const manager = new ConversationManager(bridge);
    manager.relisten();
    assert.deepEqual(bridge.listenerLog, []);
    manager.dispose();
    assert.throws(() => manager.relisten(), (e: unknown) => e instanceof TimError && e.code === TIMCONV_ERR_DISPOSED);
  });

  it('checkArguments() returns the refusal a call would get, and never calls the bridge', () => {
    const bridge = new FakeBridge();
    const manager = new ConversationManager(bridge);
    const ids = Array.from({ length: 101 }, (_, i) => `c2c_u${i}`);
    const tooMany = manager.checkArguments('TIMConvMarkConversation', [ids, 1n, true]);
    assert.equal(tooMany?.code, 51006);
    const badId = manager.checkArguments('TIMConvMarkConversation', [['c2c_a', 42], 1n, true]);
    assert.equal(badId?.code, -4);
    assert.equal(badId?.problems[0].path, '/conversation_id_array/1');
    assert.equal(manager.checkArguments('TIMConvMarkConversation', [['c2c_a'], 1n, true]), undefined);
    assert.equal(bridge.calls.length, 0);
  });
});
