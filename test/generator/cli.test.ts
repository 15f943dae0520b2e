// The `timconv` command as users run it: a separate Node process running the compiled CLI
// (dist/cli) through bin/timconv.mjs. The packages a step must not need are made unloadable
// (fixtures/deny-packages.mjs), so "does not load ts-morph" is checked, not assumed.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, builtCli, DIST_DIR } from '../../bin/cli-build.mjs';
import { EMITTERS } from '../../generator/emit/index.ts';
import { generateAll, planFiles } from '../../generator/generate-command.ts';
import { STAMP_FILE } from '../../generator/stamp.ts';
import { miniIr, miniSchemaDir } from '../support/generated.ts';
import { repoRoot } from '../support/sdk.ts';
import { copyCli } from './support/cli-copy.ts';

const BIN = join(repoRoot, 'bin', 'timconv.mjs');
const DENY = join(repoRoot, 'test', 'generator', 'fixtures', 'deny-packages.mjs');
const NOTE_COMPILE_CACHE = join(repoRoot, 'test', 'generator', 'fixtures', 'note-compile-cache.mjs');
const OUT_DIRS = { ts: ['ts'], csharp: ['csharp'], typings: ['typings'] };
const DEV_TOOLS = ['tsx', 'esbuild'];

function timconv(args: string[], deny: string[], preload: string[] = [], bin = BIN): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...preload.flatMap((p) => ['--import', p]), '--import', DENY, bin, ...args], {
    cwd: repoRoot, encoding: 'utf8', env: { ...process.env, TIMCONV_DENY: deny.join(',') },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function generateMini(out: string, deny: string[]) {
  const r = timconv(['generate', '--schema', miniSchemaDir, '--out', out], deny);
  assert.equal(r.status, 0, r.stderr);
  return r;
}

describe('timconv command (compiled CLI, separate process)', function () {
  this.timeout(120_000);
  let out = '';
  let expected: { file: string; content: string }[] = [];

  before(async () => {
    if (builtCli().changed.length) await buildCli();
    out = mkdtempSync(join(tmpdir(), 'timconv-cli-'));
    rmSync(out, { recursive: true });
    expected = planFiles(await generateAll(miniIr()), OUT_DIRS, out).map((p) => ({ file: join(p.dir, p.path), content: p.content }));
  });

  after(() => rmSync(out, { recursive: true, force: true }));

  it('has a build that lists every source it compiled, none changed since', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.json'), 'utf8')) as { entry: string; inputs: Record<string, string> };
    const inputs = Object.keys(manifest.inputs);
    for (const f of ['bin/cli-build.mjs', 'generator/cli.ts', 'generator/generate-command.ts', ...EMITTERS.map((e) => `generator/emit/${e.module}`)]) {
      assert.ok(inputs.includes(f), f);
    }
    assert.deepEqual(builtCli().changed, []);
    assert.ok(existsSync(join(DIST_DIR, manifest.entry)));
  });

  it('rebuilds a build older than its sources before running it; without esbuild it runs the build it has', async () => {
    // On a copy: the repository's dist/cli is what other suites run meanwhile.
    const copy = await copyCli('timconv-cli-rebuild-');
    try {
      const file = join(copy.build.DIST_DIR, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      manifest.inputs['generator/generate-command.ts'] = 'an older version';
      writeFileSync(file, JSON.stringify(manifest));
      assert.deepEqual(copy.build.builtCli().changed, ['generator/generate-command.ts']);
      const installed = timconv(['help'], DEV_TOOLS, [], copy.bin);
      assert.equal(installed.status, 0, installed.stderr);
      assert.match(installed.stdout, /^usage: timconv/);
      assert.deepEqual(copy.build.builtCli().changed, ['generator/generate-command.ts']);
      const checkout = timconv(['help'], ['tsx'], [], copy.bin);
      assert.equal(checkout.status, 0, checkout.stderr);
      assert.deepEqual(copy.build.builtCli().changed, []);
    } finally {
      copy.remove();
    }
  });

  it('runs from a folder whose path holds characters a URL gives a meaning to (# and a space)', async () => {
    const copy = await copyCli('timconv cli #');
    try {
      const r = timconv(['help'], DEV_TOOLS, [], copy.bin);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^usage: timconv/);
    } finally {
      copy.remove();
    }
  });

  it('generates without tsx or esbuild, byte-identical to the TypeScript sources', () => {
    const r = generateMini(out, DEV_TOOLS);
    assert.match(r.stdout, new RegExp(`generated ${expected.length} files: ${expected.length} written, 0 unchanged, 0 removed`));
    for (const { file, content } of expected) assert.equal(readFileSync(file, 'utf8'), content, file);
    for (const dir of ['ts', 'csharp', 'typings']) assert.ok(existsSync(join(out, dir, STAMP_FILE)), `${dir} has a stamp`);
  });

  it('skips a no-op rerun without loading ts-morph, Ajv or handlebars', () => {
    const r = generateMini(out, [...DEV_TOOLS, 'ts-morph', 'ajv', 'handlebars']);
    assert.match(r.stdout, /generated files are up to date/);
  });

  it('reruns only the emitter whose inputs changed: C# alone loads neither ts-morph nor Ajv', () => {
    for (const dir of ['ts', 'csharp', 'typings']) {
      const file = join(out, dir, STAMP_FILE);
      const stamp = JSON.parse(readFileSync(file, 'utf8'));
      stamp.emitters.csharp.inputs = 'changed';
      writeFileSync(file, JSON.stringify(stamp));
    }
    const r = generateMini(out, [...DEV_TOOLS, 'ts-morph', 'ajv']);
    assert.match(r.stdout, /ran csharp; 4 emitter\(s\) up to date/);
    assert.match(r.stdout, / 0 written, /);
    assert.match(generateMini(out, [...DEV_TOOLS, 'ts-morph', 'ajv', 'handlebars']).stdout, /up to date/);
  });

  it('restores a hand-edited output file with its own emitter only', () => {
    const types = expected.find((e) => e.file === join(out, 'ts', 'types.ts'))!;
    appendFileSync(types.file, '// edited by hand\n');
    const r = generateMini(out, [...DEV_TOOLS, 'ajv', 'handlebars']);
    assert.match(r.stdout, /ran typescript; 4 emitter\(s\) up to date/);
    assert.equal(readFileSync(types.file, 'utf8'), types.content);
  });

  it('turns on Node\'s compile cache where Node has one, and runs the same where it has none', () => {
    const node = timconv(['help'], DEV_TOOLS);
    assert.equal(node.status, 0, node.stderr);
    assert.match(node.stdout, /^usage: timconv/);
    const withCache = timconv(['help'], DEV_TOOLS, [NOTE_COMPILE_CACHE]);
    assert.equal(withCache.status, 0, withCache.stderr);
    assert.match(withCache.stderr, /^note: compile cache turned on$/m);
    assert.equal(withCache.stdout, node.stdout);
  });

  it('fails with the reason and writes nothing when an emitter cannot load its library', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'timconv-cli-'));
    rmSync(fresh, { recursive: true });
    try {
      const r = timconv(['generate', '--schema', miniSchemaDir, '--out', fresh], [...DEV_TOOLS, 'handlebars']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /^timconv: .*handlebars/m);
      assert.equal(existsSync(fresh), false);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
