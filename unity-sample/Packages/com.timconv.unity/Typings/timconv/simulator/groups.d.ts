import { type Reply } from './codes.ts';
import type { Simulation } from './simulation.ts';
/** reason of conversationsDeletedFromGroup: the app removed them. */
export declare const REASON_REMOVED_BY_APP = 0;
/** reason of conversationsDeletedFromGroup: more than 1000 grouped conversations, the oldest left. */
export declare const REASON_OVER_LIMIT = 1;
export declare function getGroupList(sim: Simulation): Reply;
export declare function createGroup(sim: Simulation, name: string, ids: readonly string[]): Reply;
export declare function deleteGroup(sim: Simulation, name: string): Reply;
/** Renaming to the same name succeeds and changes nothing; to another existing name answers 6017. */
export declare function renameGroup(sim: Simulation, oldName: string, newName: string): Reply;
export declare function addToGroup(sim: Simulation, name: string, ids: readonly string[]): Reply;
export declare function deleteFromGroup(sim: Simulation, name: string, ids: readonly string[]): Reply;
