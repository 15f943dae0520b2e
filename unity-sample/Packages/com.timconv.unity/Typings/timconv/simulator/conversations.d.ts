import { type Reply } from './codes.ts';
import { type ConvType, type JsonObject } from './conversation.ts';
import type { Simulation } from './simulation.ts';
export declare function getConvList(sim: Simulation): Reply;
/** ConvInfo of the requested conversations that exist, in request order. */
export declare function getConvInfo(sim: Simulation, wanted: readonly {
    type: ConvType;
    id: string;
}[]): Reply;
/** TIMConvCreate: the conversation, created (and announced) if it did not exist. */
export declare function createConv(sim: Simulation, type: ConvType, id: string): Reply;
export declare function deleteConv(sim: Simulation, type: ConvType, id: string): Reply;
export declare function deleteConvList(sim: Simulation, ids: readonly string[]): Reply;
export declare function pin(sim: Simulation, type: ConvType, id: string, pinned: boolean): Reply;
/** Synchronous: -5 (TIM_ERR_CONV) when the conversation does not exist. */
export declare function setDraft(sim: Simulation, type: ConvType, id: string, draft: JsonObject): number;
export declare function cancelDraft(sim: Simulation, type: ConvType, id: string): number;
export declare function setCustomData(sim: Simulation, ids: readonly string[], data: string): Reply;
