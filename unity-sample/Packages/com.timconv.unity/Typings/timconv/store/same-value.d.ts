export declare function sameValue(a: unknown, b: unknown): boolean;
