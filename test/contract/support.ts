// What the contract tests share: the invalid-input classes the runtime does not refuse yet, and
// the classes it does.
import { MUTATION_CLASSES, type MutationClass } from '../../runtime/contract/index.ts';

/** Refused only once input validation learns them (NUL, lone surrogates, unsafe integers inside
 *  JSON parameters, objects that are not plain); their tests are skipped until then. */
export const PENDING: readonly MutationClass[] = ['unsafe-integer-nested', 'nul', 'lone-surrogate', 'non-plain'];

export const REFUSED: readonly MutationClass[] = MUTATION_CLASSES.filter((c) => !PENDING.includes(c));

/** it() for a class that is refused today, it.skip() with the reason for a pending one. */
export function itForClass(cls: MutationClass, title: string, body: (this: Mocha.Context) => Promise<void> | void): void {
  if (PENDING.includes(cls)) it.skip(`${title} (needs input validation fix)`, body);
  else it(title, body);
}
