import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCs, mcs, requireMono, STUBS_DIR, tempDir } from '../csharp/support/mono.ts';
import { PACKAGE_DIR, SAMPLE_EDITOR_DIR, SAMPLE_SCRIPTS_DIR, UNITY_PROJECT } from '../csharp/support/unity-paths.ts';

// The package and the sample compiled as Unity compiles them, one assembly per assembly definition
// (TimConv, TimConv.Editor, TimConv.Sample, TimConv.Sample.Editor), with mcs -warnaserror+ against reference stand-ins of
// UnityEngine, UnityEditor, Puerts 2.x or 3.x and the official Tencent IM SDK (test/csharp/stubs),
// which declare only the members the code uses, with their real signatures: a wrong signature, a
// missing member or a call Puerts 3.x marks obsolete fails the build. Each assembly gets the defines
// its .asmdef derives from the packages installed (versionDefines), read from the .asmdef itself.
interface VersionDefine { name: string; expression: string; define: string }
interface Asmdef { name: string; references: string[]; includePlatforms: string[]; versionDefines: VersionDefine[] }

const readAsmdef = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Asmdef;
const RUNTIME = readAsmdef(join(PACKAGE_DIR, 'Runtime', 'TimConv.asmdef'));
const EDITOR = readAsmdef(join(PACKAGE_DIR, 'Editor', 'TimConv.Editor.asmdef'));
const SAMPLE = readAsmdef(join(SAMPLE_SCRIPTS_DIR, 'TimConv.Sample.asmdef'));
const SAMPLE_EDITOR = readAsmdef(join(SAMPLE_EDITOR_DIR, 'TimConv.Sample.Editor.asmdef'));

