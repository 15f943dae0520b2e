// The typings emitter: the facade's Puerts-style declarations (target typings) and the typed call
// table the Puerts bridge dispatches through (target ts).
import type { Emitter } from '../types.ts';
import { facadeCalls, FACADE_CALLS } from './facade-calls.ts';
import { facadeDts, FACADE_DTS } from './facade-dts.ts';
import { actionArities, facadeMethods } from './facade-members.ts';

export const emitTypings: Emitter = (ir) => {
  const methods = facadeMethods(ir);
  return [
    { target: 'typings', path: FACADE_DTS, content: facadeDts(methods, actionArities(methods)) },
    { target: 'ts', path: FACADE_CALLS, content: facadeCalls(methods) },
  ];
};
