// Serializing with exact 64-bit integers: bigint is written as a bare integer literal.

/**
 * JSON.stringify that writes bigint as an integer literal. Like JSON.stringify it leaves out
 * properties whose value is undefined or a function, and writes undefined array items as null.
 * Unlike it, it throws a TypeError for what JSON cannot hold (NaN, Infinity, cycles, a function or
 * symbol anywhere else) instead of writing null. Never mutates its input.
 */
export function stringify(value: unknown): string {
  const out: string[] = [];
  write(value, out, '$', []);
  return out.join('');
}

function write(v: unknown, out: string[], path: string, parents: object[]): void {
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
      if (parents.includes(v)) throw new TypeError(`${path} refers back to one of its parents`);
      parents.push(v);
      if (Array.isArray(v)) {
        out.push('[');
        for (let i = 0; i < v.length; i++) {
          if (i) out.push(',');
          write(v[i] === undefined ? null : v[i], out, `${path}[${i}]`, parents);
        }
        out.push(']');
      } else {
        out.push('{');
        let first = true;
        for (const k of Object.keys(v)) {
          const item = (v as Record<string, unknown>)[k];
          if (item === undefined || typeof item === 'function') continue;
          if (!first) out.push(',');
          first = false;
          out.push(JSON.stringify(k), ':');
          write(item, out, `${path}.${k}`, parents);
        }
        out.push('}');
      }
      parents.pop();
      return;
    }
    default:
      throw new TypeError(`${path} is a ${typeof v}, which JSON cannot hold`);
  }
}
