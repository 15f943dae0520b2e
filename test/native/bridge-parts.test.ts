// The pieces of NodeNativeBridge that need no SDK: request ids, argument checks, callback values,
// UTF-8 strings through koffi (against libc), trampoline bookkeeping, the declarations check, and
// the netns helper's skip. The bridge as a whole runs against the real library in contract.test.ts.
import { strict as assert } from 'node:assert';
import koffi from 'koffi';
import { fromNative, koffiType, toNative } from '../../runtime/bridges/node/abi.ts';
import { AsyncCalls } from '../../runtime/bridges/node/async-calls.ts';
import { CallDepth } from '../../runtime/bridges/node/call-depth.ts';
import { COMM_CALLBACK, checkSurface, type NativeParam, type NativeSurface } from '../../runtime/native-surface.ts';
import type { DeclaredLibrary } from '../../runtime/bridges/node/library.ts';
import { RequestTable } from '../../runtime/bridges/node/requests.ts';
import { sessionArgs } from '../../runtime/bridges/node/session-args.ts';
import { Trampolines } from '../../runtime/bridges/node/trampolines.ts';
import { nativeSurface } from '../../generator/emit/native/surface.ts';
import { realIr } from '../support/generated.ts';
import { runIsolated, setUnshareProbeForTest } from '../support/netns.ts';

const param = (kind: NativeParam['kind'], cType: string = kind): NativeParam => ({ name: 'p', cType, kind });

