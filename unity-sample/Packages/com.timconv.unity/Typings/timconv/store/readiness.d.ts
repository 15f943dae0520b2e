export declare function isLoggedOut(err: unknown): boolean;
export declare class Readiness {
    done: boolean;
    private failure;
    private waiters;
    /** Resolves once loaded; rejects with the last failure if the last load failed. */
    wait(): Promise<void>;
    succeed(): void;
    /** A failed load: waiters reject, unless the cause is that nobody is logged in yet. */
    failUnlessLoggedOut(error: unknown): void;
    fail(error: unknown): void;
}
