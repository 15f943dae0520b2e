import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../../bridge.ts';
import type { ApiTable } from '../../api-meta.ts';
import { type Facade } from '../../generated/facade-calls.ts';
/** The facade the `CS` global exposes under Puerts; throws a clear error anywhere else. */
export declare function puertsFacade(): Facade;
export declare class PuertsBridge implements Bridge {
    private readonly facade;
    private table;
    private readonly listenersBySetter;
    private readonly registered;
    private disposed;
    /**
     * @param facade the C# facade; defaults to CS.TimConv.TimConvFacade (tests pass a stand-in).
     * @param table the API table to convert arguments by; a ConversationManager binds its own.
     */
    constructor(facade?: Facade, table?: ApiTable);
    /** Takes parameter kinds and listener setters from `table` (the core calls this with its table). */
    bind(table: ApiTable): void;
    call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number;
    setListener(setter: string, listener: ListenerCallback | null): void;
    /** Delivers queued SDK callbacks now (TimConvFacade.Tick); the Unity bootstrap already calls it every frame. */
    tick(): number;
    /** Clears the listeners this bridge registered; the bridge cannot be used afterwards. */
    dispose(): void;
    private boundTable;
    private checkOpen;
}
