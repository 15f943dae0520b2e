// The `timconv` command line. Each subcommand lives in its own module; this file parses arguments,
// prints progress to stderr, results to stdout, and turns failures into one clear line and exit 1.
import { resolve } from 'node:path';
import { closest } from './closest-name.ts';

const USAGE = `usage: timconv <command> [options]

commands:
  import --headers DIR [--schema DIR] [--sdk-version V] [--strict] [--dry-run]
        read the SDK's C headers (any published layout) and create or refresh the schema files
        (the overlay is kept); prints the SDK version, counts and every warning
  diff --headers DIR (--against-headers NEWER | --against-schema [DIR]) [--json]
        list the functions, parameters, callbacks, keys and enum members added, removed or changed
        from DIR to NEWER, or from the schemas to DIR
  generate [--schema DIR] [--out DIR] [--force]
        emit TypeScript bindings, validators, C# stubs and Puerts typings (--force: run every
        emitter even when its inputs are unchanged)
  demo  run a short scripted session on the simulator
  kit [--target simulator|native|all] [--valid N] [--invalid N] [--seed N] [--classes a,b] [--library PATH] [--reliability] [--full]
        run the contract kit against the simulator and, inside unshare --net, the real library
`;

/** The options each command takes; any other is refused, so a typo never falls back to a default. */
const OPTIONS: Record<string, readonly string[]> = {
  import: ['headers', 'schema', 'sdk-version', 'strict', 'dry-run'],
  diff: ['headers', 'against-headers', 'against-schema', 'json', 'schema'],
  generate: ['schema', 'out', 'force'],
  demo: [],
  kit: ['target', 'valid', 'invalid', 'seed', 'classes', 'library', 'reliability', 'full'],
  help: [], '--help': [], '-h': [],
};

/** Options only the command passes to itself: the kit starts its native target as `kit --native-child`. */
const INTERNAL_OPTIONS: Record<string, readonly string[]> = { kit: ['native-child', 'work', 'options'] };

export function parseArgs(argv: string[]): { cmd: string; flags: Map<string, string | true> } {
  const [cmd = 'help', ...rest] = argv;
  const known = OPTIONS[cmd];
  if (!known) throw new UsageError(`unknown command "${cmd}"${suggest(cmd, Object.keys(OPTIONS).filter((c) => !c.startsWith('-')))}`);
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument "${a}"`);
    const name = a.slice(2);
    if (!known.includes(name) && !INTERNAL_OPTIONS[cmd]?.includes(name)) {
      const list = known.length ? `; it takes ${known.map((k) => `--${k}`).join(', ')}` : '; it takes none';
      throw new UsageError(`unknown option ${a} for ${cmd}${suggest(name, known, '--')}${list}`);
    }
    if (flags.has(name)) throw new UsageError(`${a} is given twice`);
    const next = rest[i + 1];
    if (next !== undefined && !next.startsWith('--')) { flags.set(name, next); i++; } else flags.set(name, true);
  }
  return { cmd, flags };
}

function suggest(name: string, known: readonly string[], prefix = ''): string {
  const near = closest(name, [...known]);
  return near ? ` (did you mean ${prefix}${near}?)` : '';
}

class UsageError extends Error {}

function str(flags: Map<string, string | true>, name: string, fallback?: string): string {
  const v = flags.get(name);
  if (typeof v === 'string') return v;
  if (v === true && fallback !== undefined) return fallback;
  if (fallback !== undefined) return fallback;
  throw new UsageError(`--${name} DIR is required`);
}

export async function main(argv: string[]): Promise<number> {
  const { cmd, flags } = parseArgs(argv);
  const schemaDir = resolve(str(flags, 'schema', 'schema'));
  switch (cmd) {
    case 'import': {
      // The importer loads Ajv (to check the overlay), so it is loaded only for the commands that use it.
      const [{ runImport }, { formatReport, summarize }] = await Promise.all([import('./importer/import-command.ts'), import('./importer/report.ts')]);
      const headers = str(flags, 'headers');
      const sdkVersion = flags.get('sdk-version');
      const dryRun = flags.has('dry-run');
      const { build, report } = runImport(headers, schemaDir, { strict: flags.has('strict'), dryRun, ...(typeof sdkVersion === 'string' ? { sdkVersion } : {}) });
      process.stdout.write(formatReport(summarize(build), report, dryRun));
      return 0;
    }
    case 'diff': {
      const [{ runDiff }, { formatChanges, summarizeChanges }] = await Promise.all([import('./importer/import-command.ts'), import('./importer/surface.ts')]);
      const headers = str(flags, 'headers');
      const other = flags.get('against-headers');
      const against = flags.get('against-schema');
      if ((other === undefined) === (against === undefined)) throw new UsageError('diff takes one of --against-headers NEWER and --against-schema [DIR]');
      if (other === true) throw new UsageError('--against-headers DIR is required');
      const baseline = typeof against === 'string' ? resolve(against) : schemaDir;
      const changes = typeof other === 'string'
        ? runDiff({ headers }, { headers: other }, schemaDir)
        : runDiff({ headers }, { schema: baseline }, schemaDir);
      // Against the schemas the headers are the newer side: the diff reads from the schemas to them.
      const labels: [string, string] = typeof other === 'string' ? [headers, other] : [typeof against === 'string' ? against : 'schema/', headers];
      process.stdout.write(flags.has('json')
        ? `${JSON.stringify({ from: labels[0], to: labels[1], summary: summarizeChanges(changes), changes }, null, 2)}\n`
        : formatChanges(changes, labels));
      return 0;
    }
    case 'generate': {
      const { runGenerate } = await import('./generate-command.ts');
      return runGenerate(schemaDir, flags);
    }
    case 'demo': {
      const { runDemo } = await import('../runtime/demo/demo.ts');
      return runDemo();
    }
    case 'kit': {
      const { runKitCommand } = await import('../runtime/contract/command.ts');
      return runKitCommand(flags);
    }
    case 'help': case '--help': case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      throw new UsageError(`unknown command "${cmd}"`); // parseArgs has refused it already
  }
}

export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    if (err instanceof UsageError) process.stderr.write(`timconv: ${err.message}\n\n${USAGE}`);
    else process.stderr.write(`timconv: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
