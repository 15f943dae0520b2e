// generator/emit/native: the native surface the Node bridge declares libImSDK.so from, checked
// against the IR and against the SDK's own headers.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitNative } from '../../generator/emit/native/index.ts';
import { nativeSurface } from '../../generator/emit/native/surface.ts';
import { banner } from '../../generator/emit/types.ts';
import { checkSurface, isSetter, valueParams, type NativeSurface } from '../../runtime/native-surface.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { realIr } from '../support/generated.ts';
import { sdkPaths } from '../support/sdk.ts';
import { emitSurfaceFile } from './support/surface.ts';

describe('native surface emitter', () => {
  const ir = realIr();
  const data = nativeSurface(ir);

  it('emits one ts file, native-surface.ts, that starts with the banner', () => {
    const files = emitNative(ir);
    assert.deepEqual(files.map((f) => [f.target, f.path]), [['ts', 'native-surface.ts']]);
    assert.ok(files[0].content.startsWith(banner('native-surface.ts')));
  });

  it('is byte-identical across runs', () => {
    assert.equal(emitNative(realIr())[0].content, emitNative(ir)[0].content);
  });

  it('the emitted file imports only the table type (erased at run time) and exports the same table', async () => {
    const path = emitSurfaceFile();
    try {
      const imports = readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('import '));
      assert.deepEqual(imports, ["import type { NativeSurface } from '../native-surface.ts';"]);
      const mod = (await import(pathToFileURL(path).href)) as { NATIVE_SURFACE: NativeSurface };
      assert.deepEqual(mod.NATIVE_SURFACE, data);
    } finally {
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  it('declares the 22 TIMConv* functions, the 8 setters, the 5 session functions and the 9 callback typedefs', () => {
    checkSurface(data);
    assert.deepEqual(data.session.map((f) => f.name), ['TIMInit', 'TIMUninit', 'TIMLogin', 'TIMLogout', 'TIMGetLoginStatus']);
    assert.equal(data.functions.filter((f) => f.name.startsWith('TIMConv')).length, 22);
    assert.equal(data.functions.filter(isSetter).length, 8);
    assert.equal(data.functions.length, 30);
    assert.equal(data.callbacks.length, 9);
  });

  it('value parameters match the API table the runtime calls the bridge with', () => {
    for (const [name, meta] of Object.entries(API_TABLE.functions)) {
      const decl = data.functions.find((f) => f.name === name)!;
      assert.deepEqual(valueParams(decl).map((p) => p.name), meta.params.map((p) => p.name), name);
    }
  });

  it('gives each value parameter the crossing-table row of its C type (enums and JSON strings by role)', () => {
    const kind = (fn: string, param: string) => [...data.functions, ...data.session].find((f) => f.name === fn)!.params.find((p) => p.name === param)!.kind;
    assert.equal(kind('TIMConvCreate', 'conv_type'), 'enum');
    assert.equal(kind('TIMConvMarkConversation', 'mark_type'), 'uint64');
    assert.equal(kind('TIMConvGetConversationListByFilter', 'count'), 'uint32');
    assert.equal(kind('TIMConvGetConvInfo', 'json_get_conv_list_param'), 'json');
    assert.equal(kind('TIMConvPinConversation', 'is_pinned'), 'bool');
    assert.equal(kind('TIMInit', 'sdk_app_id'), 'uint64');
    assert.equal(kind('TIMLogin', 'user_id'), 'string');
    const deleted = data.callbacks.find((c) => c.name === 'TIMConvConversationsDeletedFromGroupCallback')!;
    assert.deepEqual(deleted.params.map((p) => p.kind), ['string', 'json', 'uint32', 'user_data'], 'the header has a uint32 reason');
  });

  it('agrees with TIMConversationManager.h on every parameter count and return type', () => {
    const header = readFileSync(join(sdkPaths().headersDir, 'TIMConversationManager.h'), 'utf8');
    const decl = /TIM_API\s+(int|void)\s+(TIMConv\w+|TIMSetConv\w+)\s*\(([^)]*)\)/g;
    const found = new Map<string, { returns: string; count: number }>();
    for (const m of header.matchAll(decl)) found.set(m[2], { returns: m[1], count: m[3].split(',').filter((s) => s.trim()).length });
    assert.equal(found.size, 30);
    for (const f of data.functions) assert.deepEqual([f.returns, f.params.length], [found.get(f.name)?.returns, found.get(f.name)?.count], f.name);
  });
});
