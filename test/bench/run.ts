// `npm run bench`: runs every test/bench/*.bench.ts that exports `run()`, prints each one's details,
// then the figures table: each figure the project has a goal for, measured as the user meets it,
// beside its goal. A missed goal is reported, not a failure; a bench that throws is reported and
// makes the exit code 1 while the others still run.
//   npm run bench             every bench
//   npm run bench -- cli      only the files whose name contains "cli"
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { table, type BenchOutput, type Figure } from './support/figures.ts';

type Details = Record<string, number | string>;
type BenchModule = { run?: () => Promise<BenchOutput | Details> };

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
// The table follows this order; a bench that returns a plain record has no rows in it.
const ORDER = ['cli', 'runtime', 'bundle', 'simulator'];

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();

function section(title: string, details: Details): string {
  const width = Math.max(...Object.keys(details).map((k) => k.length));
  return [title, ...Object.entries(details).map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

const isOutput = (r: BenchOutput | Details): r is BenchOutput => typeof r.details === 'object' && Array.isArray(r.figures);
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

const started = Date.now();
let failed = 0;
const figures: { name: string; rows: Figure[] }[] = [];
const out: string[] = [`timconv benchmarks (node ${process.version}, ${new Date().toISOString()})`, ''];
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  if (typeof mod.run !== 'function') {
    out.push(`${name}: skipped (no run() export)`, '');
    continue;
  }
  process.stderr.write(`running ${name}...\n`);
  try {
    const result = await mod.run();
    const details = isOutput(result) ? result.details : result;
    out.push(section(name, details), '');
    figures.push({ name, rows: isOutput(result) ? result.figures : [] });
  } catch (err) {
    failed++;
    out.push(`${name}: FAILED\n  ${(err as Error)?.stack ?? err}`, '');
  }
}
const rows = figures.sort((a, b) => rank(a.name) - rank(b.name)).flatMap((f) => f.rows);
if (rows.length) out.push('figures and goals', table(rows), '');
out.push(`${files.length} bench file(s), ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(out.join('\n'));
process.exitCode = failed ? 1 : 0;
