// The command line refuses what it does not know: a misspelt option never falls back to a default.
import { strict as assert } from 'node:assert';
import { main, parseArgs } from '../../generator/cli.ts';

describe('timconv command line', () => {
  it('reads each command\'s options, with or without a value', () => {
    const { cmd, flags } = parseArgs(['generate', '--out', 'gen', '--force']);
    assert.equal(cmd, 'generate');
    assert.deepEqual([...flags], [['out', 'gen'], ['force', true]]);
  });

  it('refuses an option the command does not take, suggesting the one meant', () => {
    assert.throws(() => parseArgs(['diff', '--headers', 'a', '--against-header', 'b']),
      /^Error: unknown option --against-header for diff \(did you mean --against-headers\?\); it takes --headers, --against-headers, --against-schema, --json, --schema$/);
    assert.throws(() => parseArgs(['generate', '--froce']), /unknown option --froce for generate \(did you mean --force\?\)/);
    assert.throws(() => parseArgs(['demo', '--seed', '3']), /unknown option --seed for demo; it takes none/);
  });

  it('refuses an unknown command and an option given twice', () => {
    assert.throws(() => parseArgs(['genrate']), /unknown command "genrate" \(did you mean generate\?\)/);
    assert.throws(() => parseArgs(['import', '--headers', 'a', '--headers', 'b']), /--headers is given twice/);
  });

  it('diff needs exactly one thing to compare against', async () => {
    await assert.rejects(main(['diff', '--headers', 'a']), /diff takes one of --against-headers NEWER and --against-schema \[DIR\]/);
    await assert.rejects(main(['diff', '--headers', 'a', '--against-headers', 'b', '--against-schema']), /diff takes one of/);
  });
});
