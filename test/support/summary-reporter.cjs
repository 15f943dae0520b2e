'use strict';
// Mocha's spec output plus one closing line, "N passed, N failed[, N skipped]", that CI counts.
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats || {};
      const skipped = s.pending || 0;
      let line = `${s.passes || 0} passed, ${s.failures || 0} failed`;
      if (skipped) line += `, ${skipped} skipped`;
      // Printed after Spec's epilogue (which also runs on EVENT_RUN_END) so it is the last line.
      process.on('exit', () => process.stdout.write(`${line}\n`));
    });
  }
}
module.exports = SummaryReporter;
