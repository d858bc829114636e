/**
 * Weights (summing to 1) with criterion j set to t and the others rescaled in proportion, so that
 * they still sum to 1. When j held all the weight, the others share 1 − t equally.
 */
export const reweight = (
  weights: ArrayLike<number>,
  j: number,
  t: number,
  out: Float64Array,
): Float64Array => {
  const wj = weights[j]!;
  const rest = 1 - wj;
  for (let k = 0; k < weights.length; k++) {
    out[k] = k === j ? t : rest > 1e-15 ? (weights[k]! * (1 - t)) / rest : (1 - t) / (weights.length - 1);
  }
  return out;
};
