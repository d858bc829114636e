import fc from "fast-check";

const normalized = (xs: number[]): number[] => {
  const total = xs.reduce((a, b) => a + b, 0);
  return xs.map((x) => x / total);
};

/**
 * Weights for `n` criteria on the simplex (non-negative, summing to 1), from normalized positive
 * draws; shrinks toward equal weights.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(simplexWeights(3), (w) => Math.abs(w[0] + w[1] + w[2] - 1) < 1e-12));
 * ```
 */
export const simplexWeights = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: n, maxLength: n }).map(normalized);

/**
 * Weights on the simplex with each weight within its [low, high] (shares of the total): drawn in
 * the box, then moved to the simplex inside it by clipping. Fails to generate (fast-check reports
 * it) when no such weights exist.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(intervalWeights([[0.1, 0.3], [0.2, 0.9]]), (w) => w[0] >= 0.1 && w[0] <= 0.3));
 * ```
 */
export const intervalWeights = (bounds: readonly (readonly [number, number])[]): fc.Arbitrary<number[]> =>
  fc
    .tuple(...bounds.map(([lo, hi]) => fc.double({ min: lo, max: hi, noNaN: true })))
    .map((w) => {
      // Spread the surplus or deficit over the criteria that still have room, until it is gone.
      const out = [...w];
      for (let pass = 0; pass < 50; pass++) {
        const gap = 1 - out.reduce((a, b) => a + b, 0);
        if (Math.abs(gap) < 1e-12) break;
        const free = out.map((x, j) => (gap > 0 ? bounds[j]![1] - x : x - bounds[j]![0]));
        const room = free.reduce((a, b) => a + b, 0);
        if (room <= 0) break;
        out.forEach((x, j) => (out[j] = x + (gap * free[j]!) / room));
      }
      return out;
    })
    .filter((w) => Math.abs(w.reduce((a, b) => a + b, 0) - 1) < 1e-9);

/**
 * Weights on the simplex that respect an order of importance: `order` lists criterion indices
 * from most to least important.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(orderedWeights([2, 0, 1]), (w) => w[2] >= w[0] && w[0] >= w[1]));
 * ```
 */
export const orderedWeights = (order: readonly number[]): fc.Arbitrary<number[]> =>
  simplexWeights(order.length).map((w) => {
    const sorted = [...w].sort((a, b) => b - a);
    const out = new Array<number>(order.length).fill(0);
    order.forEach((criterion, k) => (out[criterion] = sorted[k]!));
    return out;
  });
