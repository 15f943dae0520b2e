import type { ApiTable } from '../api-meta.ts';
/** Every conversation function and listener, as data the runtime core runs them from. */
export declare const API_TABLE: ApiTable;
