// Types of build.mjs for the TypeScript tests that call it.
export declare const ENTRY: string;
export declare const UNITY_OUT: string;
export declare const FORBIDDEN: readonly { what: string; re: RegExp }[];
export declare function forbiddenIn(code: string): string[];
export declare function buildBundle(options?: { outfile?: string; minify?: boolean }): Promise<string>;
