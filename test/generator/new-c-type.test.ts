// Adding a C value type is one row of the crossing table, plus the C# helper its facade conversion
// names when no existing helper converts that way (a conversion is code, not data). With an int16_t
// row added, a function taking an int16_t gets its schema-checked IR kind, its native surface
// entry, its koffi type, its C# P/Invoke and facade conversion, and its Bridge value check; the C#
// compiles with mcs once the helper exists, and not before.
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
import { mcs, requireMono, tempDir, writeGenerated } from '../csharp/support/mono.ts';
import { miniSchemaDir } from '../support/generated.ts';

const INT16: Crossing = {
  cTypes: ['int16_t'], headerWords: [], schema: { type: 'integer', minimum: -32768, maximum: 32767 }, range: [-32768n, 32767n],
  bridge: 'number', ts: 'number', koffi: 'int16_t', facadeValue: 'same',
  cs: { native: 'short', facade: 'int', toNative: 'Int16Args.TryToInt16', hint: 'A whole number from -32768 to 32767.' },
};

/** The helper the row's conversion names, as a developer adding the row would write it. */
const HELPER = `namespace TimConv
{
    internal static class Int16Args
    {
        internal static bool TryToInt16(int number, out short value)
        {
            value = (short)number;
            return number >= short.MinValue && number <= short.MaxValue;
        }
    }
}
`;

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
    assert.match(cs, /public static int SetFixtureLevel\(int level\)\s*\{\s*short levelValue;\s*if \(!Int16Args\.TryToInt16\(level, out levelValue\)\) return TimConvArgs\.InvalidArgument;/);
    assert.equal(toBridgeValue(kind, -32768), -32768);
    assert.equal(toBridgeValue(kind, 32768), undefined);
    assert.throws(() => toFacadeArg(kind, 40000, 'level'), /level must be an integer in -32768\.\.32767/);
  });

  it('the C# compiles with the helper the row names, and not without it', function () {
    this.timeout(120_000);
    requireMono();
    const out = tempDir('int16');
    const sources = writeGenerated(join(out, 'cs'), emitCsharp(buildIr(loadSchemaDir(dir))));
    const without = mcs(sources, join(out, 'without.dll'));
    assert.equal(without.ok, false);
    assert.match(without.output, /Int16Args/);
    const helper = join(out, 'Int16Args.cs');
    writeFileSync(helper, HELPER);
    const withHelper = mcs([...sources, helper], join(out, 'with.dll'));
    assert.ok(withHelper.ok && withHelper.output === '', withHelper.output);
  });
});
