import type { ApiTable } from '../api-meta.ts';
import type { ValidatorSet } from './validator.ts';
export declare const DEFAULT_TABLE: ApiTable;
export declare const DEFAULT_VALIDATORS: ValidatorSet;
