// The crossing table (runtime/crossing.ts): one row per C value type, read by the importer, the IR,
// the C# templates, the bridges and the simulator. These check the rows hold together.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CROSSINGS, VALUE_KINDS, clampToRange, kindOfCType, kindOfHeaderWord, toBridgeValue, type Crossing } from '../../runtime/crossing.ts';
import { realIr } from '../support/generated.ts';
import { repoRoot } from '../support/sdk.ts';

const rows = VALUE_KINDS.map((k) => [k, CROSSINGS[k] as Crossing] as const);
const staticCs = ['TimConvArgs.cs', 'TimConvUtf8.cs'].map((f) => readFileSync(join(repoRoot, 'generator', 'templates', 'csharp', 'static', f), 'utf8')).join('\n');

describe('crossing table', () => {
  it('names each C type and header word in one row only', () => {
    const cTypes = rows.flatMap(([, r]) => r.cTypes);
    const words = rows.flatMap(([, r]) => r.headerWords);
    assert.equal(new Set(cTypes).size, cTypes.length);
    assert.equal(new Set(words).size, words.length);
    assert.equal(kindOfCType('uint32_t'), 'uint32');
    assert.equal(kindOfHeaderWord('uint'), 'uint32');
    assert.equal(kindOfCType('TIMConvType'), undefined, 'enums are chosen by role');
  });

  it('every C# helper a row names exists in the static C# sources', () => {
    for (const [kind, r] of rows) {
      for (const helper of [r.cs.toNative, r.cs.fromNative].filter((h) => h && h !== 'utf8')) {
        const method = helper!.split('.').pop()!;
        assert.match(staticCs, new RegExp(`static \\w+ ${method}\\(`), `${kind}: ${helper}`);
      }
    }
  });

  it('takes the ends of each integer range and refuses one past them', () => {
    for (const [kind, r] of rows) {
      if (!r.range) continue;
      const [lo, hi] = r.range;
      const asJs = (n: bigint) => (r.bridge === 'bigint' ? n : Number(n));
      assert.notEqual(toBridgeValue(kind, asJs(lo)), undefined, `${kind} ${lo}`);
      assert.notEqual(toBridgeValue(kind, asJs(hi)), undefined, `${kind} ${hi}`);
      assert.equal(toBridgeValue(kind, asJs(lo - 1n)), undefined, `${kind} ${lo - 1n}`);
      assert.equal(toBridgeValue(kind, asJs(hi + 1n)), undefined, `${kind} ${hi + 1n}`);
    }
    assert.equal(toBridgeValue('uint64', 5), 5n, 'a safe integer becomes a bigint');
    assert.equal(toBridgeValue('uint32', 1.5), undefined);
    assert.equal(toBridgeValue('string', 'a\0b'), undefined);
  });

  it('clamps a number into an integer row that crosses as a number, to the nearest end', () => {
    assert.deepEqual([2 ** 31 - 1, 2 ** 31, 5e12, -(2 ** 31) - 1, 7].map((n) => clampToRange('int32', n)), [2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1, -(2 ** 31), 7]);
    assert.deepEqual([2 ** 32, -1, 0].map((n) => clampToRange('uint32', n)), [2 ** 32 - 1, 0, 0]);
  });

  it('decides every value parameter of the IR: kind, C# native and facade types come from its row', () => {
    const ir = realIr();
    const params = [...ir.functions, ...ir.session, ...ir.callbacks].flatMap((f) => f.params).filter((p) => p.kind);
    assert.ok(params.length > 50);
    for (const p of params) {
      const r: Crossing = CROSSINGS[p.kind!];
      assert.deepEqual([p.csNative, p.csFacade, p.csMarshal, p.csToNative], [r.cs.native, r.cs.facade, r.cs.marshal, r.cs.toNative], `${p.cName} ${p.cType}`);
    }
    const count = ir.functions.find((f) => f.cName === 'TIMConvGetConversationListByFilter')!.params.find((p) => p.cName === 'count')!;
    assert.deepEqual([count.kind, count.type], ['uint32', { kind: 'uint32' }], 'a uint32_t is uint32 whatever its schema minimum');
  });
});
