import { strict as assert } from 'node:assert';
import { emitTypescript } from '../../generator/emit/typescript/index.ts';
import { emitValidators } from '../../generator/emit/validators/index.ts';
import type { Emitter } from '../../generator/emit/types.ts';
import { matchGolden, miniIr } from '../support/generated.ts';

// Golden baselines over a small fixed schema set (test/fixtures/mini-schema): they change only when
// an emitter changes. Refresh every baseline with UPDATE_GOLDEN=1.
const emitters: [string, Emitter][] = [['typescript', emitTypescript], ['validators', emitValidators]];

describe('golden output per emitter (mini schema set)', () => {
  const ir = miniIr();
  for (const [name, emit] of emitters) {
    describe(name, () => {
      const files = emit(ir);
      it('produces files', () => assert.ok(files.length > 0));
      for (const f of files) {
        it(f.path, () => {
          const r = matchGolden(`${name}/${f.path}`, f.content);
          assert.ok(r.ok, r.ok ? '' : r.message);
        });
      }
      it('is byte-identical when run again', () => {
        const again = emit(miniIr());
        assert.deepEqual(again.map((f) => f.content), files.map((f) => f.content));
      });
    });
  }
});