describe('NodeNativeBridge parts', () => {
  describe('request table', () => {
    it('hands out distinct positive ids and settles each once', () => {
      const t = new RequestTable<string>();
      const a = t.add('a');
      const b = t.add('b');
      assert.ok(a > 0 && b > 0 && a !== b);
      assert.equal(t.take(a), 'a');
      assert.equal(t.take(a), undefined, 'a second answer for the same id is not delivered');
      assert.equal(t.size, 1);
      assert.deepEqual(t.drain(), ['b']);
      assert.equal(t.size, 0);
    });
  });

  describe('arguments', () => {
    it('accepts the C-level values of the Bridge contract', () => {
      assert.equal(toNative('f', param('string'), '会话'), '会话');
      assert.equal(toNative('f', param('int32'), -4), -4);
      assert.equal(toNative('f', param('uint32'), 0xffffffff), 0xffffffff);
      assert.equal(toNative('f', param('uint64'), 2n ** 64n - 1n), 2n ** 64n - 1n);
      assert.equal(toNative('f', param('bool'), false), false);
      assert.equal(toNative('f', param('uint64'), 7), 7n, 'a safe integer becomes the bigint koffi takes');
    });

    it('rejects values of the wrong type or range with the parameter named', () => {
      assert.throws(() => toNative('TIMConvX', { name: 'mark_type', cType: 'uint64_t', kind: 'uint64' }, 1.5), /TIMConvX: argument mark_type \(uint64_t\) must be a bigint \(or a safe integer\) in 0\.\.18446744073709551615, got 1\.5/);
      assert.throws(() => toNative('f', param('uint64'), -1n), /in 0\.\./);
      assert.throws(() => toNative('f', param('uint64'), 2 ** 53), /safe integer/);
      assert.throws(() => toNative('f', param('uint32'), 1.5), /integer/);
      assert.throws(() => toNative('f', param('int32'), 2 ** 31), /integer/);
      assert.throws(() => toNative('f', param('bool'), 1), /boolean/);
      assert.throws(() => toNative('f', param('string'), 'a\0b'), /without NUL/);
    });

    it('checks the session functions\' arguments the same way, naming the parameter (TIMInit, TIMLogin)', () => {
      const { session } = nativeSurface(realIr());
      const decl = (name: string) => session.find((d) => d.name === name)!;
      assert.deepEqual(sessionArgs(decl('TIMInit'), { sdk_app_id: 1400000000, json_sdk_config: '{}' }), [1400000000n, '{}']);
      assert.throws(() => sessionArgs(decl('TIMInit'), { sdk_app_id: -1, json_sdk_config: '' }), /TIMInit: argument sdk_app_id \(uint64_t\) must be a bigint \(or a safe integer\) in 0\.\.18446744073709551615, got -1/);
      assert.throws(() => sessionArgs(decl('TIMInit'), { sdk_app_id: 1.5, json_sdk_config: '' }), /sdk_app_id .* got 1\.5/);
      assert.throws(() => sessionArgs(decl('TIMInit'), { sdk_app_id: 1, json_sdk_config: '{"a":"\0"}' }), /TIMInit: argument json_sdk_config \(const char\*\) must be a string without NUL characters/);
      assert.throws(() => sessionArgs(decl('TIMLogin'), { user_id: 'u', user_sig: 5 as never }), /TIMLogin: argument user_sig/);
      assert.throws(() => sessionArgs(decl('TIMLogin'), { user_id: 'u' }), /TIMLogin: no value for parameter user_sig/);
    });

    it('normalizes callback values: NULL string to "", 64-bit to bigint with the right sign', () => {
      assert.equal(fromNative(param('string'), null), '');
      assert.equal(fromNative(param('uint64'), -1), 2n ** 64n - 1n);
      assert.equal(fromNative(param('uint64'), -(2n ** 63n)), 2n ** 63n);
      assert.equal(fromNative(param('int64'), 5), 5n);
      assert.equal(fromNative(param('uint32'), 7), 7);
    });
  });

  describe('strings through koffi (libc)', () => {
    const libc = koffi.load('libc.so.6');
    const strlen = libc.func('strlen', 'size_t', [koffiType(param('string'), () => { throw new Error('no callback'); })]);

    it('passes a JS string as NUL-terminated UTF-8', () => {
      assert.equal(strlen('会话 ✓ 😀'), 3 * 2 + 1 + 3 + 1 + 4);
    });

    it('decodes a callback const char* from UTF-8 into a JS string', () => {
      const proto = koffi.proto(null, 'void', [koffiType(param('string'), () => { throw new Error(); }), 'intptr_t']);
      const seen: unknown[] = [];
      const ptr = koffi.register((s: string, ud: number) => seen.push(s, ud), koffi.pointer(proto));
      try {
        koffi.call(ptr, proto, '草稿', 42);
      } finally {
        koffi.unregister(ptr);
      }
      assert.deepEqual(seen, ['草稿', 42]);
    });
  });

  describe('asynchronous calls', () => {
    /** AsyncCalls over a stand-in library: `answer` plays the SDK calling TIMCommCallback. */
    function harness() {
      const decl = nativeSurface(realIr()).callbacks.find((c) => c.name === COMM_CALLBACK)!;
      let trampoline: ((...raw: unknown[]) => void) | undefined;
      const trampolines = { register: (fn: (...raw: unknown[]) => void) => { trampoline = fn; return 1n; } } as unknown as Trampolines;
      const lib = { callbacks: new Map([[COMM_CALLBACK, { decl, proto: null }]]) } as unknown as DeclaredLibrary;
      const calls = new AsyncCalls(lib, trampolines, new CallDepth());
      const answers: [number, string, string][] = [];
      const done = (c: number, d: string, j: string) => { answers.push([c, d, j]); };
      return { calls, answers, done, answer: (code: number, json: string, id: number) => trampoline!(code, '', json, id) };
    }
    const tick = () => new Promise((r) => setImmediate(r));

    it('relays an answer the SDK made inside a call that returned non-zero, after the return', async () => {
      const h = harness();
      const rc = h.calls.start('TIMConvGetConversationListByFilter', h.done, (_cb, id) => { h.answer(0, '{"x":1}', id); return -3; });
      assert.equal(rc, -3);
      assert.deepEqual(h.answers, [], 'not inside the call');
      await tick();
      assert.deepEqual(h.answers, [[0, '', '{"x":1}']]);
      assert.deepEqual([h.calls.answersAfterFailure, h.calls.strays, h.calls.pending], [1, 0, 0]);
    });

    it('a non-zero return without an answer leaves nothing pending; a later answer for it is a stray', async () => {
      const h = harness();
      let id = 0;
      assert.equal(h.calls.start('TIMConvGetUnreadMessageCountByFilter', h.done, (_cb, req) => { id = req; return -3; }), -3);
      h.answer(0, '', id);
      await tick();
      assert.deepEqual([h.answers, h.calls.answersAfterFailure, h.calls.strays, h.calls.pending], [[], 0, 1, 0]);
    });
  });

  describe('trampolines', () => {
    const proto = koffi.proto(null, 'void', ['int32_t']);

    it('releases retired pointers after the grace period and everything on releaseAll', async () => {
      const base = koffi.stats().callbacks;
      const t = new Trampolines(20);
      const a = t.register(() => {}, proto);
      t.register(() => {}, proto);
      assert.equal(t.count, 2);
      t.retire(a);
      assert.equal(t.count, 2, 'still registered during the grace period');
      await new Promise((r) => setTimeout(r, 60));
      assert.equal(t.count, 1);
      t.releaseAll();
      assert.equal(t.count, 0);
      assert.equal(koffi.stats().callbacks, base);
    });
  });

  describe('native surface check', () => {
    const good = nativeSurface(realIr());

    it('accepts the emitted surface', () => {
      checkSurface(good);
    });

    it('rejects a surface without TIMCommCallback, with an unknown callback or a function twice', () => {
      const noComm: NativeSurface = { ...good, callbacks: good.callbacks.filter((c) => c.name !== 'TIMCommCallback') };
      assert.throws(() => checkSurface(noComm), /no TIMCommCallback/);
      const unknown: NativeSurface = { ...good, callbacks: good.callbacks.filter((c) => c.name !== 'TIMConvEventCallback') };
      assert.throws(() => checkSurface(unknown), /TIMSetConvEventCallback takes unknown callback TIMConvEventCallback/);
      const twice: NativeSurface = { ...good, session: [...good.session, good.functions[0]] };
      assert.throws(() => checkSurface(twice), new RegExp(`function ${good.functions[0].name} twice`));
    });
  });

  describe('runIsolated', () => {
    afterEach(() => setUnshareProbeForTest(undefined));

    it('skips (never passes) when unshare --net is not permitted', async () => {
      setUnshareProbeForTest({ ok: false, reason: 'unshare --net: exit 1: Operation not permitted' });
      const skipped = new Error('skipped');
      const ctx = { skip: () => { throw skipped; } } as unknown as Mocha.Context;
      await assert.rejects(runIsolated.call(ctx, 'test/native/scripts/isolation-child.ts'), (err) => err === skipped);
    });
  });
});
