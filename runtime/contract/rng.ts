// A small seeded random number generator (sfc32), so that every payload the kit makes can be made
// again from its seed. Each API draws from its own stream, derived from the run's seed and the API's
// name: adding an API or changing the size of one run leaves the payloads of the others unchanged.

/** 32-bit FNV-1a of a string, to derive stream seeds from names. */
function hash(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number, readonly stream = '') {
    this.a = hash(stream, seed >>> 0);
    this.b = hash(stream, (seed * 31 + 7) >>> 0);
    this.c = hash(stream, (seed * 131 + 17) >>> 0);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** An independent stream for `name`, reproducible from this generator's seed. */
  fork(name: string): Rng {
    return new Rng(this.seed, `${this.stream}/${name}`);
  }

  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 2 ** 32;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Uniform integer in [min, max], both safe integers. */
  int(min: number, max: number): number {
    const span = max - min + 1;
    if (span <= 2 ** 32) return min + Math.floor(this.next() * span);
    return min + Math.floor((this.u32() * 2 ** 21 + (this.u32() >>> 11)) / 2 ** 53 * span);
  }

  /** Uniform bigint in [min, max]. */
  bigint(min: bigint, max: bigint): bigint {
    const span = max - min + 1n;
    let r = 0n;
    for (let bits = 0n; (1n << bits) < span * 256n; bits += 32n) r = (r << 32n) | BigInt(this.u32());
    return min + (r % span);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}
