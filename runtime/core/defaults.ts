// The generated API table and validators, used when a core is built without its own.
import { API_TABLE } from '../generated/api-table.ts';
import * as generatedValidators from '../generated/validators.mjs';
import type { ApiTable } from '../api-meta.ts';
import type { ValidatorSet } from './validator.ts';

export const DEFAULT_TABLE: ApiTable = API_TABLE;
export const DEFAULT_VALIDATORS: ValidatorSet = generatedValidators as unknown as ValidatorSet;
