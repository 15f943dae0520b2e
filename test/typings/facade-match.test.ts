import { strict as assert } from 'node:assert';
import { emitTypings } from '../../generator/emit/typings/index.ts';
import { realIr } from '../support/generated.ts';
import { mono } from '../csharp/support/mono.ts';
import { testProgram } from '../csharp/support/program.ts';

// The generated d.ts against the compiled C# facade (read back by reflection on Mono): the same
// static members, parameter names and types, mapped the way Puerts maps them to TS.
function puertsTs(csType: string): string {
  const simple: Record<string, string> = { 'System.String': 'string', 'System.Int32': 'number', 'System.Double': 'number', 'System.Boolean': 'boolean', 'System.Void': 'void' };
  if (simple[csType]) return simple[csType];
  const action = /^System\.Action`(\d+)<(.*)>$/.exec(csType);
  if (action) return `System.Action$${action[1]}<${action[2].split(',').map(puertsTs).join(', ')}>`;
  throw new Error(`no Puerts TS type for ${csType}`);
}

interface Member { name: string; returns: string; params: string[] }

function fromCsharp(): { methods: Member[]; properties: string[] } {
  const r = mono(testProgram('sdk-path'), ['facade']);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  const lines = String(r.stdout).trim().split('\n').map((l) => l.split('\t'));
  return {
    methods: lines.filter((l) => l[0] === 'METHOD').map(([, name, returns, ...ps]) => ({
      name, returns: puertsTs(returns),
      params: ps.map((p) => { const [n, t] = p.split('='); return `$${n}: ${puertsTs(t)}${t.startsWith('System.Action') ? ' | null' : ''}`; }),
    })),
    properties: lines.filter((l) => l[0] === 'PROPERTY').map(([, name, type]) => `${name}: ${puertsTs(type)}`),
  };
}

function fromDts(text: string): { methods: Member[]; properties: string[] } {
  const methods = [...text.matchAll(/public static (\w+)\((.*)\): (\w+);/g)].map((m) => ({
    name: m[1], returns: m[3], params: m[2] ? m[2].split(/, (?=\$)/) : [],
  }));
  const properties = [...text.matchAll(/public static get (\w+)\(\): (\w+);/g)].map((m) => `${m[1]}: ${m[2]}`);
  return { methods, properties };
}

describe('facade typings match the compiled C# facade', function () {
  this.timeout(120000);
  it('declares every public static method and property of TimConvFacade (standalone build) with Puerts types', () => {
    const dts = emitTypings(realIr()).find((f) => f.path === 'timconv-facade.d.ts')!.content;
    const cs = fromCsharp();
    const ts = fromDts(dts);
    const byName = (a: Member, b: Member) => (a.name < b.name ? -1 : 1);
    assert.equal(cs.methods.length, 22 + 8 + 5 + 2, 'facade methods: 22 functions, 8 listeners, 5 standalone, Tick, ReleaseCallbacks');
    assert.deepEqual([...ts.methods].sort(byName), [...cs.methods].sort(byName));
    assert.deepEqual(ts.properties, cs.properties);
  });
});
