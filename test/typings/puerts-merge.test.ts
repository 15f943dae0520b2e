import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitTypings } from '../../generator/emit/typings/index.ts';
import { actionArities, facadeMethods } from '../../generator/emit/typings/facade-members.ts';
import { realIr } from '../support/generated.ts';
import { repoRoot } from '../support/sdk.ts';

// timconv-facade.d.ts next to the index.d.ts Puerts generates for a project: both are global
// declarations of namespace CS, so the pair must merge. The stand-in below is written the way Puerts'
// typing template writes its output for our [Binding] list (System.Object with its incompatibility
// marker, each delegate as a generic interface with a call signature and an optional Invoke, type
// parameters named as the CLR names them).
function puertsIndexDts(arities: number[]): string {
  const delegate = (n: number) => {
    const ts = n === 1 ? ['T'] : Array.from({ length: n }, (_, i) => `T${i + 1}`);
    const params = n === 1 ? 'obj: T' : ts.map((t, i) => `arg${i + 1}: ${t}`).join(', ');
    return `        interface Action$${n}<${ts.join(', ')}>\n        {\n            (${params}) : void;\n            Invoke?: (${params}) => void;\n        }\n`;
  };
  return [
    'declare namespace CS {',
    '    const __keep_incompatibility: unique symbol;',
    '    namespace System {',
    '        class Object { protected [__keep_incompatibility]: never; }',
    '        class Type extends System.Object { public get Name(): string; }',
    ...arities.filter((n) => n > 0).map(delegate),
    '    }',
    '}',
    '',
  ].join('\n');
}

const USE = `
const facade = CS.TimConv.TimConvFacade;
const rc: number = facade.GetConvList((code: number, desc: string, json: string) => { void code; void desc; void json; });
facade.SetConvEventListener((event: number, json: string) => { void event; void json; });
facade.SetConvEventListener(null);
facade.LeaveListenersToOfficialSdk = true;
void rc;
`;

function tsc(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'timconv-merge-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '--ignoreConfig', '--noEmit', '--strict', '--pretty', 'false',
      '--target', 'es2020', '--lib', 'es2020', '--types', '', ...Object.keys(files).map((f) => join(dir, f))], { encoding: 'utf8' });
    return `${r.stdout}${r.stderr}`.replaceAll(dir, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('facade typings beside Puerts\' generated index.d.ts', function () {
  this.timeout(60000);
  const facadeDts = emitTypings(realIr()).find((f) => f.path === 'timconv-facade.d.ts')!.content;
  const puerts = puertsIndexDts(actionArities(facadeMethods(realIr())));

  it('merge with it: no duplicate identifier, and JS functions still pass where the facade takes a delegate', () => {
    assert.equal(tsc({ 'index.d.ts': puerts, 'timconv-facade.d.ts': facadeDts, 'use.ts': USE }), '');
  });

  it('type-check on their own, where Puerts has not generated anything yet', () => {
    assert.equal(tsc({ 'timconv-facade.d.ts': facadeDts, 'use.ts': USE }), '');
  });

  it('declare the delegates only as interfaces (a type alias would collide with Puerts\' interface)', () => {
    assert.doesNotMatch(facadeDts, /\btype Action/);
    const aliased = facadeDts.replace(/interface Action\$3<T1, T2, T3> \{[^}]*\}/, 'type Action$3<T1, T2, T3> = (arg1: T1, arg2: T2, arg3: T3) => void;');
    assert.notEqual(aliased, facadeDts);
    assert.match(tsc({ 'index.d.ts': puerts, 'timconv-facade.d.ts': aliased, 'use.ts': USE }), /Duplicate identifier 'Action\$3'/);
  });
});
