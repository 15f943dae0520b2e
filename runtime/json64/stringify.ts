// Serializing with exact 64-bit integers: bigint is written as a bare integer literal.
//
// A number is never written as digits it does not hold. JSON.stringify writes a double beyond 2^53
// as its shortest round-trip form (2**64 as 18446744073709552000), which a reader of exact 64-bit
// integers takes for a different integer. Here such a number is written as the exact decimal value
// of the double (2**64 as 18446744073709551616): a double reader still gets the same double back,
// and an integer reader gets exactly the value the program held. Whether that value is the one the
// program meant (a 64-bit id held in a number has usually lost digits already) is for the input
// validators to judge: they refuse unsafe integers at exact fields.

/** Every double at or beyond this magnitude is an integer, and most of them are not safe ones. */
const UNSAFE = 2 ** 53;

/** Where the value being written sits, kept as segments: the path text is made only for an error. */
type Segments = (string | number)[];

function pathText(segments: Segments): string {
  let p = '$';
  for (const s of segments) p += typeof s === 'number' ? `[${s}]` : `.${s}`;
  return p;
}

/**
 * JSON.stringify that writes bigint as an integer literal, and a number beyond 2^53 as the exact
 * value of its double. Like JSON.stringify it leaves out properties whose value is undefined or a
 * function, and writes undefined array items as null.
 * Unlike it, it throws a TypeError for what JSON cannot hold (NaN, Infinity, cycles, a function or
 * symbol anywhere else) instead of writing null. Never mutates its input.
 */
export function stringify(value: unknown): string {
  const out: string[] = [];
  write(value, out, [], []);
  return out.join('');
}

function write(v: unknown, out: string[], at: Segments, parents: object[]): void {
  switch (typeof v) {
    case 'string': out.push(JSON.stringify(v)); return;
    case 'bigint': out.push(v.toString()); return;
    case 'boolean': out.push(v ? 'true' : 'false'); return;
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError(`${pathText(at)} is ${v}, which JSON cannot hold`);
      out.push(v >= UNSAFE || v <= -UNSAFE ? BigInt(v).toString() : String(v));
      return;
    case 'object': {
      if (v === null) { out.push('null'); return; }
      if (parents.includes(v)) throw new TypeError(`${pathText(at)} refers back to one of its parents`);
      parents.push(v);
      if (Array.isArray(v)) {
        out.push('[');
        for (let i = 0; i < v.length; i++) {
          if (i) out.push(',');
          at.push(i);
          write(v[i] === undefined ? null : v[i], out, at, parents);
          at.pop();
        }
        out.push(']');
      } else {
        out.push('{');
        let first = true;
        const keys = Object.keys(v);
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          const item = (v as Record<string, unknown>)[k];
          if (item === undefined || typeof item === 'function') continue;
          if (!first) out.push(',');
          first = false;
          out.push(JSON.stringify(k), ':');
          at.push(k);
          write(item, out, at, parents);
          at.pop();
        }
        out.push('}');
      }
      parents.pop();
      return;
    }
    default:
      throw new TypeError(`${pathText(at)} is a ${typeof v}, which JSON cannot hold`);
  }
}
