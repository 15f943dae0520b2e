// Turning a report into a test failure that reads as a bug report.
import { formatFigures } from './figures.ts';
import { formatFinding } from './findings.ts';
import type { ContractReport } from './runner.ts';

export class ContractError extends Error {
  constructor(readonly report: ContractReport) {
    const shown = report.findings.slice(0, 20).map((f) => `  - ${formatFinding(f)}`);
    const more = report.figures.findings - shown.length;
    super([
      `the bridge breaks the contract (seed ${report.seed}; ${formatFigures(report.figures)}):`,
      ...shown, ...(more > 0 ? [`  and ${more} more`] : []),
    ].join('\n'));
    this.name = 'ContractError';
  }
}

/** Throws a ContractError listing the findings, if there are any. */
export function assertContract(report: ContractReport): void {
  if (!report.ok) throw new ContractError(report);
}
