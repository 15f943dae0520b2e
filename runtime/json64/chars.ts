// Character codes and small helpers shared by the exact-JSON parsers.

export const QUOTE = 34;
export const COMMA = 44;
export const MINUS = 45;
export const DOT = 46;
export const ZERO = 48;
export const COLON = 58;
export const BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An exact key's number as bigint when it is an integer; anything else is left for the validators. */
export function integerToBig(x: number): bigint | number {
  return Number.isInteger(x) ? BigInt(x) : x;
}
