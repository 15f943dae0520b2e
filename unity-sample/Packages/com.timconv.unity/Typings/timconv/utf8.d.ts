/** Bytes the string takes in UTF-8; a lone surrogate counts as U+FFFD (3 bytes). */
export declare function utf8ByteLength(s: string): number;
