// UTF-8 byte length counted by hand: Puerts' engines have no TextEncoder. Used by the simulator and,
// as the reference for the inlined copy in the precompiled validators, by generator/schema-vocabulary.ts.

/** Bytes the string takes in UTF-8; a lone surrogate counts as U+FFFD (3 bytes). */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
