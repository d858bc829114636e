// The natural logarithm with + − × ÷ and the bits of the number only, so that every JavaScript
// engine (and the WebAssembly loop, which takes its logarithms from here) gets the same bits:
// Math.log is "implementation-approximated" and its last bit differs between engines.

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
