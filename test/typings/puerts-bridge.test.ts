import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { getQuickJS } from 'quickjs-emscripten';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { FACADE_CALLS, FACADE_LISTENERS, type Facade } from '../../runtime/generated/facade-calls.ts';
import { PuertsBridge } from '../../runtime/bridges/puerts/puerts-bridge.ts';
import { fromFacadeArg, toFacadeArg } from '../../runtime/facade-values.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';
import type { ApiTable } from '../../runtime/api-meta.ts';
import { repoRoot } from '../support/sdk.ts';

type Recorded = { method: string; args: unknown[] };

/** A stand-in for CS.TimConv.TimConvFacade: records calls, keeps delegates, delivers on Tick(). */
function fakeFacade(returns = 0) {
  const calls: Recorded[] = [];
  const queued: (() => void)[] = [];
  const listeners = new Map<string, ((...a: unknown[]) => void) | null>();
  const facade = new Proxy({}, {
    get(_target, name: string) {
      if (name === 'Tick') return () => { const n = queued.length; queued.splice(0).forEach((f) => f()); return n; };
      return (...args: unknown[]) => {
        calls.push({ method: name, args });
        if (name.endsWith('Listener')) { listeners.set(name, args[0] as never); return undefined; }
        const last = args[args.length - 1];
        if (returns === 0 && typeof last === 'function') queued.push(() => (last as (...a: unknown[]) => void)(0, '', '{"ok":1}'));
        return returns;
      };
    },
  }) as unknown as Facade;
  return { facade, calls, listeners, queued };
}

