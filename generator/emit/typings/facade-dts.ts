// timconv-facade.d.ts: the C# facade in the shape Puerts' typing generator gives C# types — a class in
// `declare namespace CS`, static methods with `$`-prefixed parameters, delegates as
// `System.Action$N<...>` function types.
import { banner } from '../types.ts';
import { jsdoc } from './jsdoc.ts';
import type { FacadeMethod } from './facade-members.ts';

export const FACADE_DTS = 'timconv-facade.d.ts';

const CLASS_DOC = [
  'The TimConv C# facade (TimConvFacade.cs), reached from scripts as CS.TimConv.TimConvFacade.',
  'Arguments are string, number and boolean only: JSON payloads and 64-bit integers are strings',
  '(decimal digits), uint32 values are numbers. Callbacks and listener events run only inside Tick().',
  '',
  'Puerts writes the same declarations into its own index.d.ts when its typing generation runs over',
  'TimConvPuertsConfig; a TS project uses one of the two, not both.',
];

function method(m: FacadeMethod): string {
  const params = m.params.map((p) => `$${p.name}: ${p.ts}${p.nullable ? ' | null' : ''}`).join(', ');
  const doc = [...m.doc, ...m.params.filter((p) => p.doc).map((p) => `@param $${p.name} ${p.doc}`)];
  return `${jsdoc('            ', doc)}            public static ${m.name} (${params}) : ${m.returns};\n`;
}

function actionType(n: number): string {
  if (n === 0) return '        type Action = () => void;\n';
  if (n === 1) return '        type Action$1<T> = (obj: T) => void;\n';
  const ts = Array.from({ length: n }, (_, i) => `T${i + 1}`);
  return `        type Action$${n}<${ts.join(', ')}> = (${ts.map((t, i) => `arg${i + 1}: ${t}`).join(', ')}) => void;\n`;
}

export function facadeDts(methods: FacadeMethod[], arities: number[]): string {
  let out = banner(FACADE_DTS);
  out += 'declare namespace CS {\n';
  out += '    namespace TimConv {\n';
  out += jsdoc('        ', CLASS_DOC);
  out += '        class TimConvFacade {\n';
  out += jsdoc('            ', [
    'When true, the Set*Listener methods only remember the listener and never register it with the SDK,',
    'whose listeners are process-wide: the official Tencent IM C# SDK keeps them. Set it before the first',
    'Set*Listener call.',
  ]);
  out += '            public static get LeaveListenersToOfficialSdk(): boolean;\n';
  out += '            public static set LeaveListenersToOfficialSdk(value: boolean);\n';
  out += methods.map(method).join('');
  out += '        }\n';
  out += '    }\n';
  out += '    namespace System {\n';
  out += arities.map(actionType).join('');
  out += '    }\n';
  out += '}\n';
  return out;
}
