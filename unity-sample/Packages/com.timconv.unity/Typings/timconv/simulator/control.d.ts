import { type GroupAtInfo, type JsonObject } from './conversation.ts';
import { type MessageInput } from './message.ts';
import type { Simulation } from './simulation.ts';
/** What a seeded conversation starts with; everything is optional. */
export interface ConversationSeed {
    showName?: string;
    faceUrl?: string;
    /** TIMGroupType of a group conversation (default 1, private). */
    groupType?: number;
    unread?: number;
    /** TIMReceiveMessageOpt, 0..3. */
    recvOpt?: number;
    /** Unix seconds of the last activity; defaults to the last message's time, else now. */
    activeTime?: number;
    pinned?: boolean;
    lastMessage?: MessageInput;
    draft?: JsonObject;
    atInfo?: readonly GroupAtInfoInput[];
}
/** Group @ info either in ConvInfo's JSON form or in short form. */
export type GroupAtInfoInput = GroupAtInfo | {
    seq: number | bigint;
    atType: number;
};
export declare function login(sim: Simulation, userID: string): void;
/** Ends the session: subscriptions and the armed total-unread notification are forgotten. */
export declare function logout(sim: Simulation): void;
/** Creates a conversation ("c2c_<userID>" or "group_<groupID>"); throws if it exists. */
export declare function addConversation(sim: Simulation, convID: string, seed?: ConversationSeed): void;
/**
 * Delivers a message to a conversation, creating the conversation if needed: last message, unread
 * count (unless from self or excluded), @ info, and active time follow. Returns the stored message.
 */
export declare function deliverMessage(sim: Simulation, convID: string, message?: MessageInput): JsonObject;
export declare function setReceiveOption(sim: Simulation, convID: string, opt: number): void;
/** Replaces the conversation's group @ info (an empty list clears it). */
export declare function setGroupAtInfo(sim: Simulation, convID: string, list: readonly GroupAtInfoInput[]): void;
/** The conversation's ConvInfo as the API would report it, or undefined. */
export declare function peek(sim: Simulation, convID: string): JsonObject | undefined;
