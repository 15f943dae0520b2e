// The store's life cycle: ready() before and after login, failed loads, logout and login with
// changes made in between, listeners displaced and put back, and dispose() leaving nothing behind.
import { strict as assert } from 'node:assert';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import { ConversationStore } from '../../runtime/store/index.ts';
import { TimError, TIMCONV_ERR_DISPOSED } from '../../runtime/errors.ts';
import { FakeBridge } from '../runtime/fixtures/fake-bridge.ts';
import { idOf, storeOnSim } from './support/world.ts';

function setup(login = true) {
  return storeOnSim({ ids: ['c2c_a', 'c2c_b', 'group_g'], unread: 2, login });
}

const ids = (store: ConversationStore) => store.conversations().map(idOf);

/** A store over a scripted bridge: unread and group reads answer at once (later, as the SDK does); the list load waits for the test. */
function scripted() {
  const fake = new FakeBridge();
  fake.onCall = (c) => {
    const json = c.fn === 'TIMConvGetConversationGroupList' ? '[]'
      : c.fn.includes('Unread') && !c.fn.includes('scribe') ? '{"conv_get_total_unread_message_count_result_unread_count":0}' : undefined;
    if (json !== undefined) void Promise.resolve().then(() => c.done!(0, '', json));
    return 0;
  };
  const errors: { error: unknown; kind: string }[] = [];
  const store = new ConversationStore(new ConversationManager(fake), { onError: (error, c) => errors.push({ error, kind: c.kind }) });
  /** Answers the latest list load. */
  const answerLoad = (code: number, json: string) => {
    const at = fake.calls.map((c) => c.fn).lastIndexOf('TIMConvGetConvList');
    fake.answer(code, code ? 'failed' : '', json, at);
  };
  return { fake, store, errors, answerLoad };
}

const LISTENED = ['convEvent', 'totalUnreadMessageCountChanged', 'unreadMessageCountChangedByFilter', 'conversationGroupCreated',
  'conversationGroupDeleted', 'conversationGroupNameChanged', 'conversationsAddedToGroup', 'conversationsDeletedFromGroup'];

