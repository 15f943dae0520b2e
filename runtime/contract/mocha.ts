// One line in a mocha test file registers the contract as tests: one per API, each on a fresh
// bridge from the factory, failing with the findings of that API.
import type { Bridge } from '../bridge.ts';
import { DEFAULT_TABLE } from '../core/defaults.ts';
import { assertContract } from './assert.ts';
import { runContract, type ContractOptions } from './runner.ts';

export interface ContractSuiteOptions extends ContractOptions {
  /** Mocha timeout of each test (ms). Default 60000. */
  testTimeoutMs?: number;
}

interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: (this: { timeout(ms: number): void }) => Promise<void>): void;
}

/** Registers `describe(title)` with one test per API (options.apis, default all). */
export function contractSuite(title: string, makeBridge: () => Bridge | Promise<Bridge>, options: ContractSuiteOptions = {}): void {
  const g = globalThis as unknown as Partial<MochaGlobals>;
  if (typeof g.describe !== 'function' || typeof g.it !== 'function') {
    throw new Error('timconv contract kit: contractSuite() registers mocha tests; call it from a test file mocha loads');
  }
  const { describe, it } = g as MochaGlobals;
  const apis = options.apis ?? Object.keys(DEFAULT_TABLE.functions).sort();
  describe(title, () => {
    for (const api of apis) {
      it(`${api} honours the contract`, async function () {
        this.timeout(options.testTimeoutMs ?? 60_000);
        const bridge = await makeBridge();
        try {
          assertContract(await runContract(bridge, { ...options, apis: [api] }));
        } finally {
          bridge.dispose?.();
        }
      });
    }
  });
}
