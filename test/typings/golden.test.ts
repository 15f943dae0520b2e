import { strict as assert } from 'node:assert';
import { banner } from '../../generator/emit/types.ts';
import { emitTypings } from '../../generator/emit/typings/index.ts';
import { matchGolden, miniIr, realIr } from '../support/generated.ts';

// Golden baselines of the typings emitter over the small fixed schema set, under
// test/golden/typings. Refresh with UPDATE_GOLDEN=1 after reviewing the change. The baselines carry a
// ".golden" suffix: as .ts files they would join the project's type-check (a second global CS, and
// imports that only resolve from runtime/generated).
describe('typings emitter: golden output (mini schema set)', () => {
  const files = emitTypings(miniIr());

  it('produces the facade declarations (typings) and the bridge call table (ts)', () => {
    assert.deepEqual(files.map((f) => `${f.target}:${f.path}`), ['typings:timconv-facade.d.ts', 'ts:facade-calls.ts']);
  });

  for (const f of files) {
    it(f.path, () => {
      const r = matchGolden(`typings/${f.path}.golden`, f.content);
      assert.ok(r.ok, r.ok ? '' : r.message);
    });
  }

  it('is byte-identical when run again', () => {
    assert.deepEqual(emitTypings(miniIr()).map((f) => f.content), files.map((f) => f.content));
  });

  it('starts every file with the generated-file banner', () => {
    for (const f of [...files, ...emitTypings(realIr())]) assert.ok(f.content.startsWith(banner(f.path)), f.path);
  });
});
