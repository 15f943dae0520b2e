// Refusals of the store's own arguments, in the same shape as the runtime's validation errors.
import { problemMessage } from '../core/problems.ts';
import { TimError, TIM_ERR_PARAM } from '../errors.ts';

/** A -4 TimError naming the argument (as a JSON path), the rule broken and the value given. */
function paramError(fn: string, name: string, rule: string, value: unknown, message: string): TimError {
  const path = `/${name}`;
  const text = problemMessage(path, name, message, rule, value);
  return new TimError(TIM_ERR_PARAM, text, { fn, problems: [{ path, rule, value, message: text }] });
}

/** Throws unless `value` is an integer from `min` to `max`. */
export function checkCount(fn: string, name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw paramError(fn, name, 'integer', value, 'must be an integer');
  if (value < min || value > max) throw paramError(fn, name, 'range', value, `must be from ${min} to ${max}`);
}

/** Throws unless `value` is a non-empty string. */
export function checkName(fn: string, name: string, value: unknown): void {
  if (typeof value !== 'string' || value === '') throw paramError(fn, name, 'non-empty-string', value, 'must be a non-empty string');
}
