// The members of the C# facade as the typings see them, taken from the IR: the same methods, in the
// same order, with the same parameters as the C# emitter's TimConvFacade.
import type { Ir, IrCallback, IrFunction, IrParam } from '../../ir/model.ts';
import { FACADE_DOCS } from '../facade-docs.ts';

export interface FacadeParam { name: string; ts: string; csFacade: string; doc: string; nullable: boolean }

export interface FacadeMethod {
  /** C function or listener setter it stands for; absent for Tick. */
  cName?: string;
  name: string;
  params: FacadeParam[];
  returns: 'number' | 'void';
  doc: string[];
  deprecated: boolean;
  /** Completion delegate parameter present (asynchronous function). */
  completion: boolean;
  /** Exists only when the C# side is compiled with TIMCONV_STANDALONE. */
  standalone: boolean;
  listener: boolean;
}

const bare = (csName: string) => csName.replace(/^@/, '');

function callbackOf(ir: Ir, name: string): IrCallback {
  const cb = ir.callbacks.find((c) => c.cName === name);
  if (!cb) throw new Error(`unknown callback ${name}`);
  return cb;
}

function functionMethod(ir: Ir, f: IrFunction, standalone: boolean): FacadeMethod {
  const params = f.params.filter((p: IrParam) => p.role !== 'user_data').map((p): FacadeParam => {
    if (p.role === 'callback') {
      const cb = callbackOf(ir, p.callback!);
      return { name: bare(p.csName), ts: cb.csFacadeTs, csFacade: cb.csFacadeDelegate, doc: FACADE_DOCS.completion, nullable: true };
    }
    return { name: bare(p.csName), ts: p.csFacadeTs!, csFacade: p.csFacade!, doc: p.facadeDoc ?? '', nullable: false };
  });
  const doc = [f.description];
  if (standalone) doc.push('Present only when the C# code is compiled with TIMCONV_STANDALONE (the Unity package defines it).');
  return { cName: f.cName, name: f.csName, params, returns: 'number', doc, deprecated: !!f.deprecated, completion: !f.sync, standalone, listener: false };
}

/** Every static method of TimConvFacade in declaration order (Tick and ReleaseCallbacks first, as in the C# file). */
export function facadeMethods(ir: Ir): FacadeMethod[] {
  const tick: FacadeMethod = {
    name: 'Tick', params: [], returns: 'number', deprecated: false, completion: false, standalone: false, listener: false,
    doc: ['Delivers the callbacks and listener events queued since the last call; call it once per frame. Returns how many ran.'],
  };
  const release: FacadeMethod = {
    name: 'ReleaseCallbacks', params: [], returns: 'void', deprecated: false, completion: false, standalone: false, listener: false,
    doc: ['Clears every listener, forgets the completions of calls in flight and drops undelivered callbacks; call it before the script engine goes away.'],
  };
  const conv = ir.functions.filter((f) => !f.listenerCallback).map((f) => functionMethod(ir, f, false));
  const listeners = ir.listeners.map((l): FacadeMethod => {
    const cb = callbackOf(ir, l.callback);
    return {
      cName: l.setter, name: l.csSetter, returns: 'void', deprecated: false, completion: false, standalone: false, listener: true,
      params: [{ name: 'listener', ts: cb.csFacadeTs, csFacade: cb.csFacadeDelegate, doc: FACADE_DOCS.listener, nullable: true }],
      doc: [l.description],
    };
  });
  const session = ir.session.map((f) => functionMethod(ir, f, true));
  return [tick, release, ...conv, ...listeners, ...session];
}

/** Arities of the System.Action delegates the facade uses. */
export function actionArities(methods: FacadeMethod[]): number[] {
  const arities = new Set<number>();
  for (const m of methods) for (const p of m.params) {
    const a = /^System\.Action(?:\$(\d+)<|$)/.exec(p.ts);
    if (a) arities.add(a[1] ? Number(a[1]) : 0);
  }
  return [...arities].sort((x, y) => x - y);
}
