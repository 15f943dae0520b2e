// Types of cli-build.mjs for the TypeScript tests and benchmarks that call it.
export declare const ROOT: string;
export declare const DIST_DIR: string;
export declare function builtCli(): { entry: string | undefined; changed: string[] };
export declare function buildCli(options?: { keepOldMs?: number }): Promise<string>;
