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
    for (const f of ['runtime/generated/types.ts', 'unity-sample/Packages/com.timconv.unity/Runtime/Generated/TimConvFacade.cs', 'test/golden/typescript/types.ts',
      'unity-sample/Packages/com.timconv.unity/Runtime/Resources/timconv.mjs', 'unity-sample/Packages/com.timconv.unity/Typings/timconv/index.d.ts',
      'unity-sample/Packages/com.timconv.unity/Samples~/ConversationGroups/Scripts/SampleBootstrap.cs',
      'unity-sample/Assets/ConversationGroups/Resources/conversation-groups/main.mjs']) assert.ok(isGenerated(f), f);
    for (const f of ['runtime/crossing.ts', 'unity-sample/Assets/ConversationGroups/TypeScript~/src/main.mts', 'unity-sample/Assets/ConversationGroups/Scripts/SampleBootstrap.cs',
      'unity-sample/Packages/com.timconv.unity/Runtime/Hosting/TimConvScriptPump.cs', 'unity-sample/tools/build-unity.mjs']) assert.equal(isGenerated(f), false, f);
  });
});
