// The figures a contract run counts, overall and per API.

export interface ContractFigures {
  /** Inputs given to the runtime. */
  tried: number;
  /** Invalid inputs the runtime refused before the bridge. */
  refused: number;
  /** Calls that reached the bridge. */
  reached: number;
  /** Calls whose Promise settled (every one must). */
  settled: number;
  /** Calls in which the bridge threw instead of returning a code. */
  threw: number;
  /** Runs in which the process holding the bridge died (a crash of the native library). */
  crashes: number;
  /** Broken promises of the contract. */
  findings: number;
}

export function emptyFigures(): ContractFigures {
  return { tried: 0, refused: 0, reached: 0, settled: 0, threw: 0, crashes: 0, findings: 0 };
}

export function formatFigures(f: ContractFigures): string {
  return `tried ${f.tried}, refused ${f.refused}, reached ${f.reached}, settled ${f.settled}, threw ${f.threw}, crashes ${f.crashes}, findings ${f.findings}`;
}
