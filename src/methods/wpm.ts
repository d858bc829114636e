import * as E from "fp-ts/lib/Either.js";
import { fail, type PolicyMatrixError } from "../errors";
import { logarithm, powerOfE } from "../matrix/elementary";
import { toRows, type MethodOutput } from "./explanation";
import type { PreparedProblem } from "./problem";

/**
 * ln(x_ij / best_j) into `out`, benefit-oriented (≤ 0; 0 for the best), with `logarithm`: the same
 * bits in every engine. Ratios in the log domain, so that huge or tiny magnitudes neither overflow
 * nor underflow. The method and its SMAA kernels share it.
 */
export const logRatiosInto = (
  { rows, columns, benefit }: Pick<PreparedProblem, "rows" | "columns" | "benefit">,
  values: Float64Array,
  out: Float64Array,
): void => {
  for (let j = 0; j < columns; j++) {
    let best = benefit[j] ? 0 : Infinity;
    for (let i = 0; i < rows; i++) {
      const x = values[i * columns + j]!;
      best = benefit[j] ? Math.max(best, x) : Math.min(best, x);
    }
    const logBest = logarithm(best);
    for (let i = 0; i < rows; i++) {
      const logX = logarithm(values[i * columns + j]!);
      out[i * columns + j] = benefit[j] ? logX - logBest : logBest - logX;
    }
  }
};

/**
 * Weighted product model (Bridgman 1922; Miller and Starr 1969): score_i = Π_j r_ij^w_j with
 * r_ij = x_ij / max_j on a benefit criterion and min_j / x_ij on a cost one. This is the textbook
 * product Π x_ij^(±w_j) divided by the same constant for every option, so ratios between options
 * and the ranking are the textbook's, and the best conceivable option scores 1. Needs every value > 0.
 * It needs no normalization: its ranking is unchanged when any criterion is multiplied by a positive constant.
 */
export const wpm = (p: PreparedProblem): E.Either<PolicyMatrixError, MethodOutput> => {
  for (let k = 0; k < p.values.length; k++) {
    if (!(p.values[k]! > 0)) {
      const at = `matrix[${Math.floor(k / p.columns)}][${k % p.columns}]`;
      return fail("invalid-input", at, `the weighted product needs values > 0, got ${p.values[k]}`);
    }
  }
  const logRatios = new Float64Array(p.values.length);
  logRatiosInto(p, p.values, logRatios);
  const ratios = logRatios.map(powerOfE);
  const contributions = logRatios.map((x, k) => p.weights[k % p.columns]! * x);
  const scores = new Float64Array(p.rows);
  for (let i = 0; i < p.rows; i++) {
    let sum = 0;
    for (let j = 0; j < p.columns; j++) sum += contributions[i * p.columns + j]!;
    scores[i] = powerOfE(sum);
  }
  return E.right({
    scores,
    explanation: {
      kind: "wpm",
      ratios: toRows(ratios, p.rows, p.columns),
      contributions: toRows(contributions, p.rows, p.columns),
    },
  });
};
