// The goldens' mini schema set is schema/ in small: the same bytes for the files it holds, so the
// goldens show what the emitters make of the real schemas.
import { strict as assert } from 'node:assert';
import { deriveMiniSchema, readMiniSchema } from '../support/mini-schema.ts';

describe('mini schema set (test/fixtures/mini-schema)', () => {
  it('holds exactly the listed files, each byte-identical to schema/ (refresh: node --import tsx test/support/mini-schema.ts)', () => {
    const derived = deriveMiniSchema();
    const found = readMiniSchema();
    assert.deepEqual([...found.keys()].sort(), [...derived.keys()].sort());
    for (const [f, text] of derived) assert.ok(found.get(f) === text, `${f} differs from schema/${f}`);
  });
});
