// facade-calls.ts (runtime/generated): for every C function and listener setter, a small typed call
// of its facade method. The TS compiler checks each call against timconv-facade.d.ts, so the Puerts
// bridge dispatches by C name without an untyped method lookup.
import { banner } from '../types.ts';
import { FACADE_DTS } from './facade-dts.ts';
import type { FacadeMethod } from './facade-members.ts';

export const FACADE_CALLS = 'facade-calls.ts';

/** The checker that narrows a FacadeArg to the facade parameter's TS type. */
const CHECK_OF_TS: Record<string, string> = { string: 'asString', number: 'asNumber', boolean: 'asBoolean' };

function call(m: FacadeMethod): string {
  let i = 0;
  const args = m.params.map((p) => {
    if (p.ts.startsWith('System.Action')) return 'done';
    const check = CHECK_OF_TS[p.ts];
    if (!check) throw new Error(`${m.name}: no checker for facade type ${p.ts}`);
    return `${check}(a[${i++}])`;
  });
  const head = m.completion ? (i > 0 ? '(f, a, done)' : '(f, _a, done)') : i > 0 ? '(f, a)' : '(f)';
  return `  ${m.cName}: ${head} => f.${m.name}(${args.join(', ')}),\n`;
}

export function facadeCalls(methods: FacadeMethod[]): string {
  const functions = methods.filter((m) => m.cName && !m.listener && !m.standalone);
  const listeners = methods.filter((m) => m.listener);
  let out = banner(FACADE_CALLS);
  out += `/// <reference path="./${FACADE_DTS}" />\n`;
  out += "import { asBoolean, asNumber, asString, type FacadeArg, type FacadeDone } from '../bridges/puerts/facade-args.ts';\n\n";
  out += '/** The facade as Puerts exposes it: CS.TimConv.TimConvFacade. */\n';
  out += 'export type Facade = typeof CS.TimConv.TimConvFacade;\n\n';
  out += '/** Calls the facade method of a C function: value arguments in C order, facade-typed; done for asynchronous ones. */\n';
  out += 'export type FacadeCall = (facade: Facade, args: readonly FacadeArg[], done: FacadeDone | null) => number;\n\n';
  out += '/** Registers (or, with null, clears) the listener of a TIMSetConv*Callback setter on the facade. */\n';
  out += 'export type FacadeListen = (facade: Facade, listener: ((...args: FacadeArg[]) => void) | null) => void;\n\n';
  out += 'export const FACADE_CALLS: Readonly<Record<string, FacadeCall>> = {\n';
  out += functions.map(call).join('');
  out += '};\n\n';
  out += 'export const FACADE_LISTENERS: Readonly<Record<string, FacadeListen>> = {\n';
  out += listeners.map((m) => `  ${m.cName}: (f, listener) => f.${m.name}(listener),\n`).join('');
  out += '};\n';
  return out;
}
