import { strict as assert } from 'node:assert';
import { emitCsharp } from '../../generator/emit/csharp/index.ts';
import { banner } from '../../generator/emit/types.ts';
import { matchGolden, miniIr, realIr } from '../support/generated.ts';

// Golden baselines of the C# emitter over the small fixed schema set (test/fixtures/mini-schema),
// under test/golden/csharp. Refresh with UPDATE_GOLDEN=1 after reviewing the change.
describe('C# emitter: golden output (mini schema set)', () => {
  const files = emitCsharp(miniIr());

  it('produces the C# files, the Puerts config in an Editor folder and link.xml, all for target csharp', () => {
    assert.deepEqual(files.map((f) => f.path).filter((p) => !p.endsWith('.cs')), ['link.xml']);
    assert.ok(files.some((f) => f.path === 'Editor/TimConvPuertsConfig.cs'));
    assert.ok(files.every((f) => f.target === 'csharp'));
  });

  for (const f of files) {
    it(f.path, () => {
      const r = matchGolden(`csharp/${f.path}`, f.content);
      assert.ok(r.ok, r.ok ? '' : r.message);
    });
  }

  it('is byte-identical when run again', () => {
    assert.deepEqual(emitCsharp(miniIr()).map((f) => f.content), files.map((f) => f.content));
  });

  it('starts every file with the generated-file banner', () => {
    for (const f of [...files, ...emitCsharp(realIr())]) assert.ok(f.content.startsWith(banner(f.path)), f.path);
  });
});
