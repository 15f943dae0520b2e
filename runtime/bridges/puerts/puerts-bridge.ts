/// <reference path="../../generated/timconv-facade.d.ts" />
// The Bridge under Puerts: every call goes to the generated C# facade, CS.TimConv.TimConvFacade, with
// JS functions as its delegates. The facade queues every SDK callback and delivers it inside its
// Tick(), which Unity's Update drives (TimConvScriptRunner in the Unity package), so callbacks here
// always run on the JS thread. Arguments are converted by their kind in the API table the
// ConversationManager was built with (it binds the bridge to it); the calls themselves go through the
// generated FACADE_CALLS, which the compiler checks against timconv-facade.d.ts.
import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../../bridge.ts';
import type { ApiTable, ListenerMeta } from '../../api-meta.ts';
import { fromFacadeArg, toFacadeArg, type FacadeArg, type FacadeDone } from '../../facade-values.ts';
import { FACADE_CALLS, FACADE_LISTENERS, type Facade } from '../../generated/facade-calls.ts';

/** The facade the `CS` global exposes under Puerts; throws a clear error anywhere else. */
export function puertsFacade(): Facade {
  const cs = (globalThis as { CS?: typeof CS }).CS;
  const facade = cs?.TimConv?.TimConvFacade;
  if (!facade) throw new Error('timconv: CS.TimConv.TimConvFacade is not reachable; is this running under Puerts with the generated C# in the project?');
  return facade;
}

export class PuertsBridge implements Bridge {
  private table: ApiTable | undefined;
  private readonly listenersBySetter = new Map<string, ListenerMeta>();
  private readonly registered = new Set<string>();
  private disposed = false;

  /**
   * @param facade the C# facade; defaults to CS.TimConv.TimConvFacade (tests pass a stand-in).
   * @param table the API table to convert arguments by; a ConversationManager binds its own.
   */
  constructor(private readonly facade: Facade = puertsFacade(), table?: ApiTable) {
    if (table) this.bind(table);
  }

  /** Takes parameter kinds and listener setters from `table` (the core calls this with its table). */
  bind(table: ApiTable): void {
    this.table = table;
    this.listenersBySetter.clear();
    for (const l of Object.values(table.listeners)) this.listenersBySetter.set(l.setter, l);
  }

  call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number {
    this.checkOpen();
    const meta = this.boundTable().functions[fn];
    const invoke = FACADE_CALLS[fn];
    if (!meta || !invoke) throw new Error(`timconv puerts bridge: unknown function ${fn}`);
    if (args.length !== meta.params.length) {
      throw new Error(`timconv puerts bridge: ${fn} takes ${meta.params.length} arguments, got ${args.length}`);
    }
    const facadeArgs: FacadeArg[] = meta.params.map((p, i) => toFacadeArg(p.kind, args[i], p.name, fn));
    // A fresh function per call: the facade keeps it until the SDK answered, then drops it.
    const completion: FacadeDone | null = !meta.sync && done ? (code, desc, json) => done(code, desc, json) : null;
    return invoke(this.facade, facadeArgs, completion);
  }

  setListener(setter: string, listener: ListenerCallback | null): void {
    this.checkOpen();
    this.boundTable();
    const meta = this.listenersBySetter.get(setter);
    const register = FACADE_LISTENERS[setter];
    if (!meta || !register) throw new Error(`timconv puerts bridge: unknown listener setter ${setter}`);
    if (!listener) {
      register(this.facade, null);
      this.registered.delete(setter);
      return;
    }
    register(this.facade, (...values: FacadeArg[]) => {
      listener(...meta.params.map((p, i) => fromFacadeArg(p.kind, values[i])));
    });
    this.registered.add(setter);
  }

  /** Delivers queued SDK callbacks now (TimConvFacade.Tick); the Unity bootstrap already calls it every frame. */
  tick(): number {
    return this.facade.Tick();
  }

  /** Clears the listeners this bridge registered; the bridge cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    for (const setter of [...this.registered]) this.setListener(setter, null);
    this.disposed = true;
  }

  private boundTable(): ApiTable {
    if (!this.table) throw new Error('timconv puerts bridge: no API table; pass it to the constructor or use the bridge through a ConversationManager');
    return this.table;
  }

  private checkOpen(): void {
    if (this.disposed) throw new Error('timconv puerts bridge: used after dispose()');
  }
}
