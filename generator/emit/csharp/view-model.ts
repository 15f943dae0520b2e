// Turns the IR into the values the C# templates print. Nothing here chooses a name or a type: names,
// C#/facade types and conversions come from the IR (its crossing rows); this module only arranges
// them (argument lists, converted locals, de-duplicated delegate lists) and formats doc comments.
import type { Ir, IrCallback, IrFunction, IrListener, IrNativeLibrary, IrParam } from '../../ir/model.ts';
import { byKey } from '../../order.ts';
import { FACADE_DOCS } from '../facade-docs.ts';

export interface FacadeParamView { type: string; name: string; docName: string; doc: string[] }

/** A facade argument converted before the native call: `utf8` buffers, or a checked `Try...` helper. */
export interface ConvertedParamView { name: string; local: string; nativeType: string; toNative: string }

export interface FunctionView {
  cName: string;
  csName: string;
  csReturn: string;
  doc: string[];
  /** Parameters of the [DllImport] declaration, IR order. */
  params: IrParam[];
  facadeParams: FacadeParamView[];
  /** Value parameters converted by a checked helper before the native call. */
  checked: ConvertedParamView[];
  /** The converted parameters that become UTF-8 buffers (freed after the call). */
  utf8: ConvertedParamView[];
  /** Arguments of the native call, in C order. */
  nativeArgs: string[];
  /** The completion delegate parameter, when the function reports through a callback. */
  completion?: { name: string; delegate: string };
  returnsDoc: string;
}

export interface CallbackArgView { name: string; native: IrParam; local: string }

export interface TrampolineView {
  callback: string;
  native: IrParam[];
  /** Parameter the request id travels in (completion trampolines). */
  userData: string;
  args: CallbackArgView[];
  delegate: string;
}

export interface ListenerView {
  event: string;
  csSetter: string;
  setter: string;
  callback: string;
  delegate: string;
  doc: string[];
  trampoline: TrampolineView;
}

export interface DelegateView { delegate: string; typeArgs: string; needsAot: boolean }

export interface NativeFunctionView { cName: string; csReturn: string; params: IrParam[]; doc: string[] }

/** One branch of a preprocessor chain: `#if` for the first, `#elif` after. */
export interface PlatformBranchView { directive: '#if' | '#elif'; condition: string; platforms: string; library: string }

/** The native library switch: a chain of platform branches, the fallback, and where no SDK exists. */
export interface NativeLibraryView {
  chain: PlatformBranchView[];
  fallback: { platforms: string; library: string };
  unsupported: Omit<PlatformBranchView, 'library'>[];
  /** Every entry, with its C# member name (from the IR). */
  entries: { member: string; platforms: string; library: string | null; files: string[] }[];
}

/** The TIMResult codes, for the C# constants the facade returns. */
export interface ResultCodesView { doc: string[]; members: { name: string; value: number; doc: string[] }[] }

export interface CsharpView {
  callbacks: (IrCallback & { doc: string[] })[];
  /** Every conversation function and listener setter, for the [DllImport] declarations. */
  natives: NativeFunctionView[];
  /** The SDK lifecycle functions, for the [DllImport] declarations of TimConvStandalone. */
  sessionNatives: NativeFunctionView[];
  nativeLibrary: NativeLibraryView;
  /** Assemblies link.xml keeps the facade in. */
  linkAssemblies: readonly string[];
  /** The TIMConv* functions, one facade method each. */
  functions: FunctionView[];
  session: FunctionView[];
  completions: TrampolineView[];
  listeners: ListenerView[];
  /** The doc of every Set*Listener method's listener parameter. */
  listenerParamDoc: string[];
  delegates: DelegateView[];
  resultCodes: ResultCodesView;
}

/** Text for a `///` XML doc comment: XML-escaped, one entry per line. */
export function xmlDocLines(text: string): string[] {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.split('\n').map((l) => l.trimEnd()).filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
}

/** Locals the facade method and trampoline templates declare. */
const FACADE_LOCALS = new Set(['requestId', 'result']);
const TRAMPOLINE_LOCALS = new Set(['handler', 'listener', 'e']);

const isValue = (p: IrParam) => p.role === 'json' || p.role === 'value';

function functionView(f: IrFunction, callbacks: Map<string, IrCallback>): FunctionView {
  const converted: ConvertedParamView[] = [];
  const facadeParams: FacadeParamView[] = [];
  let completion: FunctionView['completion'];
  const nativeArgs = f.params.map((p) => {
    if (isValue(p)) {
      facadeParams.push({ type: p.csFacade!, name: p.csName, docName: p.csName.replace(/^@/, ''), doc: xmlDocLines(p.facadeDoc ?? '') });
      if (!p.csToNative) return p.csName;
      const local = `${p.csName}${p.csToNative === 'utf8' ? 'Utf8' : 'Value'}`;
      converted.push({ name: p.csName, local, nativeType: p.csNative, toNative: p.csToNative });
      return local;
    }
    if (p.role === 'callback') {
      const cb = callbacks.get(p.callback!);
      if (!cb) throw new Error(`${f.cName}: unknown callback ${p.callback}`);
      completion = { name: p.csName, delegate: cb.csFacadeDelegate };
      facadeParams.push({ type: cb.csFacadeDelegate, name: p.csName, docName: p.csName.replace(/^@/, ''), doc: xmlDocLines(FACADE_DOCS.completion) });
      return `TimConvCallbacks.${cb.cName}Trampoline`;
    }
    return 'new IntPtr(requestId)';
  });
  const returnsDoc = !f.sync
    ? 'The SDK\'s TIMResult code: 0 when the call was accepted (the callback then runs once); otherwise the callback never runs.'
    : f.cReturn === 'int' ? 'The SDK\'s TIMResult code (0 on success).' : `The SDK's ${f.cReturn} value, as an int.`;
  const doc = xmlDocLines(f.description + (f.deprecated ? `\n${FACADE_DOCS.deprecated}` : ''));
  if (f.csReturn !== 'int') throw new Error(`${f.cName}: a facade method must return the SDK's int, not ${f.csReturn}`);
  const clash = f.params.find((p) => FACADE_LOCALS.has(p.csName) || converted.some((c) => c.local === p.csName));
  if (clash) throw new Error(`${f.cName}: parameter ${clash.csName} clashes with a local of the facade method`);
  const utf8 = converted.filter((c) => c.toNative === 'utf8');
  const checked = converted.filter((c) => c.toNative !== 'utf8');
  return { cName: f.cName, csName: f.csName, csReturn: f.csReturn, doc, params: f.params, facadeParams, checked, utf8, nativeArgs, ...(completion ? { completion } : {}), returnsDoc };
}

