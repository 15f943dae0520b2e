// Follows the README's "Updating to a new SDK" steps as written, in a copy of the repository, with a
// header fixture standing in for the new SDK (the pinned headers plus keys added to Message). The
// commands are read from the README, so the README cannot drift from what works. The last step,
// `npm test`, is this suite itself; the copy is type-checked in its place.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layFixture, FIXTURES_DIR } from '../matrix/entries.ts';
import { repoRoot, sdkPaths } from '../support/sdk.ts';

/** The shell commands of the README's update section, in order. */
export function readmeUpdateCommands(readme: string): string[] {
  const section = readme.split(/^### Updating to a new SDK$/m)[1]?.split(/^#{2,3} /m)[0];
  assert.ok(section, 'README has no "### Updating to a new SDK" section');
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'the update section has no sh block');
  return block[1].split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** A copy of the repository (without its caches and git data) sharing its node_modules. */
function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'timconv-update-'));
  const skip = new Set(['node_modules', '.cache', '.git', 'coverage', 'scratch', 'tmp']);
  for (const name of readdirSync(repoRoot)) {
    if (!skip.has(name)) cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('README: the update steps work as written', function () {
  this.timeout(300000);
  const commands = readmeUpdateCommands(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
  let repo: string;
  let headers: string;
  const V = '8.2.0-fixture';
  const run = (cmd: string) => {
    const r = spawnSync('bash', ['-c', cmd], { cwd: repo, encoding: 'utf8', env: { ...process.env, H: headers, V } });
    assert.equal(r.status, 0, `${cmd} failed:\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };

  before(() => {
    repo = copyRepo();
    headers = layFixture(sdkPaths().headersDir, join(FIXTURES_DIR, 'message-keys-added'), repo);
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('has the four steps: diff, import, generate, test', () => {
    assert.deepEqual(commands.map((c) => c.split(' ').slice(0, 3).join(' ')), [
      'node bin/timconv.mjs diff', 'node bin/timconv.mjs import', 'npm run generate', 'npm test',
    ]);
  });

  it('1. diff names the new keys', () => {
    const out = run(commands[0]);
    assert.match(out, /^3 difference\(s\) from schema\/ to /);
    assert.match(out, /\+ key Message\.message_disable_cloud_message_pre_hook: bool, readwrite/);
  });

  it('2. import reports the undescribed keys; described in the overlay, a second import is clean', () => {
    const first = run(commands[1]);
    assert.match(first, new RegExp(`^SDK: ImSDK ${V.replace(/\./g, '\\.')}$`, 'm'));
    const undescribed = /^undescribed: \d+ item\(s\) have no description in schema\/overlay yet: (.*)$/m.exec(first);
    assert.ok(undescribed, first);
    const items = undescribed[1].split(', ');
    assert.deepEqual(items.sort(), ['Message.message_disable_cloud_message_post_hook', 'Message.message_disable_cloud_message_pre_hook', 'Message.message_excluded_from_muting']);
    // What a maintainer does by hand: describe each new key in the overlay file that holds its struct.
    const overlayDir = join(repo, 'schema', 'overlay');
    for (const item of items) {
      const [struct, key] = item.split('.');
      const file = readdirSync(overlayDir).map((f) => join(overlayDir, f)).find((f) => f.includes('structs') && JSON.parse(readFileSync(f, 'utf8'))[struct]);
      assert.ok(file, `no overlay file describes ${struct}`);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      data[struct].keys[key] = { description: `Test description of ${key}.` };
      writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    }
    const second = run(commands[1]);
    assert.doesNotMatch(second, /^undescribed:/m);
    assert.match(second, /^warnings: none$/m);
    const message = JSON.parse(readFileSync(join(repo, 'schema', 'struct', 'Message.json'), 'utf8'));
    assert.equal(message.properties.message_excluded_from_muting.description, 'Test description of message_excluded_from_muting.');
    assert.equal(JSON.parse(readFileSync(join(repo, 'schema', 'index.json'), 'utf8'))['x-sdk'].version, V);
  });

  it('3. generate puts the new keys into the bindings and the bundle, and the project still type-checks', () => {
    run(commands[2]);
    const types = readFileSync(join(repo, 'runtime', 'generated', 'types.ts'), 'utf8');
    assert.match(types, /Test description of message_disable_cloud_message_pre_hook\.[\s\S]*message_disable_cloud_message_pre_hook\?: boolean;/);
    assert.match(readFileSync(join(repo, 'unity-sample', 'Packages', 'com.timconv.unity', 'Runtime', 'Resources', 'timconv.mjs'), 'utf8'), /message_excluded_from_muting/);
    const tsc = spawnSync(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: repo, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout);
  });
});
