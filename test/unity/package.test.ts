import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { driftOf, isOwned, PACKAGE, SAMPLE, sampleSources, UNITY_DIR } from '../../unity-sample/tools/build-unity.mjs';
import { EDITOR_DIR, RUNTIME_DIR } from '../../generator/emit/csharp/layout.ts';
import { UNITY_OUT } from '../../runtime/bundle/build.mjs';
import { guidFor } from '../../unity-sample/tools/meta-files.mjs';
import { repoRoot } from '../support/sdk.ts';
import { unityPlan } from './support.ts';

// The Unity package (unity-sample/Packages/com.timconv.unity) as a project installing it from a git
// URL gets it: complete, current, and with a .meta file for everything Unity imports from it.
const pkg = join(UNITY_DIR, PACKAGE);

/**
 * Which backend OpenUPM's build of com.tencent.puerts.core carries, for the versions where that is
 * established: 2.0.5 the Node.js one, 2.2.x the V8 one (3.x is published as release archives only).
 * Null for any other version, and for anything that is not an exact version (a range would let the
 * Package Manager pick another build): such a pin has to be checked before this table learns it.
 */
function openUpmBuildOf(version: string): 'nodejs' | 'v8' | null {
  if (version === '2.0.5') return 'nodejs';
  return /^2\.2\.\d+$/.test(version) ? 'v8' : null;
}

function walk(dir: string, rel = ''): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const r = rel ? `${rel}/${n}` : n;
    return statSync(join(dir, n)).isDirectory() ? [`${r}/`, ...walk(join(dir, n), r)] : [r];
  });
}