function trampolineView(cb: IrCallback): TrampolineView {
  const userData = cb.params.find((p) => p.role === 'user_data');
  const args = cb.params.filter(isValue).map((p) => ({ name: p.csName, native: p, local: `${p.csName}Value` }));
  const clash = cb.params.find((p) => TRAMPOLINE_LOCALS.has(p.csName) || args.some((a) => a.local === p.csName));
  if (clash) throw new Error(`${cb.cName}: parameter ${clash.csName} clashes with a local of the trampoline`);
  return { callback: cb.cName, native: cb.params, userData: userData ? userData.csName : '', args, delegate: cb.csFacadeDelegate };
}

function nativeLibraryView(libraries: readonly IrNativeLibrary[]): NativeLibraryView {
  const fallback = libraries.find((l) => l.condition === '');
  if (!fallback || !fallback.library || libraries.indexOf(fallback) !== libraries.length - 1) {
    throw new Error('the native library table needs one last entry without a condition that names a library');
  }
  const branch = (l: IrNativeLibrary, i: number) => ({ directive: i === 0 ? '#if' as const : '#elif' as const, condition: l.condition, platforms: l.platforms });
  const named = libraries.filter((l) => l.condition && l.library);
  return {
    chain: named.map((l, i) => ({ ...branch(l, i), library: l.library! })),
    fallback: { platforms: fallback.platforms, library: fallback.library },
    unsupported: libraries.filter((l) => l.condition && !l.library).map(branch),
    entries: libraries.map((l) => ({ member: l.csMember, platforms: l.platforms, library: l.library, files: l.files })),
  };
}

/** The synchronous return codes; the facade refuses a bad argument with TIM_ERR_PARAM from here. */
function resultCodesView(enums: Ir['enums']): ResultCodesView {
  const e = enums.find((x) => x.name === RESULT_ENUM);
  if (!e || !e.members.some((m) => m.name === 'TIM_ERR_PARAM')) throw new Error(`the schemas lack the ${RESULT_ENUM} enum with TIM_ERR_PARAM (schema/overlay/roots.json lists it)`);
  return { doc: xmlDocLines(e.description), members: e.members.map((m) => ({ name: m.name, value: m.value, doc: xmlDocLines(m.description) })) };
}

const RESULT_ENUM = 'TIMResult';

const nativeView = (f: IrFunction): NativeFunctionView => ({ cName: f.cName, csReturn: f.csReturn, params: f.params, doc: xmlDocLines(f.description) });

export function buildView(ir: Ir, linkAssemblies: readonly string[]): CsharpView {
  const callbacks = new Map(ir.callbacks.map((c) => [c.cName, c]));
  const conv = ir.functions.filter((f) => !f.listenerCallback);
  const setters = ir.functions.filter((f) => f.listenerCallback);
  const usedAsCompletion = new Set([...conv, ...ir.session].flatMap((f) => f.params.filter((p) => p.role === 'callback').map((p) => p.callback!)));
  const completions = ir.callbacks.filter((c) => usedAsCompletion.has(c.cName)).map(trampolineView);
  const both = ir.listeners.find((l) => usedAsCompletion.has(l.callback));
  if (both) throw new Error(`${both.callback} is both a completion callback and a listener; they need trampolines of their own`);
  const listeners = ir.listeners.map((l: IrListener): ListenerView => {
    const cb = callbacks.get(l.callback)!;
    return {
      event: l.event, csSetter: l.csSetter, setter: l.setter, callback: l.callback, delegate: cb.csFacadeDelegate,
      doc: xmlDocLines(l.description), trampoline: trampolineView(cb),
    };
  });
  const delegates = new Map<string, DelegateView>();
  for (const c of ir.callbacks.filter((c) => usedAsCompletion.has(c.cName) || ir.listeners.some((l) => l.callback === c.cName))) {
    delegates.set(c.csFacadeDelegate, { delegate: c.csFacadeDelegate, typeArgs: c.csFacadeTypeArgs, needsAot: c.csFacadeNeedsAot });
  }
  return {
    callbacks: ir.callbacks.map((c) => ({ ...c, doc: xmlDocLines(c.description) })),
    natives: [...conv, ...setters].map(nativeView),
    sessionNatives: ir.session.map(nativeView),
    nativeLibrary: nativeLibraryView(ir.nativeLibraries),
    linkAssemblies,
    functions: conv.map((f) => functionView(f, callbacks)),
    session: ir.session.map((f) => functionView(f, callbacks)),
    completions,
    listeners,
    listenerParamDoc: xmlDocLines(FACADE_DOCS.listener),
    delegates: [...delegates.values()].sort(byKey((d) => d.delegate)),
    resultCodes: resultCodesView(ir.enums),
  };
}
