// The natural logarithm and exponential with + − × ÷ and the bits of the numbers only, so that
// every JavaScript engine (and the WebAssembly loop, which takes its logarithms from here) gets the
// same bits: Math.log and Math.exp are "implementation-approximated", and their last bit differs
// between engines. The methods and the SMAA kernels use these.

const bits = new DataView(new ArrayBuffer(8));
/** ln 2 split in two (fdlibm's): the high part has zeros in its low bits, so k·LN2_HI is exact. */
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
/** The smallest normal double, and 2^54 to lift a subnormal above it. */
const MIN_NORMAL = 2.2250738585072014e-308;
const TWO_54 = 18014398509481984;

/**
 * ln x for a finite x > 0 (NaN otherwise), within about 1e-16 relative: x = m·2^e with m in
 * [√½, √2), then ln m = 2s(1 + z/3 + z²/5 + … + z¹¹/23) with s = (m − 1)/(m + 1) and z = s²
 * (|s| ≤ 0.172, so the first term left out is below 1e-18 of the sum).
 */
export const logarithm = (x: number): number => {
  if (!(x > 0 && x < Infinity)) return NaN;
  let e = 0;
  if (x < MIN_NORMAL) {
    x *= TWO_54;
    e = -54;
  }
  bits.setFloat64(0, x);
  const high = bits.getUint32(0);
  e += ((high >>> 20) & 0x7ff) - 1023;
  bits.setUint32(0, (high & 0x000fffff) | 0x3ff00000); // the same mantissa, in [1, 2)
  let m = bits.getFloat64(0);
  if (m > Math.SQRT2) {
    m /= 2; // exact
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const z = s * s;
  let p = 1 / 23;
  for (let k = 10; k >= 0; k--) p = p * z + 1 / (2 * k + 1);
  return e * LN2_HI + (e * LN2_LO + 2 * s * p);
};

/** The largest x whose exponential is finite, and the smallest whose exponential is not 0. */
const EXP_MAX = 709.782712893384;
const EXP_MIN = -745.1332191019412;

/** 2^k for an integer k in [−1022, 1023], from its bits. */
const powerOfTwo = (k: number): number => {
  bits.setUint32(0, (k + 1023) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
};

/**
 * e^x, within a few units in the last place: x = k ln 2 + r with |r| ≤ ½ ln 2, e^r by its Taylor
 * series to r¹³/13! (the first term left out is below 1e-17 of the sum), times 2^k.
 */
export const powerOfE = (x: number): number => {
  if (Number.isNaN(x)) return NaN;
  if (x > EXP_MAX) return Infinity;
  if (x < EXP_MIN) return 0;
  const k = Math.round(x / Math.LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let sum = 1 / 6227020800; // 1/13!
  for (let i = 12; i >= 0; i--) sum = sum * r + INVERSE_FACTORIAL[i]!;
  // 2^k in two exact steps where it falls outside the normal range.
  if (k > 1023) return sum * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return sum * powerOfTwo(k + 1000) * powerOfTwo(-1000);
  return sum * powerOfTwo(k);
};

/** 1/i! for i = 0..12. */
const INVERSE_FACTORIAL = Float64Array.from({ length: 13 }, (_, i) => {
  let f = 1;
  for (let k = 2; k <= i; k++) f *= k;
  return 1 / f;
});
