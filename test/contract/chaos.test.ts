// Chaotic calls: the run judges each call by what the bridge did, counts a call that never settles
// as wrong instead of waiting for it, and accepts for a polluting answer only what the runtime may
// do with it.
import { strict as assert } from 'node:assert';
import type { FunctionMeta } from '../../runtime/api-meta.ts';
import { expected } from '../../runtime/contract/chaos.ts';
import { runChaos, SchemaSet, type ChaosManagerFactory } from '../../runtime/contract/index.ts';
import { TimError, TIM_ERR_JSON, TIMCONV_ERR_INVALID_RESULT } from '../../runtime/errors.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { ConversationManager } from '../../runtime/generated/conversation-manager.ts';

const schemas = SchemaSet.load();
const withResult = (result: FunctionMeta['result']) => Object.values(API_TABLE.functions).find((f) => !f.sync && f.result === result)!;

describe('contract kit: chaotic calls', function () {
  this.timeout(60_000);

  it('the runtime settles every chaotic call as its behaviour calls for', async () => {
    const f = await runChaos(schemas, { calls: 600, seed: 5 });
    assert.deepEqual([f.wrong, f.settledAsExpected, f.reported], [0, 600, f.expectedReports], f.examples.join('\n'));
  });

  it('a runtime that leaves calls pending is counted wrong, and the run still ends', async () => {
    // Every call of one function never settles: a broken runtime.
    const stuck = 'TIMConvGetConvList';
    const broken: ChaosManagerFactory = (bridge, options) => {
      const real = new ConversationManager(bridge, options);
      return {
        invoke: (cName, args) => (cName === stuck ? new Promise(() => {}) : real.invoke(cName, args)),
        dispose: () => real.dispose(),
      };
    };
    const f = await runChaos(schemas, { calls: 600, seed: 5, manager: broken });
    assert.ok(f.wrong > 0);
    assert.equal(f.wrong + f.settledAsExpected, f.calls, 'every call judged once');
    assert.match(f.examples[0], new RegExp(`^${stuck} \\(\\w[\\w-]*\\): never settled$`));
  });

  it('a polluting answer: a checked result may resolve or be refused as invalid; one with no result must resolve', () => {
    const refused = { ok: false, error: new TimError(TIMCONV_ERR_INVALID_RESULT, 'invalid') };
    const other = { ok: false, error: new TimError(TIM_ERR_JSON, 'bad json') };
    const json = expected(withResult('json'), 'polluting');
    assert.deepEqual([json({ ok: true }), json(refused), json(other)], [true, true, false]);
    const unchecked = expected(withResult('none'), 'polluting');
    assert.deepEqual([unchecked({ ok: true }), unchecked(refused), unchecked(other)], [true, false, false]);
  });
});
