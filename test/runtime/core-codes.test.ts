// TimError.code is a number whatever a bridge hands over: a completion or a synchronous return that
// is no integer (undefined, NaN, 1.5, "ok") is the bridge's failure (-904); an integer written as
// text or as a bigint is read as that integer. The runtime's own codes are no code of the SDK.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  asCode, TimError, TIMCONV_ERR_BRIDGE, TIMCONV_ERR_DISPOSED, TIMCONV_ERR_INVALID_RESULT, TIMCONV_ERR_TIMEOUT,
} from '../../runtime/errors.ts';
import { sdkPaths } from '../support/sdk.ts';
import { flush, rig, track } from './fixtures/helpers.ts';

const GROUPS = 'TIMConvGetConversationGroupList';

describe('core: codes from a bridge are numbers', () => {
  for (const bad of [undefined, Number.NaN, 1.5, 'ok', null, {}]) {
    it(`a completion with code ${String(bad)} rejects with ${TIMCONV_ERR_BRIDGE}`, async () => {
      const { bridge, core } = rig();
      const t = track(core.invoke(GROUPS, []));
      bridge.calls[0].done!(bad as never, 'desc', '["a"]');
      await flush();
      assert.equal(t.settled(), 'rejected');
      assert.equal(t.error().code, TIMCONV_ERR_BRIDGE);
      assert.equal(typeof t.error().code, 'number');
      assert.match(t.error().message, /completed with code .*, which is not a number/);
    });

    it(`a synchronous return of ${String(bad)} rejects or throws with ${TIMCONV_ERR_BRIDGE}`, async () => {
      const { bridge, core } = rig();
      bridge.onCall = () => bad as never;
      const t = track(core.invoke(GROUPS, []));
      await flush();
      assert.equal(t.error().code, TIMCONV_ERR_BRIDGE);
      assert.throws(() => core.invokeSync('TIMConvSetDraft', ['c2c_a', 1, {}]), (e: TimError) => e.code === TIMCONV_ERR_BRIDGE && /instead of a TIMResult/.test(e.message));
    });
  }

  it("reads '0' as success and '7013' or 7013n as the SDK code 7013", async () => {
    const { bridge, core } = rig();
    const ok = core.invoke(GROUPS, []);
    bridge.answer('0' as never, '', '["a"]');
    assert.deepEqual(await ok, ['a']);
    const failed = track(core.invoke(GROUPS, []));
    bridge.answer('7013' as never, 'not supported', '');
    const big = track(core.invoke(GROUPS, []));
    bridge.answer(7013n as never, 'not supported', '');
    await flush();
    assert.deepEqual([failed.error().code, big.error().code], [7013, 7013]);
    bridge.onCall = () => '-2' as never;
    assert.throws(() => core.invokeSync('TIMConvSetDraft', ['c2c_a', 1, {}]), (e: TimError) => e.code === -2);
  });

  it('a completion whose payload is not text rejects with -904', async () => {
    const { bridge, core } = rig();
    const t = track(core.invoke(GROUPS, []));
    bridge.answer(0, '', ['a'] as never);
    await flush();
    assert.equal(t.error().code, TIMCONV_ERR_BRIDGE);
  });

  it('a TimError built with a code that is no number still has a number', () => {
    assert.equal(new TimError(undefined as never, 'x').code, TIMCONV_ERR_BRIDGE);
    assert.equal(new TimError('12' as never, 'x').code, 12);
    assert.deepEqual([asCode(0), asCode(-3), asCode('-4'), asCode(2n), asCode(' 1'), asCode(2 ** 60), asCode(Infinity)], [0, -3, -4, 2, undefined, undefined, undefined]);
  });
});

describe('core: the runtime codes', () => {
  it('are negative and no enumerator of the pinned SDK headers has one of them', () => {
    // The headers are where the SDK's codes live (TIMErrorCode.h lists far more than the schemas
    // import, among them -302, -10000.. and -20009); every `NAME = value` of every header is read.
    const { headersDir } = sdkPaths();
    const sdkValues = new Set<number>();
    for (const file of readdirSync(headersDir).filter((f) => f.endsWith('.h'))) {
      for (const m of readFileSync(join(headersDir, file), 'utf8').matchAll(/^\s*[A-Za-z_]\w*\s*=\s*(-?\d+)\s*,?/gm)) sdkValues.add(Number(m[1]));
    }
    assert.ok(sdkValues.has(-302) && sdkValues.has(-20009) && sdkValues.has(51011), 'the error-code header was read');
    for (const code of [TIMCONV_ERR_TIMEOUT, TIMCONV_ERR_DISPOSED, TIMCONV_ERR_INVALID_RESULT, TIMCONV_ERR_BRIDGE]) {
      assert.ok(code < 0, `${code} is negative`);
      assert.ok(!sdkValues.has(code), `${code} is also an SDK value`);
    }
  });
});
