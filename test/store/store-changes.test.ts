// Coalesced changes and badges: one change per delivery, nothing for an update that changes
// nothing, the three flush modes, listener failures, and the unread badges per filter and per group.
import { strict as assert } from 'node:assert';
import type { StoreOptions } from '../../runtime/store/index.ts';
import { TimError } from '../../runtime/errors.ts';
import { stringify } from '../../runtime/json64.ts';
import { RecordingBridge } from './support/recording-bridge.ts';
import { storeOnSim } from './support/world.ts';

async function setup(options: StoreOptions = {}) {
  const w = storeOnSim({ ids: ['c2c_a', 'c2c_b', 'group_g', 'group_h'], unread: 1, options });
  if (options.flush !== 'manual') await w.store.ready();
  await w.settle();
  w.changes.length = 0;
  return w;
}

/** Sends a conversation event as the SDK would, through the native listener the store registered. */
function emitConv(bridge: RecordingBridge, event: number, convs: unknown[]): void {
  bridge.set.get('TIMSetConvEventCallback')!(event, stringify(convs));
}

describe('store: coalesced changes', () => {
  it('everything one delivery brings becomes one change', async () => {
    const w = await setup();
    w.clock.advance();
    w.sim.deliverMessage('c2c_a');
    w.sim.deliverMessage('c2c_b');
    w.sim.addConversation('c2c_c');
    w.sim.setReceiveOption('group_h', 1);
    await w.settle();
    assert.equal(w.changes.length, 1);
    assert.deepEqual(w.changes[0], {
      added: ['c2c_c'], changed: ['c2c_b', 'c2c_a', 'group_h'], moved: ['c2c_b', 'c2c_a'], removed: [],
      totalUnread: true, unreadFilters: [], unreadGroups: [], groups: false,
    });
  });

  it('an update the SDK sends that changes nothing delivers nothing', async () => {
    const w = await setup();
    emitConv(w.bridge, 2, [w.store.get('c2c_a'), w.store.get('group_g')]);
    emitConv(w.bridge, 0, [w.store.get('c2c_b')]); // an add for a conversation the store holds as it is
    await w.settle();
    assert.deepEqual(w.changes, []);
  });

  it("'manual' delivers only on flush(), once", async () => {
    const w = await setup({ flush: 'manual' });
    await w.store.ready();
    assert.equal(w.store.size, 4, 'the store follows events at once; only the change waits');
    w.sim.deliverMessage('c2c_a');
    await w.settle();
    assert.deepEqual(w.changes, []);
    assert.equal(w.store.get('c2c_a')?.conv_unread_num, 2);
    const change = w.store.flush();
    assert.ok(change && change.added.length === 4 && change.changed.length === 0, 'the first flush reports the loaded list');
    assert.deepEqual(w.changes, [change]);
    assert.equal(w.store.flush(), undefined);
  });

  it('a custom scheduler is given the flush to run', async () => {
    const scheduled: (() => void)[] = [];
    const w = await setup({ flush: (run) => { scheduled.push(run); } });
    w.changes.length = 0;
    scheduled.splice(0).forEach((run) => run());
    w.changes.length = 0;
    w.sim.deliverMessage('c2c_a');
    w.sim.deliverMessage('c2c_b');
    await w.settle();
    assert.equal(scheduled.length, 1, 'one request while one is pending');
    assert.equal(w.changes.length, 0);
    scheduled[0]();
    assert.equal(w.changes.length, 1);
    assert.deepEqual(w.changes[0].changed, ['c2c_b', 'c2c_a']);
  });

  it('a listener that throws is reported and the others still run', async () => {
    const w = await setup();
    w.store.onChange(() => { throw new Error('game bug'); });
    let late = 0;
    w.store.onChange(() => { late++; });
    w.sim.deliverMessage('c2c_a');
    await w.settle();
    assert.equal(late, 1);
    assert.deepEqual(w.errors.map((e) => e.kind), ['listener-threw']);
  });
});

describe('store: unread badges', () => {
  it('one SDK subscription per distinct filter, ended with its last watcher', async () => {
    const w = await setup();
    w.store.watchUnread('chats', { conversation_list_filter_conv_type: 1 });
    w.store.watchUnread('friends', { conversation_list_filter_conv_type: 1 });
    await w.settle();
    assert.equal(w.bridge.count('TIMConvSubscribeUnreadMessageCountByFilter'), 1);
    assert.deepEqual([w.store.unread('chats'), w.store.unread('friends')], [2, 2]);
    w.sim.deliverMessage('c2c_a');
    await w.settle();
    assert.deepEqual(w.changes.at(-1)?.unreadFilters, ['chats', 'friends']);
    assert.deepEqual([w.store.unread('chats'), w.store.unread('friends')], [3, 3]);
    w.store.unwatchUnread('chats');
    assert.equal(w.bridge.subscribed().length, 1);
    w.store.unwatchUnread('friends');
    assert.deepEqual(w.bridge.subscribed(), []);
    assert.equal(w.store.unread('friends'), undefined);
  });

  it('group badges follow creation, renaming and deletion', async () => {
    const w = await setup();
    await w.manager.createConversationGroup('raid', ['group_g', 'group_h']);
    await w.settle();
    assert.deepEqual(w.store.groups, ['raid']);
    assert.equal(w.store.groupUnread('raid'), 2);
    await w.manager.renameConversationGroup('raid', '突袭');
    await w.settle();
    assert.deepEqual(w.store.groups, ['突袭']);
    assert.equal(w.store.groupUnread('raid'), undefined);
    assert.equal(w.store.groupUnread('突袭'), 2);
    w.sim.deliverMessage('group_g');
    await w.settle();
    assert.equal(w.store.groupUnread('突袭'), 3);
    await w.manager.deleteConversationGroup('突袭');
    await w.settle();
    assert.deepEqual(w.store.groups, []);
    assert.deepEqual(w.bridge.subscribed(), []);
    assert.ok(w.changes.some((c) => c.groups), 'group list changes are reported');
  });

  it('matches an echo that spells out all three identifying keys, when only one watch fits', async () => {
    const w = await setup();
    w.store.watchUnread('groups', { conversation_list_filter_conv_type: 2 });
    await w.settle();
    const echo = '{"conversation_list_filter_conv_type":2,"conversation_list_filter_conversation_group":"","conversation_list_filter_mark_type":0}';
    w.bridge.set.get('TIMSetConvUnreadMessageCountChangedByFilterCallback')!(echo, 41);
    assert.equal(w.store.unread('groups'), 41);
  });

  it('refuses a bad name or filter with the path, the rule and the value', async () => {
    const w = await setup();
    assert.throws(() => w.store.watchUnread('', {}), (e: unknown) => e instanceof TimError && e.code === -4
      && e.problems[0].path === '/name' && e.problems[0].rule === 'non-empty-string'
      && e.problems[0].message === 'name must be a non-empty string (rule non-empty-string, value "")');
    assert.throws(() => w.store.watchUnread('x', { conversation_list_filter_conv_typ: 1 } as never), (e: unknown) => e instanceof TimError
      && e.code === -4 && e.problems.some((p) => p.rule === 'additionalProperties'));
    assert.throws(() => w.store.watchUnread('x', { conversation_list_filter_mark_type: 1n << 20n }), (e: unknown) => e instanceof TimError
      && e.code === -4 && e.problems.some((p) => p.path.endsWith('/conversation_list_filter_mark_type')));
    assert.equal(w.bridge.count('TIMConvSubscribeUnreadMessageCountByFilter'), 0, 'nothing reached the SDK');
  });
});
