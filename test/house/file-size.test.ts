// Small modules: no hand-written source file is over 300 lines (generated files are exempt).
import { strict as assert } from 'node:assert';
import { handWrittenSources, isGenerated, readSource } from './source-files.ts';

const MAX_LINES = 300;

describe('house rules: file size', () => {
  it(`no hand-written source file has more than ${MAX_LINES} lines`, () => {
    const files = handWrittenSources();
    assert.ok(files.length > 200, `only ${files.length} files`);
    const long = files.map((f) => [f, readSource(f).split('\n').length - 1] as const).filter(([, n]) => n > MAX_LINES);
    assert.deepEqual(long, []);
  });

  it('counts generated files as generated', () => {
    for (const f of ['runtime/generated/types.ts', 'unity-sample/Packages/com.timconv.unity/Runtime/Generated/TimConvFacade.cs', 'test/golden/typescript/types.ts']) assert.ok(isGenerated(f), f);
    assert.equal(isGenerated('runtime/crossing.ts'), false);
  });
});
