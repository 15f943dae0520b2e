// Adding a C value type is one row of the crossing table: with an int16_t row added (and nothing
// else), a function taking an int16_t gets its schema-checked IR kind, its native surface entry, its
// koffi type, its C# P/Invoke and facade conversion, and its Bridge value check.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitCsharp } from '../../generator/emit/csharp/index.ts';
import { nativeSurface } from '../../generator/emit/native/surface.ts';
import { buildIr } from '../../generator/ir/build-ir.ts';
import { loadSchemaDir } from '../../generator/ir/load-schemas.ts';
import { koffiType } from '../../runtime/bridges/node/abi.ts';
import { CROSSINGS, toBridgeValue, type Crossing, type ValueKind } from '../../runtime/crossing.ts';
import { toFacadeArg } from '../../runtime/facade-values.ts';
import { miniSchemaDir } from '../support/generated.ts';

const INT16: Crossing = {
  cTypes: ['int16_t'], headerWords: [], schema: { type: 'integer', minimum: -32768, maximum: 32767 }, range: [-32768n, 32767n],
  bridge: 'number', ts: 'number', koffi: 'int16_t', facadeValue: 'same',
  cs: { native: 'short', facade: 'int', toNative: 'TimConvArgs.TryToInt16', hint: 'A whole number from -32768 to 32767.' },
};

const FUNCTION = {
  $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'timconv:api/TIMConvSetFixtureLevel', title: 'TIMConvSetFixtureLevel',
  description: 'A function of a future header that takes an int16_t.', 'x-kind': 'function', 'x-header': 'TIMConversationManager.h',
  'x-c-return': 'int', 'x-sync': true, 'x-params': [{ name: 'level', cType: 'int16_t', role: 'value' }],
  type: 'object', properties: { level: { description: 'The level.', ...INT16.schema } }, required: ['level'], additionalProperties: false,
};

describe('adding a C value type (one crossing-table row)', () => {
  const table = CROSSINGS as Record<string, Crossing>;
  let dir = '';
  before(() => {
    table.int16 = INT16;
    dir = mkdtempSync(join(tmpdir(), 'timconv-int16-'));
    cpSync(miniSchemaDir, dir, { recursive: true });
    writeFileSync(join(dir, 'api', 'TIMConvSetFixtureLevel.json'), JSON.stringify(FUNCTION, null, 2));
  });
  after(() => {
    delete table.int16;
    rmSync(dir, { recursive: true, force: true });
  });

  it('reaches the IR, the native surface, koffi, the C# facade and the Bridge checks', () => {
    const kind = 'int16' as ValueKind;
    const ir = buildIr(loadSchemaDir(dir));
    const param = ir.functions.find((f) => f.cName === 'TIMConvSetFixtureLevel')!.params[0];
    assert.deepEqual([param.kind, param.type, param.ts, param.csNative, param.csFacade, param.csFacadeTs], [kind, { kind }, 'number', 'short', 'int', 'number']);
    const native = nativeSurface(ir).functions.find((f) => f.name === 'TIMConvSetFixtureLevel')!;
    assert.deepEqual(native.params, [{ name: 'level', cType: 'int16_t', kind }]);
    assert.equal(koffiType(native.params[0], () => { throw new Error('no callback'); }), 'int16_t');
    const cs = emitCsharp(ir).map((f) => f.content).join('\n');
    assert.match(cs, /internal static extern int TIMConvSetFixtureLevel\(short level\);/);
    assert.match(cs, /public static int SetFixtureLevel\(int level\)\s*\{\s*short levelValue;\s*if \(!TimConvArgs\.TryToInt16\(level, out levelValue\)\) return TimConvArgs\.InvalidArgument;/);
    assert.equal(toBridgeValue(kind, -32768), -32768);
    assert.equal(toBridgeValue(kind, 32768), undefined);
    assert.throws(() => toFacadeArg(kind, 40000, 'level'), /level must be an integer in -32768\.\.32767/);
  });
});
