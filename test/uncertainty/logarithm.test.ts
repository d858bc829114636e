// The logarithm the weighted product's kernels take (the same bits in every engine), against
// Math.log: within a few units in the last place (it is not correctly rounded, only the same everywhere).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { logarithm } from "../../src/uncertainty/logarithm";

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
