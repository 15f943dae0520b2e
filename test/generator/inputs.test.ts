// What decides that an emitter must run again (generator/inputs.ts), checked on a small repository
// laid out in a temporary folder: each change reaches exactly the emitters whose output it can change.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { TEMPLATE_DIR } from '../../generator/emit/csharp/templates.ts';
import { EMITTERS, type EmitterEntry } from '../../generator/emit/index.ts';
import { emitterInputs, importClosure, packageVersion } from '../../generator/inputs.ts';
import { repoRoot } from '../support/sdk.ts';

const FILES: Record<string, string> = {
  'schema/api/A.json': '{"$id":"timconv:api/A"}',
  'generator/ir/build-ir.ts': "import { name } from './naming.ts';\nexport const buildIr = () => name;\n",
  'generator/ir/naming.ts': "export const name = 'n';\n",
  'generator/ir/load-schemas.ts': 'export const loadSchemaDir = () => 1;\n',
  'generator/emit/types.ts': 'export const banner = 1;\n',
  'generator/emit/one/index.ts': "import { banner } from '../types.ts';\nimport type { X } from '../shared/x.ts';\nexport const one = () => import('./lazy.ts');\n",
  'generator/emit/one/lazy.ts': '// not a real import: "import z from \'./missing.ts\'"\nexport {};\n',
  'generator/emit/shared/x.ts': 'export type X = 1;\n',
  'generator/emit/two/index.ts': "import { banner } from '../types.ts';\nexport const two = banner;\n",
  'generator/templates/two/a.hbs': '{{a}}\n',
};

const ENTRIES: EmitterEntry[] = [
  { name: 'one', module: 'one/index.ts', assets: [], packages: [], load: async () => () => [] },
  { name: 'two', module: 'two/index.ts', assets: ['generator/templates'], packages: ['ajv'], load: async () => () => [] },
];

describe('emitter inputs (what makes an emitter run again)', () => {
  let root = '';
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const hashes = () => Object.fromEntries(emitterInputs(join(root, 'schema'), root, ENTRIES));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'timconv-inputs-'));
    for (const [rel, text] of Object.entries(FILES)) write(rel, text);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('follows relative imports, type-only and dynamic ones included, and skips look-alikes that name no file', () => {
    const closure = importClosure([join(root, 'generator/emit/one/index.ts')]).map((f) => relative(root, f));
    assert.deepEqual(closure, ['generator/emit/one/index.ts', 'generator/emit/one/lazy.ts', 'generator/emit/shared/x.ts', 'generator/emit/types.ts']);
  });

  it('hashes the same when nothing changed', () => assert.deepEqual(hashes(), hashes()));

  it('a change in an emitter\'s own import closure reruns that emitter only', () => {
    const before = hashes();
    write('generator/emit/shared/x.ts', 'export type X = 2;\n');
    const after = hashes();
    assert.notEqual(after.one, before.one);
    assert.equal(after.two, before.two);
  });

  it('a changed template reruns only the emitter that reads it', () => {
    const before = hashes();
    write('generator/templates/two/a.hbs', '{{b}}\n');
    const after = hashes();
    assert.equal(after.one, before.one);
    assert.notEqual(after.two, before.two);
  });

  it('a comment in the IR builder or a schema edit reruns every emitter', () => {
    for (const [rel, text] of [['generator/ir/naming.ts', "// a comment\nexport const name = 'n';\n"], ['schema/api/A.json', '{"$id":"timconv:api/A","title":"A"}']]) {
      const before = hashes();
      write(rel, text);
      const after = hashes();
      assert.notEqual(after.one, before.one, rel);
      assert.notEqual(after.two, before.two, rel);
    }
  });

  it('reads the installed version of each library an emitter names', () => {
    const ajv = JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'ajv', 'package.json'), 'utf8')).version;
    assert.equal(packageVersion(repoRoot, 'ajv'), ajv);
    assert.equal(packageVersion(root, 'ajv'), 'not installed');
  });
});

describe('emitter registry (generator/emit/index.ts)', () => {
  it('loads, for each entry, the emitter its module exports', async () => {
    for (const e of EMITTERS) {
      const mod = (await import(join(repoRoot, 'generator', 'emit', e.module))) as Record<string, unknown>;
      assert.ok(Object.values(mod).includes(await e.load()), e.name);
    }
  });

  it('declares the C# templates as an input of the C# emitter', () => {
    const csharp = EMITTERS.find((e) => e.name === 'csharp')!;
    assert.ok(csharp.assets.some((a) => relative(join(repoRoot, a), TEMPLATE_DIR).split('/')[0] !== '..'), relative(repoRoot, TEMPLATE_DIR));
  });
});
