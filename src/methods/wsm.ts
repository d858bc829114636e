import * as E from "fp-ts/lib/Either.js";
import type { PolicyMatrixError } from "../errors";
import { normalizeValues, type Normalization } from "../matrix/normalize";
import { toRows, type MethodOutput } from "./explanation";
import type { PreparedProblem } from "./problem";

/** Options of the weighted sum: the normalization (default `min-max`) and, for min-max, fixed bounds. */
export interface WsmOptions {
  readonly normalization?: Normalization;
  readonly bounds?: readonly (readonly [number, number])[];
}

/**
 * Weighted sum model (Fishburn 1967): score_i = Σ_j w_j · r_ij, with r the normalized,
 * benefit-oriented matrix and weights summing to 1. Scores lie in [0, 1] for min-max and max.
 */
export const wsm = (
  p: PreparedProblem,
  options: WsmOptions = {},
): E.Either<PolicyMatrixError, MethodOutput> =>
  E.map((normalized: Float64Array) => {
    const contributions = new Float64Array(normalized.length);
    const scores = new Float64Array(p.rows);
    for (let i = 0; i < p.rows; i++) {
      let sum = 0;
      for (let j = 0; j < p.columns; j++) {
        const c = p.weights[j]! * normalized[i * p.columns + j]!;
        contributions[i * p.columns + j] = c;
        sum += c;
      }
      scores[i] = sum;
    }
    return {
      scores,
      explanation: {
        kind: "wsm" as const,
        normalized: toRows(normalized, p.rows, p.columns),
        contributions: toRows(contributions, p.rows, p.columns),
      },
    };
  })(normalizeValues(p, options.normalization ?? "min-max", options.bounds));
