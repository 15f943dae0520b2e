// Evaluates the integer expressions the headers use for enum values: decimal and hex literals
// (with U/L suffixes), names of earlier members, unary minus and ~, and the operators << >> | & + -.
// Works in BigInt so `0x1LL << 32` is exact; the caller decides whether the result fits.

type Tok = { kind: 'num'; v: bigint } | { kind: 'id'; v: string } | { kind: 'op'; v: string };

function tokenize(expr: string): Tok[] {
  const toks: Tok[] = [];
  const re = /\s*(?:(0[xX][0-9a-fA-F]+|\d+)[uUlL]*|([A-Za-z_]\w*)|(<<|>>|[|&+\-~()]))/y;
  let pos = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(expr);
    if (!m) throw new Error(`cannot read "${expr.slice(pos).trim()}" in enum value "${expr.trim()}"`);
    if (m[1] !== undefined) toks.push({ kind: 'num', v: BigInt(m[1]) });
    else if (m[2] !== undefined) toks.push({ kind: 'id', v: m[2] });
    else toks.push({ kind: 'op', v: m[3] });
    pos = re.lastIndex;
  }
  return toks;
}

const BINARY: Record<string, number> = { '|': 1, '&': 2, '<<': 3, '>>': 3, '+': 4, '-': 4 };

export function evalEnumExpr(expr: string, names: ReadonlyMap<string, number>): bigint {
  const toks = tokenize(expr);
  let i = 0;
  const primary = (): bigint => {
    const t = toks[i++];
    if (!t) throw new Error(`enum value "${expr.trim()}" ends too early`);
    if (t.kind === 'num') return t.v;
    if (t.kind === 'id') {
      const v = names.get(t.v);
      if (v === undefined) throw new Error(`enum value "${expr.trim()}" names unknown constant ${t.v}`);
      return BigInt(v);
    }
    if (t.v === '-') return -primary();
    if (t.v === '~') return ~primary();
    if (t.v === '(') {
      const v = binary(0);
      const close = toks[i++];
      if (!close || close.v !== ')') throw new Error(`enum value "${expr.trim()}" misses ")"`);
      return v;
    }
    throw new Error(`unexpected "${t.v}" in enum value "${expr.trim()}"`);
  };
  const binary = (minPrec: number): bigint => {
    let left = primary();
    for (;;) {
      const t = toks[i];
      if (!t || t.kind !== 'op' || !(t.v in BINARY) || BINARY[t.v] < minPrec) return left;
      i++;
      const right = binary(BINARY[t.v] + 1);
      switch (t.v) {
        case '|': left |= right; break;
        case '&': left &= right; break;
        case '<<': left <<= right; break;
        case '>>': left >>= right; break;
        case '+': left += right; break;
        default: left -= right;
      }
    }
  };
  const v = binary(0);
  if (i !== toks.length) throw new Error(`unexpected text after enum value "${expr.trim()}"`);
  return v;
}
