/**
 * A seeded pseudo-random stream: xoshiro128** (Blackman and Vigna), 32-bit state words, seeded by
 * splitmix32 from (seed, stream). Every SMAA sample i draws from its own stream (seed, i), so a
 * result does not depend on how samples are split between workers or shards. It reuses its state
 * array: no allocation per draw or per reseed.
 *
 * @example
 * ```ts
 * const a = new RandomStream(42, 7);
 * const b = new RandomStream(42, 7);
 * a.next() === b.next(); // true
 * new RandomStream(42, 8).next() === new RandomStream(42, 7).next(); // false
 * ```
 */
export class RandomStream {
  private readonly s = new Uint32Array(4);

  constructor(seed = 0, stream = 0) {
    this.reseed(seed, stream);
  }

  /** Restarts the stream for (seed, stream); both are taken as 32-bit integers (stream may be up to 2^53). */
  reseed(seed: number, stream: number): void {
    let x =
      (Math.imul(seed | 0, 0x9e3779b1) ^
        (stream >>> 0) ^
        Math.imul(Math.floor(stream / 4294967296), 0x85ebca6b)) >>>
      0;
    for (let k = 0; k < 4; k++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[k] = (z ^ (z >>> 16)) >>> 0;
    }
    if ((this.s[0]! | this.s[1]! | this.s[2]! | this.s[3]!) === 0) this.s[0] = 1;
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  /** A uniform double in (0, 1) at 32-bit resolution: one draw, for the hot loops of sampling. */
  nextFast(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /** A uniform double in (0, 1): never 0, so that its logarithm is finite. */
  next(): number {
    return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6) + 0.5) / 9007199254740992;
  }
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;
