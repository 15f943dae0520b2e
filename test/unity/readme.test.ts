import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATIVE_LIBRARIES } from '../../generator/ir/native-libraries.ts';
import { UNITY_PROJECT } from '../csharp/support/unity-paths.ts';

// unity-sample/README.md restates, for people, facts the code holds: which native library each
// platform binds to (generator/ir/native-libraries.ts, read by the C# emitter). These checks keep
// the two in step.
const readme = readFileSync(join(UNITY_PROJECT, 'README.md'), 'utf8');

/** The rows of the first table after `heading`, each as its cells (back-quotes kept). */
function tableAfter(heading: string): string[][] {
  const from = readme.indexOf(heading);
  assert.ok(from >= 0, `no "${heading}" in the README`);
  const lines = readme.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((c) => c.trim()));
  }
  return rows;
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe('Unity README: the native library table says what native-libraries.ts says', () => {
  const rows = tableAfter('## Native libraries per platform').map(([platform, name, files]) => ({ platform, name, files: ticked(files) }));

  it('gives every library file of every entry under that entry\'s [DllImport] name', () => {
    for (const entry of NATIVE_LIBRARIES.filter((e) => e.library !== null)) {
      for (const file of entry.files) {
        const row = rows.find((r) => r.files.includes(file) && r.name === `\`${entry.library}\``);
        assert.ok(row, `${entry.id}: no row gives ${file} as \`${entry.library}\``);
      }
    }
  });

  it('names no [DllImport] name the code does not use, and no library where the code has none', () => {
    const names = new Set(NATIVE_LIBRARIES.map((e) => e.library).filter((l): l is string => l !== null));
    for (const row of rows) {
      if (row.name === 'none') continue;
      assert.ok(names.has(ticked(row.name)[0]), `${row.platform}: ${row.name}`);
    }
    for (const entry of NATIVE_LIBRARIES.filter((e) => e.library === null)) {
      const row = rows.find((r) => r.platform.toLowerCase().startsWith(entry.id));
      assert.ok(row, `no row for ${entry.id}`);
      assert.equal(row.name, 'none');
      assert.deepEqual(row.files, []);
    }
  });
});
