import { strict as assert } from 'node:assert';
import { sdkPaths } from '../support/sdk.ts';
import { expectedCsType, readHeaders, sameName, type CHeaders } from './support/c-headers.ts';
import { mono } from './support/mono.ts';
import { testProgram } from './support/program.ts';

// Every [DllImport] and native callback delegate, as the compiler built them (read back by
// reflection in the C# test program), against the SDK's C headers read by a small independent parser.
interface Native { kind: 'FUNC' | 'CALLBACK'; name: string; returns: string; convention: string; library: string; params: { name: string; type: string }[] }

function dump(exe: string): Native[] {
  const r = mono(exe, ['signatures']);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  return String(r.stdout).trim().split('\n').map((line) => {
    const [kind, name, returns, convention, library, ...params] = line.split('\t');
    return {
      kind: kind as Native['kind'], name, returns, convention, library,
      params: params.map((p) => { const [n, t] = p.split('='); return { name: n, type: t }; }),
    };
  });
}

const SESSION = ['TIMInit', 'TIMUninit', 'TIMLogin', 'TIMLogout', 'TIMGetLoginStatus'];

describe('C# P/Invoke layer matches the SDK headers', function () {
  this.timeout(120000);
  let headers: CHeaders;
  let natives: Native[];
  before(() => {
    headers = readHeaders(sdkPaths().headersDir);
    natives = dump(testProgram('sdk-path'));
  });

  const funcs = () => natives.filter((n) => n.kind === 'FUNC');
  const delegates = () => natives.filter((n) => n.kind === 'CALLBACK');

  it('declares every function of TIMConversationManager.h (22 TIMConv* and 8 TIMSetConv*Callback) and the standalone helpers, nothing else', () => {
    const conv = [...headers.functions.values()].filter((f) => f.header === 'TIMConversationManager.h').map((f) => f.name).sort();
    assert.equal(conv.filter((n) => n.startsWith('TIMConv')).length, 22);
    assert.equal(conv.filter((n) => /^TIMSetConv\w+Callback$/.test(n)).length, 8);
    assert.deepEqual(funcs().map((f) => f.name).sort(), [...conv, ...SESSION].sort());
  });

  it('declares one delegate per callback typedef the declared functions take, named after it', () => {
    const used = new Set(funcs().flatMap((f) => headers.functions.get(f.name)!.params.map((p) => p.type)).filter((t) => headers.callbacks.has(t)));
    assert.equal(used.size, 9);
    assert.deepEqual(delegates().map((d) => d.name).sort(), [...used].sort());
  });

  it('gives every function the exact C parameter list: names, order and types', () => {
    for (const f of funcs()) {
      const c = headers.functions.get(f.name)!;
      assert.equal(f.params.length, c.params.length, `${f.name}: parameter count`);
      c.params.forEach((p, i) => {
        assert.ok(sameName(p.name, f.params[i].name), `${f.name} parameter ${i}: ${f.params[i].name} for ${p.name}`);
        assert.equal(f.params[i].type, expectedCsType(p.type, headers), `${f.name} ${p.name} (${p.type})`);
      });
      const expectedReturn = expectedCsType(c.returns, headers);
      assert.equal(f.returns, expectedReturn, `${f.name} returns ${c.returns}`);
    }
  });

  it('gives every callback delegate the exact C parameter list', () => {
    for (const d of delegates()) {
      const c = headers.callbacks.get(d.name)!;
      assert.equal(d.returns, 'System.Void', d.name);
      assert.equal(d.params.length, c.params.length, `${d.name}: parameter count`);
      c.params.forEach((p, i) => {
        assert.ok(sameName(p.name, d.params[i].name), `${d.name} parameter ${i}: ${d.params[i].name} for ${p.name}`);
        assert.equal(d.params[i].type, expectedCsType(p.type, headers), `${d.name} ${p.name} (${p.type})`);
      });
    }
  });

  it('declares the conversations-deleted-from-group callback with its uint32 reason (4 parameters; the official SDK has 3)', () => {
    const d = delegates().find((x) => x.name === 'TIMConvConversationsDeletedFromGroupCallback')!;
    assert.deepEqual(d.params.map((p) => p.type), ['System.IntPtr', 'System.IntPtr', 'System.UInt32', 'System.IntPtr']);
  });

  it('passes the 64-bit mark type as ulong (the official SDK uses int, losing marks 1<<32..1<<63)', () => {
    const f = funcs().find((x) => x.name === 'TIMConvMarkConversation')!;
    assert.equal(f.params[1].type, 'System.UInt64');
  });

  it('uses the cdecl calling convention for every function and delegate', () => {
    for (const n of natives) assert.equal(n.convention, 'Cdecl', n.name);
  });

  it('binds to the official Unity package\'s library names: ImSDK, libImSDKForMac_C on macOS (Editor and player), __Internal on iOS', () => {
    assert.ok(funcs().every((f) => f.library === sdkPaths().libraryPath), 'TIMCONV_LIB_CUSTOM: the project\'s own name');
    const libraries = (variant: 'default' | 'ios' | 'macos') => new Set(dump(testProgram(variant)).filter((n) => n.kind === 'FUNC').map((f) => f.library));
    assert.deepEqual([...libraries('default')], ['ImSDK']);
    assert.deepEqual([...libraries('macos')], ['libImSDKForMac_C']);
    assert.deepEqual([...libraries('ios')], ['__Internal']);
  });

  it('imports nothing on WebGL (no C SDK exists there, an unresolved import fails the player link)', () => {
    const natives = dump(testProgram('webgl'));
    assert.deepEqual(natives.filter((n) => n.kind === 'FUNC'), []);
    assert.ok(natives.some((n) => n.kind === 'CALLBACK'), 'the delegate types are still there');
  });
});
