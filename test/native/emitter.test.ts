// generator/emit/native: the C signatures the Node bridge declares libImSDK.so from, checked against
// the IR and against the SDK's own header.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitNative } from '../../generator/emit/native/index.ts';
import { nativeDecls } from '../../generator/emit/native/decls.ts';
import { banner } from '../../generator/emit/types.ts';
import { checkDecls, isSetter, valueParams, type NativeDecls } from '../../runtime/bridges/node/decls.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { realIr } from '../support/generated.ts';
import { sdkPaths } from '../support/sdk.ts';
import { emitDeclsFile } from './support/decls.ts';

describe('native declarations emitter', () => {
  const ir = realIr();
  const data = nativeDecls(ir);

  it('emits one ts file, native-decls.ts, that starts with the banner', () => {
    const files = emitNative(ir);
    assert.deepEqual(files.map((f) => [f.target, f.path]), [['ts', 'native-decls.ts']]);
    assert.ok(files[0].content.startsWith(banner('native-decls.ts')));
  });

  it('is byte-identical across runs', () => {
    assert.equal(emitNative(realIr())[0].content, emitNative(ir)[0].content);
  });

  it('the emitted file imports only the table type (erased at run time) and exports the same table', async () => {
    const path = emitDeclsFile();
    try {
      const imports = readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('import '));
      assert.deepEqual(imports, ["import type { NativeDecls } from '../bridges/node/decls.ts';"]);
      const mod = (await import(pathToFileURL(path).href)) as { NATIVE_DECLS: NativeDecls };
      assert.deepEqual(mod.NATIVE_DECLS, data);
    } finally {
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  it('declares the 22 TIMConv* functions, the 8 setters and the 9 callback typedefs', () => {
    checkDecls(data);
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

  it('maps enums to int32, 64-bit values to (u)int64 and JSON to strings', () => {
    const abi = (fn: string, param: string) => data.functions.find((f) => f.name === fn)!.params.find((p) => p.name === param)!.abi;
    assert.equal(abi('TIMConvCreate', 'conv_type'), 'int32');
    assert.equal(abi('TIMConvMarkConversation', 'mark_type'), 'uint64');
    assert.equal(abi('TIMConvGetConversationListByFilter', 'count'), 'uint32');
    assert.equal(abi('TIMConvGetConvInfo', 'json_get_conv_list_param'), 'string');
    assert.equal(abi('TIMConvPinConversation', 'is_pinned'), 'bool');
    const deleted = data.callbacks.find((c) => c.name === 'TIMConvConversationsDeletedFromGroupCallback')!;
    assert.deepEqual(deleted.params.map((p) => p.abi), ['string', 'string', 'uint32', 'user_data'], 'the header has a uint32 reason');
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