describe('store: life cycle', () => {
  it('ready() waits for the login when the store starts logged out, then holds the list', async () => {
    const w = setup(false);
    let ready = false;
    void w.store.ready().then(() => { ready = true; });
    await w.settle();
    assert.equal(ready, false, 'not logged in: no list yet, and no failure either');
    assert.deepEqual(w.errors, []);
    w.sim.login('me');
    await w.settle();
    assert.equal(ready, true);
    assert.deepEqual(ids(w.store), ['group_g', 'c2c_b', 'c2c_a']);
    assert.equal(w.store.totalUnread, 6);
    await w.store.ready(); // at once once loaded
    assert.equal(w.store.isReady, true);
  });

  it('ready() rejects when the load fails for another reason, and a later resync() recovers', async () => {
    const { store, errors, answerLoad } = scripted();
    const first = store.ready();
    answerLoad(6017, '');
    await assert.rejects(first, (e: unknown) => e instanceof TimError && e.code === 6017);
    await assert.rejects(store.ready(), (e: unknown) => e instanceof TimError && e.code === 6017);
    assert.deepEqual(errors.map((e) => e.kind), ['load-failed']);
    const again = store.resync();
    answerLoad(0, '[{"conv_id":"a","conv_type":1,"conv_active_time":1}]');
    await again;
    await store.ready();
    assert.equal(store.size, 1);
  });

  it('after logout and login it holds what changed meanwhile, in one change, with its subscriptions made again', async () => {
    const w = setup();
    w.store.watchUnread('groups', { conversation_list_filter_conv_type: 2 });
    await w.settle();
    assert.equal(w.store.unread('groups'), 2);
    w.changes.length = 0;
    w.sim.logout();
    w.clock.advance();
    w.sim.addConversation('c2c_new', { unread: 1 });
    w.sim.deliverMessage('c2c_b');
    w.sim.setReceiveOption('c2c_a', 2);
    w.sim.login('me');
    await w.settle();
    assert.equal(w.changes.length, 1, 'the whole sync is one change');
    assert.deepEqual(ids(w.store), ['c2c_b', 'c2c_new', 'group_g', 'c2c_a']);
    assert.deepEqual(w.changes[0].added, ['c2c_new']);
    assert.deepEqual(w.changes[0].changed, ['c2c_b', 'c2c_a']);
    assert.deepEqual(w.changes[0].moved, ['c2c_b']);
    assert.equal(w.store.totalUnread, 6, 'c2c_a is muted: 3 + 1 + 2');
    assert.equal(w.store.unread('groups'), 2);
    // The simulator forgot every subscription at logout; the store's badge still follows the SDK.
    w.sim.deliverMessage('group_g');
    await w.settle();
    assert.equal(w.store.unread('groups'), 3);
    assert.deepEqual(w.errors, []);
  });

  it('a login with nothing changed delivers no change at all', async () => {
    const w = setup();
    await w.settle();
    w.changes.length = 0;
    w.sim.logout();
    w.sim.login('me');
    await w.settle();
    assert.deepEqual(w.changes, []);
    assert.ok(w.bridge.count('TIMConvGetConvList') >= 2, 'it did reload');
  });

  it('resync() puts back native listeners something else displaced', async () => {
    const w = setup();
    await w.settle();
    w.bridge.setListener('TIMSetConvEventCallback', () => { /* another SDK wrapper */ });
    w.sim.deliverMessage('c2c_a');
    await w.settle();
    assert.equal(w.store.get('c2c_a')?.conv_unread_num, 2, 'the event went to the other listener');
    await w.store.resync();
    await w.settle();
    assert.equal(w.store.get('c2c_a')?.conv_unread_num, 3, 'the reload caught up');
    w.sim.deliverMessage('c2c_a');
    await w.settle();
    assert.equal(w.store.get('c2c_a')?.conv_unread_num, 4, 'events reach the store again');
  });

  it('a login sets the native listeners again: a displaced unread listener is back afterwards', async () => {
    const w = setup();
    await w.settle();
    w.bridge.setListener('TIMSetConvTotalUnreadMessageCountChangedCallback', () => { /* another SDK wrapper */ });
    w.sim.logout();
    w.sim.login('me');
    await w.settle();
    w.sim.deliverMessage('c2c_a');
    await w.settle();
    assert.equal(w.store.totalUnread, 7);
    assert.ok(w.changes.at(-1)?.totalUnread);
  });

  it('dispose() removes every listener and subscription; afterwards calls refuse with -902', async () => {
    const w = setup();
    w.store.watchUnread('c2c', { conversation_list_filter_conv_type: 1 });
    await w.manager.createConversationGroup('raid', ['group_g']);
    await w.settle();
    assert.equal(w.bridge.subscribed().length, 2, 'the watched filter and the group');
    w.store.dispose();
    for (const e of LISTENED) assert.equal(w.manager.listenerCount(e), 0, e);
    assert.deepEqual([...w.bridge.set.keys()], []);
    assert.deepEqual(w.bridge.subscribed(), []);
    const refused = (e: unknown) => e instanceof TimError && e.code === TIMCONV_ERR_DISPOSED;
    await assert.rejects(w.store.ready(), refused);
    assert.throws(() => w.store.watchUnread('x', {}), refused);
    assert.throws(() => w.store.pages({}, 10), refused);
    assert.throws(() => w.store.onChange(() => {}), refused);
    await assert.rejects(w.store.reconcileUnread(), refused);
    w.sim.deliverMessage('c2c_a');
    await w.sim.settle();
    assert.equal(w.store.flush(), undefined);
    w.store.dispose(); // twice is fine
  });

  it('a conversation without conv_id is reported and skipped', async () => {
    const { fake, store, errors, answerLoad } = scripted();
    answerLoad(0, '[]');
    await store.ready();
    fake.emit('TIMSetConvEventCallback', 0, '[{"conv_type":1},{"conv_id":"a","conv_type":1}]');
    assert.deepEqual(errors.map((e) => e.kind), ['invalid-conversation']);
    assert.equal(store.size, 1);
    fake.emit('TIMSetConvEventCallback', 1, '[{"conv_type":1},{"conv_id":"a","conv_type":1}]');
    assert.deepEqual(errors.map((e) => e.kind), ['invalid-conversation', 'invalid-conversation'], 'in a delete event too');
    assert.equal(store.size, 0);
  });
});
