// The header folders `npm run matrix` takes on its command line.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { FIXTURES_DIR } from './entries.ts';
import { extraEntries } from './run.ts';

const A = join(FIXTURES_DIR, 'dangling-ref');
const B = join(FIXTURES_DIR, 'doc-block-comments');
const facts = (argv: string[]) => extraEntries(argv, '8.0.5906').map((e) => [e.label, e.previous]);

describe('version matrix command line', () => {
  it('--label and --previous belong to the --headers before them, in either order', () => {
    assert.deepEqual(facts(['--headers', A, '--previous', '2.0.2']), [[A, '2.0.2']]);
    assert.deepEqual(facts(['--headers', A, '--previous', '2.0.2', '--label', 'a']), [['a', '2.0.2']]);
    assert.deepEqual(facts(['--headers', A, '--label', 'a', '--headers', B, '--label', 'b']), [['a', '8.0.5906'], ['b', 'a']]);
  });

  it('refuses what it cannot place', () => {
    assert.throws(() => facts(['--label', 'a', '--headers', A]), /--label comes before any --headers/);
    assert.throws(() => facts(['--headers', A, '--prev', 'x']), /unknown option --prev/);
    assert.throws(() => facts(['--headers', A, '--label']), /--label needs a value/);
    assert.throws(() => facts(['--headers', A, '--label', 'a', '--label', 'b']), /--label given twice/);
  });
});