/** Unity's rule for a bare version expression: the installed version is at least that one. */
function atLeast(installed: string, wanted: string): boolean {
  const a = installed.split('.').map(Number);
  const b = wanted.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

function definesOf(asmdef: Asmdef, installed: Record<string, string>): string[] {
  return asmdef.versionDefines.filter((v) => installed[v.name] !== undefined && atLeast(installed[v.name], v.expression)).map((v) => v.define);
}

const UNITY = { Unity: '2021.3.45' };
/** The Puerts 2.x version the sample project pins (Packages/manifest.json). */
const PINNED_PUERTS: string = JSON.parse(readFileSync(join(UNITY_PROJECT, 'Packages', 'manifest.json'), 'utf8')).dependencies['com.tencent.puerts.core'];
/** Each flavor with the switches the runtime assembly must get from its .asmdef there. */
const FLAVORS: Record<string, { installed: Record<string, string>; puerts?: 2 | 3; defines: string[] }> = {
  'without Puerts': { installed: UNITY, defines: ['TIMCONV_STANDALONE'] },
  [`Puerts ${PINNED_PUERTS} from OpenUPM as the sample pins it`]: {
    installed: { ...UNITY, 'com.tencent.puerts.core': PINNED_PUERTS }, puerts: 2, defines: ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS'],
  },
  'Puerts 3.0.2 with V8': {
    installed: { ...UNITY, 'com.tencent.puerts.core': '3.0.2', 'com.tencent.puerts.v8': '3.0.2' }, puerts: 3,
    defines: ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS', 'TIMCONV_PUERTS_3', 'TIMCONV_PUERTS_V8'],
  },
  'Puerts 3.0.2 with QuickJS and Node.js': {
    installed: { ...UNITY, 'com.tencent.puerts.core': '3.0.2', 'com.tencent.puerts.quickjs': '3.0.2', 'com.tencent.puerts.nodejs': '3.0.2' }, puerts: 3,
    defines: ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS', 'TIMCONV_PUERTS_3', 'TIMCONV_PUERTS_QUICKJS', 'TIMCONV_PUERTS_NODEJS'],
  },
  'Puerts 3.0.2 without a backend': {
    installed: { ...UNITY, 'com.tencent.puerts.core': '3.0.2' }, puerts: 3, defines: ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS', 'TIMCONV_PUERTS_3'],
  },
};

describe('Unity package and sample: assemblies compile against Unity, Puerts 2.x/3.x and official SDK stand-ins', function () {
  this.timeout(300000);
  const dir = tempDir('assemblies');
  const stubs: Record<string, string> = {};
  const build = (name: string, sources: string[], refs: string[], defines: string[]) => {
    const out = join(dir, `${name}.dll`);
    const r = mcs(sources, out, { defines, extra: refs.map((ref) => `-r:${ref}`) });
    assert.ok(r.ok && r.output === '', `${name} (${defines.join(';')}):\n${r.output}`);
    return out;
  };

  before(() => {
    requireMono();
    stubs.engine = build('UnityEngine', [join(STUBS_DIR, 'UnityStubs.cs')], [], []);
    stubs.editor = build('UnityEditor', [join(STUBS_DIR, 'UnityEditorStubs.cs')], [stubs.engine], []);
    stubs.puerts2 = build('Puerts2', [join(STUBS_DIR, 'Puerts2Stubs.cs'), join(STUBS_DIR, 'PuertsConfigStubs.cs')], [], []);
    stubs.puerts3 = build('Puerts3', [join(STUBS_DIR, 'Puerts3Stubs.cs'), join(STUBS_DIR, 'PuertsConfigStubs.cs')], [], []);
    stubs.official = build('TencentIMSDK', [join(STUBS_DIR, 'OfficialSdkStubs.cs')], [], []);
  });

  it('the asmdefs name what the code and link.xml expect', () => {
    assert.equal(RUNTIME.name, 'TimConv');
    assert.match(readFileSync(join(PACKAGE_DIR, 'Runtime', 'Generated', 'link.xml'), 'utf8'), /<assembly fullname="TimConv" ignoreIfMissing="1">/);
    assert.deepEqual(EDITOR.includePlatforms, ['Editor']);
    assert.deepEqual(SAMPLE_EDITOR.includePlatforms, ['Editor']);
    assert.ok(EDITOR.references.includes('TimConv') && SAMPLE.references.includes('TimConv') && SAMPLE_EDITOR.references.includes(SAMPLE.name));
    assert.match(readFileSync(join(SAMPLE_SCRIPTS_DIR, '..', 'link.xml'), 'utf8'), new RegExp(`<assembly fullname="${SAMPLE.name}">`));
  });

  for (const [flavor, { installed, puerts, defines }] of Object.entries(FLAVORS)) {
    it(flavor, () => {
      const puertsRef = puerts ? [stubs[`puerts${puerts}`]] : [];
      const runtimeDefines = definesOf(RUNTIME, installed);
      assert.deepEqual(runtimeDefines.sort(), [...defines].sort(), 'the switches TimConv.asmdef derives from the packages installed');
      const runtime = build(`TimConv-${flavor}`, listCs(join(PACKAGE_DIR, 'Runtime')), [stubs.engine, ...puertsRef], runtimeDefines);
      build(`TimConv.Editor-${flavor}`, listCs(join(PACKAGE_DIR, 'Editor')), [stubs.engine, stubs.editor, runtime, ...puertsRef],
        ['UNITY_EDITOR', 'UNITY_IOS', ...definesOf(EDITOR, installed)]);
      const sample = build(`TimConv.Sample-${flavor}`, listCs(SAMPLE_SCRIPTS_DIR), [stubs.engine, runtime], definesOf(SAMPLE, installed));
      build(`TimConv.Sample.Editor-${flavor}`, listCs(SAMPLE_EDITOR_DIR), [stubs.engine, sample, ...puertsRef], ['UNITY_EDITOR', ...definesOf(SAMPLE_EDITOR, installed)]);
    });
  }

  it('next to the official Tencent IM Unity package (com.tencent.imsdk.unity): the sample starts the SDK through it', () => {
    const installed = { ...UNITY, 'com.tencent.puerts.core': '3.0.2', 'com.tencent.puerts.v8': '3.0.2', 'com.tencent.imsdk.unity': '8.6.7021' };
    const runtime = build('TimConv-official', listCs(join(PACKAGE_DIR, 'Runtime')), [stubs.engine, stubs.puerts3], definesOf(RUNTIME, installed));
    const defines = definesOf(SAMPLE, installed);
    assert.deepEqual(defines, ['TIMCONV_OFFICIAL_SDK']);
    build('TimConv.Sample-official', listCs(SAMPLE_SCRIPTS_DIR), [stubs.engine, runtime, stubs.official], defines);
  });

  // Puerts' own code differs per platform too (3.x leaves BackendV8 out of WebGL players), so its
  // stand-in is built with the player's defines.
  const PLATFORMS: [string, string[]][] = [['iOS player', ['UNITY_IOS']], ['WebGL player', ['UNITY_WEBGL']], ['macOS Editor', ['UNITY_EDITOR', 'UNITY_EDITOR_OSX']]];
  const PUERTS_ON_PLATFORM: [string, Record<string, string>, 2 | 3][] = [
    [`Puerts ${PINNED_PUERTS}`, { 'com.tencent.puerts.core': PINNED_PUERTS }, 2],
    ['Puerts 3.0.2 with V8 and QuickJS', { 'com.tencent.puerts.core': '3.0.2', 'com.tencent.puerts.v8': '3.0.2', 'com.tencent.puerts.quickjs': '3.0.2' }, 3],
  ];
  for (const [platform, defines] of PLATFORMS) {
    for (const [puertsName, packages, major] of PUERTS_ON_PLATFORM) {
      it(`runtime for the ${platform}, ${puertsName}`, () => {
        const stubFiles = [join(STUBS_DIR, major === 3 ? 'Puerts3Stubs.cs' : 'Puerts2Stubs.cs'), join(STUBS_DIR, 'PuertsConfigStubs.cs')];
        const puerts = build(`Puerts${major}-${platform}`, stubFiles, [], defines);
        build(`TimConv-${platform}-${major}`, listCs(join(PACKAGE_DIR, 'Runtime')), [stubs.engine, puerts], [...definesOf(RUNTIME, { ...UNITY, ...packages }), ...defines]);
      });
    }
  }

  it('the stand-ins catch what they should: Puerts 3.x\'s obsolete JsEnv in the 2.x engine fails the build', () => {
    const r = mcs(listCs(join(PACKAGE_DIR, 'Runtime')), join(dir, 'wrong.dll'), {
      defines: ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS'], extra: [`-r:${stubs.engine}`, `-r:${stubs.puerts3}`],
    });
    assert.equal(r.ok, false);
    assert.match(r.output, /TimConvPuerts2Engine\.cs.*CS0618/);
  });
});
