/**
 * A small seeded pseudo-random number generator: sfc32 (Chris Doty-Humphrey's "Small Fast
 * Chaotic" generator, from PractRand), seeded through splitmix32.
 *
 * Why a hand-written one is fine here (and no library is needed):
 * - The generator needs reproducibility, not secrecy or statistical perfection. sfc32 passes
 *   PractRand to terabytes of output and its average period is about 2^127 (at least 2^32
 *   thanks to its counter); a 100k ecosystem draws a few tens of millions of numbers.
 * - It uses only 32-bit integer arithmetic (`Math.imul`, `|0`, `>>>`), which ECMAScript defines
 *   exactly, so the stream is bit-identical on every engine and platform.
 * - Each phase of the generator takes its own stream (`Prng.stream(seed, label, index)`), so a
 *   change in one phase does not shift the numbers every later phase sees.
 *
 * Floating-point helpers that go through `Math.log` / `Math.pow` (pareto, logUniform) are exact
 * for a given Node.js version (V8 ships its own fdlibm port), so the output is byte-identical for
 * a seed on any machine running the same Node.js major version.
 */

const TWO_TO_32 = 4294967296;

/** splitmix32 step: a good way to spread a small seed over the generator's 128-bit state. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over a label, to name independent streams. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream for `seed` (any safe integer), told apart from other streams by `label` and `index`. */
  static stream(seed: number, label: string, index = 0): Prng {
    return new Prng(seed, hashLabel(label), index);
  }

  constructor(seed: number, salt = 0, index = 0) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_TO_32) >>> 0;
    const state = { s: low ^ Math.imul(high, 0x27d4eb2d) ^ Math.imul(salt, 0x165667b1) ^ Math.imul(index + 1, 0x9e3779b1) };
    this.a = splitmix32(state);
    this.b = splitmix32(state) ^ high;
    this.c = splitmix32(state) ^ salt;
    this.d = splitmix32(state) ^ index;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_TO_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Index drawn with probability proportional to `weights[i]`. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    for (let i = 0; i < count && pool.length > 0; i++) out.push(pool.splice(this.int(pool.length), 1)[0]);
    return out;
  }

  /** Pareto(alpha) with minimum 1, capped at `cap`: the heavy tail behind the hubs. */
  pareto(alpha: number, cap: number): number {
    const u = 1 - this.next(); // (0, 1]
    return Math.min(cap, Math.pow(u, -1 / alpha));
  }

  /** Log-uniform in [min, max]: as many €5k-€50k tickets as €50k-€500k ones. */
  logUniform(min: number, max: number): number {
    return min * Math.pow(max / min, this.next());
  }
}
