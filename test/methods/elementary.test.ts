// The logarithm and exponential the methods and kernels take (the same bits in every engine), against
// Math.log and Math.exp: within a few units in the last place (they are not correctly rounded, only
// the same everywhere).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { logarithm, powerOfE } from "../../src/matrix/elementary";

/** |a − b| in units of the larger one's last place. */
const ulps = (a: number, b: number) =>
  Math.abs(a - b) / (Number.EPSILON * Math.max(Math.abs(a), Math.abs(b)));

describe("logarithm", () => {
  test.prop([fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true })], { numRuns: 5000 })(
    "is within 4 units in the last place of Math.log, over the whole range of doubles",
    (x) => {
      const ln = Math.log(x);
      if (ln === 0) expect(logarithm(x)).toBe(0);
      else expect(ulps(logarithm(x), ln)).toBeLessThanOrEqual(4);
    },
  );

  test.prop([fc.double({ min: 0.5, max: 2, noNaN: true })], { numRuns: 5000 })(
    "is as close near 1, where the logarithm is small",
    (x) => {
      const ln = Math.log(x);
      expect(Math.abs(logarithm(x) - ln)).toBeLessThanOrEqual(
        4 * Number.EPSILON * Math.max(Math.abs(ln), 2 ** -1022),
      );
    },
  );

  it("is 0 at 1, k ln 2 at powers of two, and NaN outside (0, ∞)", () => {
    expect(logarithm(1)).toBe(0);
    for (const k of [-1074, -1022, -54, -1, 1, 10, 1023])
      expect(ulps(logarithm(2 ** k), k * Math.LN2)).toBeLessThanOrEqual(1);
    for (const x of [0, -1, -0, Infinity, NaN]) expect(logarithm(x)).toBeNaN();
  });
});

describe("powerOfE", () => {
  test.prop([fc.double({ min: -745.2, max: 709.8, noNaN: true })], { numRuns: 5000 })(
    "is within 4 units in the last place of Math.exp (and of the smallest subnormal), over its whole range",
    (x) => {
      const e = Math.exp(x);
      if (e === Infinity) expect(powerOfE(x)).toBe(Infinity);
      else expect(Math.abs(powerOfE(x) - e)).toBeLessThanOrEqual(4 * Number.EPSILON * e + Number.MIN_VALUE);
    },
  );

  test.prop([fc.double({ min: -700, max: 700, noNaN: true })], { numRuns: 5000 })(
    "undoes the logarithm: ln(e^x) = x to a few units in the last place",
    (x) => {
      expect(Math.abs(logarithm(powerOfE(x)) - x)).toBeLessThanOrEqual(
        8 * Number.EPSILON * Math.max(1, Math.abs(x)),
      );
    },
  );

  it("is 1 at 0, e at 1, ∞ and 0 beyond its range, NaN at NaN", () => {
    expect(powerOfE(0)).toBe(1);
    expect(powerOfE(-0)).toBe(1);
    expect(ulps(powerOfE(1), Math.E)).toBeLessThanOrEqual(1);
    expect(powerOfE(710)).toBe(Infinity);
    expect(powerOfE(Infinity)).toBe(Infinity);
    expect(powerOfE(-746)).toBe(0);
    expect(powerOfE(-Infinity)).toBe(0);
    expect(powerOfE(NaN)).toBeNaN();
  });
});
