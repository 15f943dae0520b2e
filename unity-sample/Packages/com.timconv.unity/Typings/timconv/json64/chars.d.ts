export declare const QUOTE = 34;
export declare const COMMA = 44;
export declare const MINUS = 45;
export declare const DOT = 46;
export declare const ZERO = 48;
export declare const COLON = 58;
export declare const BRACKET = 91;
export declare const BACKSLASH = 92;
export declare const CLOSE_BRACKET = 93;
export declare const OPEN_BRACE = 123;
export declare const CLOSE_BRACE = 125;
export declare function isDigit(c: number): boolean;
/** An exact key's number as bigint when it is an integer; anything else is left for the validators. */
export declare function integerToBig(x: number): bigint | number;
