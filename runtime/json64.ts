// JSON with exact 64-bit integers. Keys listed as exact (conv_active_time, message_unique_id, ...)
// always come out as bigint, however small, so their TS type is one thing; every other number is a
// plain number. Serializing writes bigint as a bare integer literal. Never mutates its input.
// No Node or browser API: runs in Puerts' engines as it is.

// Written into the JSON text as the escape \u0001, so JSON.parse yields strings starting with U+0001.
const MARK = '\\u0001';

export interface Json64Codec {
  parse(text: string): unknown;
  stringify(value: unknown): string;
  readonly exactKeys: ReadonlySet<string>;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a codec for a fixed set of exact keys. Parsing first rewrites the values of those keys
 * (a number, or an array of numbers) into marked strings, so the engine's JSON.parse never rounds
 * them, then a reviver turns the marked strings of those keys back into bigint.
 */
export function createJson64(exactKeys: readonly string[]): Json64Codec {
  const keys = new Set(exactKeys);
  const keyRe = exactKeys.length
    ? new RegExp(`"(${exactKeys.map(escapeRe).join('|')})"(\\s*:\\s*)(-?\\d[\\d.eE+-]*|\\[[\\d\\s,.eE+-]*\\])`, 'g')
    : null;
  const numRe = /-?\d[\d.eE+-]*/g;
  const toBig = (key: string, v: unknown): bigint => {
    if (typeof v !== 'string' || v.charCodeAt(0) !== 1) throw new TypeError(`"${key}" must be an integer, got ${JSON.stringify(v)}`);
    const digits = v.slice(1);
    if (!/^-?\d+$/.test(digits)) throw new TypeError(`"${key}" must be an integer, got ${digits}`);
    return BigInt(digits);
  };
  const reviver = function (this: unknown, key: string, value: unknown): unknown {
    if (!keys.has(key)) return value;
    if (Array.isArray(value)) return value.map((item) => toBig(key, item));
    if (value === null || typeof value === 'boolean') return value;
    return toBig(key, value);
  };
  const mark = (_m: string, key: string, colon: string, val: string) =>
    `"${key}"${colon}${val[0] === '[' ? val.replace(numRe, (n) => `"${MARK}${n}"`) : `"${MARK}${val}"`}`;

  return {
    exactKeys: keys,
    parse(text: string): unknown {
      if (!keyRe || text.indexOf('"') < 0) return JSON.parse(text);
      return JSON.parse(text.replace(keyRe, mark), reviver);
    },
    stringify,
  };
}

/** JSON.stringify that writes bigint as an integer literal and rejects values JSON cannot hold. */
export function stringify(value: unknown): string {
  const out: string[] = [];
  write(value, out, '$');
  return out.join('');
}

function write(v: unknown, out: string[], path: string): void {
  switch (typeof v) {
    case 'string': out.push(JSON.stringify(v)); return;
    case 'bigint': out.push(v.toString()); return;
    case 'boolean': out.push(v ? 'true' : 'false'); return;
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError(`${path} is ${v}, which JSON cannot hold`);
      out.push(String(v));
      return;
    case 'object': {
      if (v === null) { out.push('null'); return; }
      if (Array.isArray(v)) {
        out.push('[');
        for (let i = 0; i < v.length; i++) {
          if (i) out.push(',');
          write(v[i] === undefined ? null : v[i], out, `${path}[${i}]`);
        }
        out.push(']');
        return;
      }
      out.push('{');
      let first = true;
      for (const k of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[k];
        if (item === undefined || typeof item === 'function') continue;
        if (!first) out.push(',');
        first = false;
        out.push(JSON.stringify(k), ':');
        write(item, out, `${path}.${k}`);
      }
      out.push('}');
      return;
    }
    default:
      throw new TypeError(`${path} is a ${typeof v}, which JSON cannot hold`);
  }
}
