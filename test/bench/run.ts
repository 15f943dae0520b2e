// `npm run bench`: runs every test/bench/*.bench.ts that exports `run()` and prints one report.
// A bench that throws is reported and makes the exit code 1; the others still run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type BenchResult = Record<string, number | string>;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2); // optional name filters: npm run bench -- json64

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();

function section(title: string, result: BenchResult): string {
  const width = Math.max(...Object.keys(result).map((k) => k.length));
  return [title, ...Object.entries(result).map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

const started = Date.now();
let failed = 0;
const out: string[] = [`timconv benchmarks (node ${process.version}, ${new Date().toISOString()})`, ''];
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<BenchResult> };
  if (typeof mod.run !== 'function') {
    out.push(`${name}: skipped (no run() export)`, '');
    continue;
  }
  process.stderr.write(`running ${name}...\n`);
  try {
    out.push(section(name, await mod.run()), '');
  } catch (err) {
    failed++;
    out.push(`${name}: FAILED\n  ${(err as Error)?.stack ?? err}`, '');
  }
}
out.push(`${files.length} bench file(s), ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(out.join('\n'));
process.exitCode = failed ? 1 : 0;
