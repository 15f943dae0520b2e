// The header fixtures themselves: they hold no SDK header text, and an edit that no longer applies
// fails instead of leaving the pinned header as it was.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sdkPaths } from '../support/sdk.ts';
import { FIXTURES_DIR, layFixture } from './entries.ts';

/** Lines long enough to say something, trimmed; separator rules of dashes or slashes are not text. */
function meaningfulLines(text: string): Set<string> {
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l.length > 25 && !/^[-/=*\s]+$/.test(l)));
}

describe('version matrix: header fixtures', () => {
  let scratch = '';
  before(() => { scratch = mkdtempSync(join(tmpdir(), 'timconv-fixtures-')); });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('no fixture header has the name of a pinned SDK header or shares a line with one', () => {
    const sdkDir = sdkPaths().headersDir;
    const sdkNames = readdirSync(sdkDir).filter((n) => n.endsWith('.h'));
    const sdkLines = new Set(sdkNames.flatMap((n) => [...meaningfulLines(readFileSync(join(sdkDir, n), 'utf8'))]));
    let checked = 0;
    for (const folder of readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(join(FIXTURES_DIR, folder.name)).filter((n) => n.endsWith('.h'))) {
        assert.ok(!sdkNames.includes(name), `${folder.name}/${name} replaces an SDK header: write it as edits.json`);
        const shared = [...meaningfulLines(readFileSync(join(FIXTURES_DIR, folder.name, name), 'utf8'))].filter((l) => sdkLines.has(l));
        assert.deepEqual(shared, [], `${folder.name}/${name} repeats lines of the SDK's headers`);
        checked++;
      }
    }
    assert.ok(checked >= 5, `only ${checked} fixture headers found`);
  });

  it('makes the edits of edits.json to the copied headers and leaves the pinned ones alone', () => {
    const base = join(scratch, 'base');
    mkdirSync(base);
    writeFileSync(join(base, 'A.h'), 'enum E {\n    kOne,\n    kTwo,\n};\n');
    const fixture = join(scratch, 'adds-member');
    mkdirSync(fixture);
    writeFileSync(join(fixture, 'edits.json'), JSON.stringify([{ file: 'A.h', pattern: '(\\n([ \\t]*)kTwo,\\n)', replace: '$1$2kThree,\n', count: 1 }]));
    const out = layFixture(base, fixture, scratch);
    assert.equal(readFileSync(join(out, 'A.h'), 'utf8'), 'enum E {\n    kOne,\n    kTwo,\n    kThree,\n};\n');
    assert.equal(readFileSync(join(base, 'A.h'), 'utf8'), 'enum E {\n    kOne,\n    kTwo,\n};\n');
  });

  it('fails, naming the fixture, the header and the counts, when an edit matches other than expected', () => {
    const base = join(scratch, 'base2');
    mkdirSync(base);
    writeFileSync(join(base, 'A.h'), 'kTwo kTwo\n');
    for (const [edit, message] of [
      [{ file: 'A.h', pattern: 'kFour', replace: 'x', count: 1 }, /edits\.json \[0\]: \/kFour\/ matches 0 times in A\.h, expected 1/],
      [{ file: 'A.h', pattern: 'kTwo', replace: 'x', count: 1 }, /matches 2 times in A\.h, expected 1/],
      [{ file: 'B.h', pattern: 'kTwo', replace: 'x', count: 1 }, /edits\.json \[0\]: no header B\.h to edit/],
    ] as const) {
      const fixture = mkdtempSync(join(scratch, 'bad-'));
      writeFileSync(join(fixture, 'edits.json'), JSON.stringify([edit]));
      assert.throws(() => layFixture(base, fixture, scratch), message);
    }
  });
});