describe('Puerts bridge', () => {
  it('has a typed facade call for every function of the API table and a registration for every listener', () => {
    assert.deepEqual(Object.keys(FACADE_CALLS).sort(), Object.keys(API_TABLE.functions).sort());
    assert.deepEqual(Object.keys(FACADE_LISTENERS).sort(), Object.values(API_TABLE.listeners).map((l) => l.setter).sort());
  });

  it('passes 64-bit values as decimal strings and uint32 as numbers, in C order, then the completion', () => {
    const { facade, calls } = fakeFacade();
    const rc = new PuertsBridge(facade, API_TABLE).call('TIMConvGetConversationListByFilter', ['{"conversation_list_filter_conv_type":1}', (1n << 62n) + 1n, 4294967295], () => {});
    assert.equal(rc, 0);
    assert.equal(calls[0].method, 'GetConversationListByFilter');
    assert.deepEqual(calls[0].args.slice(0, 3), ['{"conversation_list_filter_conv_type":1}', '4611686018427387905', 4294967295]);
    assert.equal(typeof calls[0].args[3], 'function');
  });

  it('passes the full uint64 range of a mark type (extension marks reach bit 63)', () => {
    const { facade, calls } = fakeFacade();
    new PuertsBridge(facade, API_TABLE).call('TIMConvMarkConversation', ['["c2c_a"]', (1n << 64n) - 1n, true], () => {});
    assert.deepEqual(calls[0].args.slice(0, 3), ['["c2c_a"]', '18446744073709551615', true]);
  });

  it('calls done only through the facade delegate, that is inside Tick()', () => {
    const { facade } = fakeFacade();
    const bridge = new PuertsBridge(facade, API_TABLE);
    const got: unknown[][] = [];
    bridge.call('TIMConvGetConvList', [], (...a) => got.push(a));
    assert.equal(got.length, 0);
    assert.equal(bridge.tick(), 1);
    assert.deepEqual(got, [[0, '', '{"ok":1}']]);
  });

  it('passes no completion to synchronous functions and null when an asynchronous call has no done', () => {
    const { facade, calls } = fakeFacade();
    const bridge = new PuertsBridge(facade, API_TABLE);
    bridge.call('TIMConvSetDraft', ['c2c_a', 1, '{}']);
    bridge.call('TIMConvGetConvList', []);
    assert.deepEqual(calls.map((c) => c.args), [['c2c_a', 1, '{}'], [null]]);
  });

  it('returns the facade\'s synchronous code', () => {
    const { facade } = fakeFacade(-4);
    assert.equal(new PuertsBridge(facade, API_TABLE).call('TIMConvCreateConversationGroup', ['', '[]'], () => {}), -4);
  });

  it('rejects arguments of the wrong kind before they reach C#', () => {
    const { facade, calls } = fakeFacade();
    const bridge = new PuertsBridge(facade, API_TABLE);
    const bad: [string, unknown[]][] = [
      ['TIMConvGetConversationListByFilter', ['{}', -1n, 1]],
      ['TIMConvGetConversationListByFilter', ['{}', 1n << 64n, 1]],
      ['TIMConvGetConversationListByFilter', ['{}', 0.5, 1]],
      ['TIMConvGetConversationListByFilter', ['{}', '0', 1]],
      ['TIMConvGetConversationListByFilter', ['{}', 0n, -1]],
      ['TIMConvGetConversationListByFilter', ['{}', 0n, 2 ** 32]],
      ['TIMConvGetConversationListByFilter', [{}, 0n, 1]],
      ['TIMConvPinConversation', ['c2c_a', 1, 'yes']],
      ['TIMConvCancelDraft', ['c2c_a', 1.5]],
    ];
    for (const [fn, args] of bad) assert.throws(() => bridge.call(fn, args as never, () => {}), TypeError, `${fn} ${String(args)}`);
    // The error names the function, the parameter, the rule and the value.
    assert.throws(() => bridge.call('TIMConvGetConversationListByFilter', ['{}', 0n, -1], () => {}), /^TypeError: timconv puerts bridge: TIMConvGetConversationListByFilter count must be an integer in 0\.\.4294967295, got -1$/);
    assert.throws(() => bridge.call('TIMConvGetConvList', ['extra'], () => {}), /takes 0 arguments/);
    assert.throws(() => bridge.call('TIMConvNoSuchThing', []), /unknown function/);
    assert.equal(calls.length, 0);
  });

  it('registers listeners that convert facade values back (uint32 stays a number), and clears them with null', () => {
    const { facade, listeners } = fakeFacade();
    const bridge = new PuertsBridge(facade, API_TABLE);
    const got: unknown[][] = [];
    bridge.setListener('TIMSetConvConversationsDeletedFromGroupCallback', (...a) => got.push(a));
    listeners.get('SetConversationsDeletedFromGroupListener')!('好友😀', '[]', 4000000000);
    assert.deepEqual(got, [['好友😀', '[]', 4000000000]]);
    bridge.setListener('TIMSetConvConversationsDeletedFromGroupCallback', null);
    assert.equal(listeners.get('SetConversationsDeletedFromGroupListener'), null);
    assert.throws(() => bridge.setListener('TIMSetConvNoSuchCallback', null), /unknown listener setter/);
  });

  it('clears the listeners it registered on dispose() and refuses use afterwards', () => {
    const { facade, listeners } = fakeFacade();
    const bridge = new PuertsBridge(facade, API_TABLE);
    bridge.setListener('TIMSetConvEventCallback', () => {});
    bridge.setListener('TIMSetConvTotalUnreadMessageCountChangedCallback', () => {});
    bridge.dispose();
    assert.equal(listeners.get('SetConvEventListener'), null);
    assert.equal(listeners.get('SetTotalUnreadMessageCountChangedListener'), null);
    assert.throws(() => bridge.call('TIMConvGetConvList', []), /after dispose/);
  });

  it('converts 64-bit listener values from decimal strings to bigint', () => {
    assert.equal(fromFacadeArg('uint64', '18446744073709551615'), (1n << 64n) - 1n);
    assert.equal(fromFacadeArg('int64', '-9223372036854775808'), -(1n << 63n));
    assert.equal(fromFacadeArg('uint32', 7), 7);
    assert.throws(() => fromFacadeArg('uint64', 5), TypeError);
    assert.equal(toFacadeArg('int64', -(1n << 63n), 'x'), '-9223372036854775808');
    assert.equal(toFacadeArg('uint64', 42, 'x'), '42');
  });

  it('converts by the table the ConversationManager was built with, and needs one', async () => {
    const { facade, calls } = fakeFacade();
    const bridge = new PuertsBridge(facade);
    assert.throws(() => bridge.call('TIMConvGetConvList', [], () => {}), /no API table/);
    // The same function with its page size declared as a 64-bit kind: the bridge follows that table.
    const fn = API_TABLE.functions.TIMConvGetConversationListByFilter;
    const table: ApiTable = { ...API_TABLE, functions: { ...API_TABLE.functions, [fn.cName]: { ...fn, params: fn.params.map((p) => (p.name === 'count' ? { ...p, kind: 'uint64' } : p)) } } };
    const manager = new ConversationManager(bridge, { table });
    // Converted as the table's uint64 (decimal text), which the facade's typed call then refuses.
    await assert.rejects(manager.getConversationListByFilter({ conversation_list_filter_conv_type: 1 }, 0n, 20), /expected a number, got "20"/);
    assert.equal(calls.length, 0);
    manager.dispose();
  });

  it('fails clearly where no CS global exists', () => {
    assert.throws(() => new PuertsBridge(), /CS\.TimConv\.TimConvFacade is not reachable/);
  });

  it('uses no Node or browser API (process, Buffer, require, TextEncoder, setImmediate, node: modules)', () => {
    const files = ['runtime/bridges/puerts/puerts-bridge.ts', 'runtime/facade-values.ts', 'runtime/crossing.ts', 'runtime/generated/facade-calls.ts'];
    for (const f of files) {
      const code = readFileSync(join(repoRoot, f), 'utf8').replace(/\/\/[^\n]*/g, '');
      assert.doesNotMatch(code, /\b(process|Buffer|require|TextEncoder|TextDecoder|setImmediate|queueMicrotask)\b|from 'node:/, f);
    }
  });
});

describe('Puerts bridge in QuickJS (the engine of Puerts\' QuickJS backend) with only a CS global', function () {
  this.timeout(60000);
  it('bundles, runs and converts values there', async () => {
    const entry = `
      import { PuertsBridge } from './runtime/bridges/puerts/puerts-bridge.ts';
      import { API_TABLE } from './runtime/generated/api-table.ts';
      const calls = [];
      const queued = [];
      globalThis.CS = { TimConv: { TimConvFacade: new Proxy({}, { get(_t, name) {
        if (name === 'Tick') return () => { const n = queued.length; queued.splice(0).forEach((f) => f()); return n; };
        return (...args) => {
          calls.push([name, ...args.map((a) => (typeof a === 'function' ? 'fn' : a))]);
          const last = args[args.length - 1];
          if (typeof last === 'function') queued.push(() => last(0, '', '{"conversation_list_result_next_seq":"7"}'));
          return 0;
        };
      } }) } };
      const out = [];
      const bridge = new PuertsBridge(undefined, API_TABLE);
      out.push(bridge.call('TIMConvGetConversationListByFilter', ['{}', 4611686018427387905n, 20], (c, d, j) => out.push(['done', c, d, j])));
      out.push(bridge.tick());
      out.push(calls);
      out.push([typeof globalThis.process, typeof globalThis.require, typeof globalThis.Buffer]);
      globalThis.result = JSON.stringify(out);
    `;
    const bundle = buildSync({
      stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts', sourcefile: 'quickjs-entry.ts' },
      bundle: true, write: false, format: 'iife', platform: 'neutral', target: 'es2020', logLevel: 'silent',
    });
    const QuickJS = await getQuickJS();
    const vm = QuickJS.newContext();
    try {
      vm.unwrapResult(vm.evalCode(bundle.outputFiles[0].text)).dispose();
      const handle = vm.getProp(vm.global, 'result');
      const result = JSON.parse(vm.getString(handle));
      handle.dispose();
      assert.deepEqual(result, [
        0, // the call's return code
        ['done', 0, '', '{"conversation_list_result_next_seq":"7"}'], // done, run by tick()
        1, // tick()'s count
        [['GetConversationListByFilter', '{}', '4611686018427387905', 20, 'fn']],
        ['undefined', 'undefined', 'undefined'],
      ]);
    } finally {
      vm.dispose();
    }
  });
});
