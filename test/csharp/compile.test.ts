import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { emitCsharp } from '../../generator/emit/csharp/index.ts';
import { miniIr, realIr } from '../support/generated.ts';
import { mcs, MCS_STRICT, requireMono, STUBS_DIR, tempDir, writeGenerated } from './support/mono.ts';

// The generated C# compiles with `mcs -langversion:7.2 -unsafe- -warnaserror+ -warn:4` and prints
// nothing at all (no warning is disabled), in every combination of the switches it honours.
const VARIANTS: { name: string; defines: string[]; puerts?: 2 | 3 }[] = [
  { name: 'no defines (Android, Windows, Linux players)', defines: [] },
  { name: 'iOS player (UNITY_IOS)', defines: ['UNITY_IOS'] },
  { name: 'macOS player (UNITY_STANDALONE_OSX)', defines: ['UNITY_STANDALONE_OSX'] },
  { name: 'WebGL player (UNITY_WEBGL): no import, every call refused', defines: ['UNITY_WEBGL', 'TIMCONV_STANDALONE'] },
  { name: 'standalone start-up and login (TIMCONV_STANDALONE)', defines: ['TIMCONV_STANDALONE'] },
  { name: 'Puerts 2.x glue in the editor (TIMCONV_PUERTS, UNITY_EDITOR)', defines: ['TIMCONV_PUERTS', 'UNITY_EDITOR'], puerts: 2 },
  { name: 'Puerts 3.x glue in the editor (TIMCONV_PUERTS_3: no JsEnv, which 3.x marks obsolete)', defines: ['TIMCONV_PUERTS', 'TIMCONV_PUERTS_3', 'UNITY_EDITOR'], puerts: 3 },
  { name: 'everything together', defines: ['TIMCONV_STANDALONE', 'TIMCONV_PUERTS', 'UNITY_EDITOR', 'UNITY_EDITOR_OSX', 'UNITY_IOS'], puerts: 2 },
];

describe('C# emitter: the generated code compiles cleanly with mcs', function () {
  this.timeout(120000);
  before(() => requireMono());

  for (const [setName, ir] of [['schema/', realIr], ['mini schema set', miniIr]] as const) {
    describe(`from ${setName}`, () => {
      let sources: string[] = [];
      before(() => {
        sources = writeGenerated(tempDir('compile'), emitCsharp(ir()));
      });
      for (const v of VARIANTS) {
        it(v.name, () => {
          const extra = v.puerts ? [join(STUBS_DIR, `Puerts${v.puerts}Stubs.cs`), join(STUBS_DIR, 'PuertsConfigStubs.cs')] : [];
          const r = mcs([...sources, ...extra], join(tempDir('dll'), 'TimConv.dll'), { defines: v.defines });
          assert.ok(r.ok, `mcs ${MCS_STRICT.join(' ')} failed:\n${r.output}`);
          assert.equal(r.output, '', 'mcs printed warnings or notes');
        });
      }
    });
  }

  it('fails on Puerts 3.x when the 2.x glue is compiled in (JsEnv is obsolete there, a warning and so an error)', () => {
    const sources = writeGenerated(tempDir('compile'), emitCsharp(miniIr()));
    const r = mcs([...sources, join(STUBS_DIR, 'Puerts3Stubs.cs'), join(STUBS_DIR, 'PuertsConfigStubs.cs')], join(tempDir('dll'), 'TimConv.dll'), { defines: ['TIMCONV_PUERTS'] });
    assert.equal(r.ok, false);
    assert.match(r.output, /CS0618.*JsEnv' is obsolete/);
  });

  it('refuses a library name override without the project declaring one (TIMCONV_LIB_CUSTOM alone)', () => {
    const sources = writeGenerated(tempDir('compile'), emitCsharp(miniIr()));
    const r = mcs(sources, join(tempDir('dll'), 'TimConv.dll'), { defines: ['TIMCONV_LIB_CUSTOM'] });
    assert.equal(r.ok, false);
    assert.match(r.output, /TimConvLibrary/);
  });
});

describe('C# emitter: no default string marshaling (the official SDK marshals ANSI and never frees)', () => {
  const files = emitCsharp(realIr()).filter((f) => f.path.endsWith('.cs'));
  const forbidden: [RegExp, string][] = [
    [/CharSet\s*=/, 'a CharSet on a DllImport'],
    [/UnmanagedType\.(LPStr|LPWStr|LPTStr|LPUTF8Str|BStr)/, 'string marshaling by attribute'],
    [/PtrToString(Ansi|Auto|Uni|UTF8)|StringToHGlobal|StringToCoTaskMem/, 'Marshal string helpers (PtrToStringUTF8 is missing from some profiles)'],
    [/extern\s+\w+\s+\w+\([^)]*\bstring\b/, 'a string parameter on an extern method'],
    [/delegate\s+void\s+\w+\([^)]*\bstring\b/, 'a string parameter on a native callback delegate'],
  ];
  for (const [pattern, what] of forbidden) {
    it(`uses no ${what}`, () => {
      for (const f of files) assert.doesNotMatch(f.content, pattern, f.path);
    });
  }

  it('frees every UTF-8 buffer it allocates in a finally block', () => {
    const facade = files.filter((f) => /TimConvFacade|TimConvStandalone/.test(f.path)).map((f) => f.content).join('\n');
    const allocated = [...facade.matchAll(/(\w+Utf8) = TimConvUtf8\.ToNative/g)].length;
    const freed = [...facade.matchAll(/TimConvUtf8\.Free\((\w+Utf8)\);/g)].length;
    assert.ok(allocated > 20, `allocations found: ${allocated}`);
    assert.equal(freed, allocated);
  });
});
