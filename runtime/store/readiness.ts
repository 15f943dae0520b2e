// Whether the conversation list has been loaded, and the promises waiting for it. A load that fails
// because nobody is logged in yet is not a failure: the list loads when the login's sync finishes.
import { TimError } from '../errors.ts';
import { TIMErrCode, TIMResult } from '../generated/types.ts';

/** SDK not initialized, not logged in, and their synchronous forms. */
const NOT_YET = new Set<number>([
  TIMErrCode.ERR_SDK_NOT_INITIALIZED, TIMErrCode.ERR_SDK_NOT_LOGGED_IN, TIMResult.TIM_ERR_SDKUNINIT, TIMResult.TIM_ERR_NOTLOGIN,
]);

export function isLoggedOut(err: unknown): boolean {
  return err instanceof TimError && NOT_YET.has(err.code);
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class Readiness {
  done = false;
  private failure: { error: unknown } | undefined;
  private waiters: Waiter[] = [];

  /** Resolves once loaded; rejects with the last failure if the last load failed. */
  wait(): Promise<void> {
    if (this.done) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure.error);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  succeed(): void {
    this.done = true;
    this.failure = undefined;
    for (const w of this.waiters.splice(0)) w.resolve();
  }

  /** A failed load: waiters reject, unless the cause is that nobody is logged in yet. */
  failUnlessLoggedOut(error: unknown): void {
    if (this.done || isLoggedOut(error)) return;
    this.fail(error);
  }

  fail(error: unknown): void {
    this.failure = { error };
    for (const w of this.waiters.splice(0)) w.reject(error);
  }
}