describe('Unity package com.timconv.unity', function () {
  this.timeout(120000);

  it('is what `npm run generate` makes of the runtime and the sample: built modules, typings, Samples~ copy, .meta files', () => {
    assert.deepEqual(driftOf(unityPlan()), [], 'run `npm run generate` (unity-sample/tools/build-unity.mjs)');
  });

  it('copies into Samples~ only the sample\'s text sources: local build output is left out, a binary stops the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timconv-sample-copy-'));
    try {
      const write = (path: string, text = 'x') => {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      for (const f of ['Scripts/A.cs', 'Scripts/A.cs.meta', 'TypeScript~/src/main.mts', 'TypeScript~/tsconfig.json', 'TypeScript~/node_modules/typescript/lib/tsc.js', 'TypeScript~/tsconfig.tsbuildinfo', '.DS_Store']) write(f);
      assert.deepEqual(sampleSources(dir), ['Scripts/A.cs', 'TypeScript~/src/main.mts', 'TypeScript~/tsconfig.json']);
      write('Resources/icon.png');
      assert.throws(() => sampleSources(dir), /cannot copy as text: Resources\/icon\.png/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has a package manifest with the project\'s version and the sample under Samples~', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(manifest.name, 'com.timconv.unity');
    assert.equal(manifest.version, root.version);
    assert.match(manifest.unity, /^\d{4}\.\d+$/);
    assert.deepEqual(manifest.samples.map((s: { path: string }) => s.path), ['Samples~/ConversationGroups']);
    for (const part of ['Runtime/Generated/TimConvFacade.cs', 'Runtime/Resources/timconv.mjs', 'Editor/Generated/TimConvPuertsConfig.cs',
      'Typings/timconv/index.d.ts', 'Typings/timconv/generated/timconv-facade.d.ts', 'Samples~/ConversationGroups/Resources/conversation-groups/main.mjs',
      'Samples~/ConversationGroups/TypeScript~/src/main.mts', 'Samples~/ConversationGroups/Scripts/SampleBootstrap.cs']) {
      assert.ok(existsSync(join(pkg, part)), part);
    }
  });

  it('says in its README which of its files are generated, and the split is the one the tools make', () => {
    const text = readFileSync(join(pkg, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const said = (from: string, to: string) => [...text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from))).matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const generatedSaid = said('`npm run generate` writes', 'do not edit');
    const generatedBy = (file: string) => file === relative(pkg, UNITY_OUT) || file.startsWith(`${RUNTIME_DIR}/`) || file.startsWith(`${EDITOR_DIR}/`) || isOwned(`${PACKAGE}/${file}`);
    for (const file of walk(pkg).filter((p) => !p.endsWith('/'))) {
      const underSaid = generatedSaid.some((g) => (g.endsWith('/') ? file.startsWith(g) : g === '.meta' ? file.endsWith('.meta') : file === g));
      assert.equal(underSaid, generatedBy(file), `${file}: the README says ${underSaid ? 'generated' : 'hand-written'}`);
    }
  });

  it('has a .meta with a path-derived, unique GUID for every file and folder Unity imports, and none elsewhere', () => {
    const entries = walk(pkg).filter((p) => !p.split('/').some((part) => part.startsWith('.') || part.endsWith('~')));
    const assets = entries.filter((p) => !p.endsWith('.meta')).map((p) => p.replace(/\/$/, ''));
    const metas = entries.filter((p) => p.endsWith('.meta')).map((p) => p.slice(0, -'.meta'.length));
    assert.deepEqual(metas.sort(), assets.sort());
    const guids = assets.map((a) => /^guid: (\w+)$/m.exec(readFileSync(join(pkg, `${a}.meta`), 'utf8'))![1]);
    assert.equal(new Set(guids).size, guids.length);
    assert.deepEqual(assets.filter((a, i) => guids[i] !== guidFor(`com.timconv.unity/${a}`)), [], 'GUIDs not derived from the path');
    assert.deepEqual(walk(join(pkg, 'Samples~')).filter((p) => p.endsWith('.meta')), [], 'Samples~ is copied into Assets, where Unity makes its own');
  });

  it('keeps every C# file inside an assembly definition\'s folder', () => {
    for (const file of walk(pkg).filter((p) => p.endsWith('.cs') && !p.startsWith('Samples~/'))) {
      assert.ok(file.startsWith('Runtime/') || file.startsWith('Editor/'), file);
    }
  });

  it('leaves nothing to Assembly-CSharp: every C# file under Assets sits below an assembly definition (the assemblies test compiles each one)', () => {
    const assets = join(UNITY_DIR, 'Assets');
    const outside = walk(assets).filter((p) => p.endsWith('.cs')).filter((file) => {
      const parts = file.split('/').slice(0, -1);
      for (let n = parts.length; n >= 0; n--) {
        const dir = join(assets, ...parts.slice(0, n));
        if (readdirSync(dir).some((f) => f.endsWith('.asmdef'))) return false;
      }
      return true;
    });
    assert.deepEqual(outside, []);
  });

  it('holds no credentials: no serialized fields in the package or anywhere under Assets, and the local credentials file is ignored by git', () => {
    for (const dir of [join(pkg, 'Runtime'), join(pkg, 'Editor'), join(UNITY_DIR, 'Assets')]) {
      for (const file of walk(dir).filter((p) => p.endsWith('.cs'))) {
        assert.doesNotMatch(readFileSync(join(dir, file), 'utf8'), /SerializeField|public\s+string\s+\w*(sig|Sig|SIG)\w*\s*[;=]/, file);
      }
    }
    // The sample reads it from Unity's per-user UserSettings folder (SampleCredentials.FilePath).
    const ignored = spawnSync('git', ['check-ignore', '-q', join(UNITY_DIR, 'UserSettings', 'timconv-credentials.local')], { cwd: UNITY_DIR });
    assert.equal(ignored.status, 0, 'UserSettings/timconv-credentials.local is not ignored by git');
    assert.match(readFileSync(join(UNITY_DIR, SAMPLE, 'Scripts', 'SampleCredentials.cs'), 'utf8'), /FilePath = System\.IO\.Path\.Combine\("UserSettings", FileName\)/);
  });

  it('declares the Unity built-in modules its C# and the sample\'s use, in the package and in the sample project', () => {
    // Unity disables a built-in module its project manifest does not list, and a package brings in
    // the modules it depends on; every UnityEngine namespace used must map to its module here.
    const MODULES: Record<string, string | null> = { UnityEngine: null, 'UnityEngine.UIElements': 'com.unity.modules.uielements' };
    const used = new Set<string>();
    for (const dir of [join(pkg, 'Runtime'), join(pkg, 'Editor'), join(UNITY_DIR, 'Assets')]) {
      for (const file of walk(dir).filter((p) => p.endsWith('.cs'))) {
        for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^using (UnityEngine(?:\.\w+)*);/gm)) used.add(m[1]);
      }
    }
    assert.ok(used.has('UnityEngine.UIElements'));
    const modules = [...used].map((ns) => {
      assert.ok(ns in MODULES, `${ns}: which built-in module holds it?`);
      return MODULES[ns];
    }).filter((m): m is string => m !== null);
    const project = JSON.parse(readFileSync(join(UNITY_DIR, 'Packages', 'manifest.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    for (const m of modules) {
      assert.equal(project.dependencies[m], '1.0.0', `Packages/manifest.json lacks ${m}`);
      assert.equal(manifest.dependencies?.[m], '1.0.0', `the package's package.json lacks ${m}`);
    }
  });

  it('sits in a sample project that pins a Unity version, with no project-wide defines of its own', () => {
    assert.match(readFileSync(join(UNITY_DIR, 'ProjectSettings', 'ProjectVersion.txt'), 'utf8'), /^m_EditorVersion: \d{4}\.\d+\.\d+f\d+$/m);
    // The package's assembly definitions set its switches; a csc.rsp would force them on every assembly.
    assert.equal(existsSync(join(UNITY_DIR, 'Assets', 'csc.rsp')), false);
  });

  it('pins Puerts from OpenUPM to an exact version of its V8 build, the one the README names', () => {
    const manifest = JSON.parse(readFileSync(join(UNITY_DIR, 'Packages', 'manifest.json'), 'utf8'));
    const pin: string = manifest.dependencies['com.tencent.puerts.core'];
    assert.equal(openUpmBuildOf(pin), 'v8', `com.tencent.puerts.core ${pin} is not an exact version known to be OpenUPM's V8 build`);
    assert.deepEqual(['2.0.5', '2.1.0', '2.1.1', '2.2.2', '2.2.3', '^2.2.2', '3.0.2'].map(openUpmBuildOf), ['nodejs', null, null, 'v8', 'v8', null, null]);
    const registry = manifest.scopedRegistries.find((r: { scopes: string[] }) => r.scopes.includes('com.tencent.puerts'));
    assert.equal(registry?.url, 'https://package.openupm.com');
    const readme = readFileSync(join(UNITY_DIR, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    assert.ok(readme.includes(`pins \`com.tencent.puerts.core\` **${pin}** from OpenUPM: the V8 build`), 'README: what this project pins');
    assert.ok(readme.includes(`Packages/manifest.json Puerts ${pin}, the V8 build`), 'README: the layout');
  });
});
