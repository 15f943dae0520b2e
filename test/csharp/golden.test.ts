import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitCsharp } from '../../generator/emit/csharp/index.ts';
import { EDITOR_DIR, RUNTIME_DIR } from '../../generator/emit/csharp/layout.ts';
import { copyBanner, STATIC_DIR } from '../../generator/emit/csharp/static-sources.ts';
import { banner } from '../../generator/emit/types.ts';
import { matchGolden, miniIr, realIr } from '../support/generated.ts';

// Golden baselines of the C# emitter over the small fixed schema set (test/fixtures/mini-schema),
// under test/golden/csharp. Refresh with UPDATE_GOLDEN=1 after reviewing the change.
describe('C# emitter: golden output (mini schema set)', () => {
  const files = emitCsharp(miniIr());

  it('lays the files out as the Unity package does: runtime code, link.xml, and the Puerts config in an editor folder', () => {
    assert.ok(files.every((f) => f.target === 'csharp'));
    assert.deepEqual(files.map((f) => f.path).filter((p) => !p.startsWith(`${RUNTIME_DIR}/`)), [`${EDITOR_DIR}/TimConvNativePlugins.cs`, `${EDITOR_DIR}/TimConvPuertsConfig.cs`]);
    assert.deepEqual(files.map((f) => f.path).filter((p) => !p.endsWith('.cs')), [`${RUNTIME_DIR}/link.xml`]);
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

  it('starts every rendered file with the generated-file banner and every copy with a banner naming its original', () => {
    for (const f of [...files, ...emitCsharp(realIr())]) {
      const name = f.path.slice(f.path.lastIndexOf('/') + 1);
      const copy = copyBanner(name);
      if (f.content.startsWith(copy)) assert.equal(f.content.slice(copy.length), readFileSync(join(STATIC_DIR, name), 'utf8'), f.path);
      else assert.ok(f.content.startsWith(banner(f.path)), f.path);
    }
  });

  it('copies every static source and renders every template that has a placeholder', () => {
    const copies = files.filter((f) => f.content.includes('as a copy of generator/templates/csharp/static/'));
    assert.deepEqual(copies.map((f) => f.path.slice(RUNTIME_DIR.length + 1)), ['MonoPInvokeCallbackAttribute.cs', 'TimConvArgs.cs', 'TimConvMainThread.cs', 'TimConvRequests.cs', 'TimConvUtf8.cs']);
    const templateDir = join(STATIC_DIR, '..');
    for (const f of files.filter((x) => !copies.includes(x))) {
      const name = f.path.slice(f.path.lastIndexOf('/') + 1);
      assert.match(readFileSync(join(templateDir, `${name}.hbs`), 'utf8'), /\{\{/, `${name}.hbs has no placeholder: it belongs in static/`);
    }
  });
});
