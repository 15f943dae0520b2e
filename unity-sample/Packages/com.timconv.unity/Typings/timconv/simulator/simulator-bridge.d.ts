import type { Bridge, BridgeArg, CommCallback, ListenerCallback } from '../bridge.ts';
import type { JsonObject } from './conversation.ts';
import * as control from './control.ts';
import type { MessageInput } from './message.ts';
import { type SimulationOptions } from './simulation.ts';
export type SimulatorOptions = SimulationOptions;
export declare class SimulatorBridge implements Bridge {
    private readonly sim;
    private disposed;
    constructor(options?: SimulatorOptions);
    call(fn: string, args: readonly BridgeArg[], done?: CommCallback): number;
    setListener(setter: string, listener: ListenerCallback | null): void;
    /** Drops pending deliveries and listeners; later calls throw. */
    dispose(): void;
    /** Logs `userID` in: convEvent start, add (existing conversations, 100 per event), finish. */
    login(userID: string): void;
    logout(): void;
    get userID(): string | null;
    /** Adds "c2c_<userID>" or "group_<groupID>"; throws if it exists. */
    addConversation(convID: string, seed?: control.ConversationSeed): void;
    /** Delivers a message (creating the conversation if needed); returns the message as stored. */
    deliverMessage(convID: string, message?: MessageInput): JsonObject;
    setReceiveOption(convID: string, opt: number): void;
    setGroupAtInfo(convID: string, list: readonly control.GroupAtInfoInput[]): void;
    /** ConvInfo of a conversation as the API reports it (bigint for 64-bit fields), or undefined. */
    peek(convID: string): JsonObject | undefined;
    get conversationCount(): number;
    /** Paging passes open, the cursors they hold, move entries kept for them (all bounded; see
     *  README "Paging"), and how many index and move entries the last page looked at. */
    get pagingStats(): {
        openPasses: number;
        cursors: number;
        movesKept: number;
        lastPageWalked: number;
    };
    /** Resolves when every queued callback and listener call has been delivered. */
    settle(): Promise<void>;
}
