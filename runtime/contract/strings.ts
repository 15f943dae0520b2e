// Valid strings for generated payloads: a mix of the IDs a conversation service knows and text in
// several scripts, so byte limits are met in UTF-8 bytes rather than in UTF-16 units. Never a NUL and
// never a lone surrogate: those are invalid input (see mutations.ts).
import { utf8ByteLength } from '../utf8.ts';
import type { Rng } from './rng.ts';

/** IDs and names the kit's simulator session knows (simulator-session.ts adds them), so calls find them. */
export const KNOWN_NAMES = ['c2c_alice', 'c2c_bob', 'group_raid', 'group_guild', 'alice', 'bob', 'raid', 'guild', 'friends', 'team'];

/** Pieces of 1, 2, 3 and 4 UTF-8 bytes (the last one a surrogate pair). */
const PIECES: readonly (readonly string[])[] = [
  ['a', 'z', 'Q', '7', '_', '-', ' ', '"', '\\', '/', '\n', '\t', '\u007f'],
  ['é', 'ß', 'Ж', '\u0080', '\u07ff'],
  ['中', '文', '会', '话', '\u0800', '\uffff', '\ufeff'],
  ['😀', '🎮', '\ud800\udc00', '\udbff\udfff'],
];

function piece(rng: Rng, maxBytes: number): string {
  const size = rng.int(1, Math.min(4, maxBytes));
  return rng.pick(PIECES[size - 1]);
}

/** A string of minBytes..maxBytes UTF-8 bytes; often exactly at a bound when one is given. */
export function validString(rng: Rng, minBytes = 0, maxBytes?: number): string {
  const max = maxBytes ?? (rng.chance(0.05) ? 300 : 24);
  if (rng.chance(0.3)) {
    const known = rng.pick(KNOWN_NAMES);
    const n = utf8ByteLength(known);
    if (n >= minBytes && n <= max) return known;
  }
  const roll = rng.next();
  const target = maxBytes !== undefined && roll < 0.15 ? max : roll < 0.25 ? minBytes : rng.int(minBytes, max);
  let s = '';
  let bytes = 0;
  while (bytes < target) {
    const p = piece(rng, target - bytes);
    s += p;
    bytes += utf8ByteLength(p);
  }
  return s;
}

/** A string of exactly `bytes` UTF-8 bytes made of 3-byte characters where it can be, so that its
 *  UTF-16 length stays well under its byte length (a limit counted in units would miss it). */
export function wideString(bytes: number): string {
  return '中'.repeat(Math.floor(bytes / 3)) + 'a'.repeat(bytes % 3);
}
