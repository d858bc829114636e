import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { orThrow } from "../errors";
import { normalizeValues, type Normalization } from "../matrix/normalize";
import type { Direction } from "../model/criterion";
import { toRows } from "./explanation";
import type { MethodOptions } from "./method-options";
import { prepareProblem, type DecisionProblem } from "./problem";
import { scoreMatrix, type ScoreResult } from "./score-matrix";

type ParamsOf<M extends MethodOptions["method"]> = Omit<Extract<MethodOptions, { method: M }>, "method">;

/**
 * Weighted sum: Σⱼ wⱼ rᵢⱼ on the normalized matrix (default min-max). Same as
 * `scoreMatrix(problem, { method: "wsm", ...options })`.
 *
 * @example
 * ```ts
 * wsm({ matrix: [[1, 10], [3, 20]], weights: [1, 1], directions: ["benefit", "cost"] }).scores; // [0.5, 0.5]
 * ```
 */
export const wsm = (problem: DecisionProblem, options: ParamsOf<"wsm"> = {}): ScoreResult =>
  scoreMatrix(problem, { method: "wsm", ...options });

/**
 * Weighted product: Πⱼ rᵢⱼ^wⱼ with rᵢⱼ the ratio to the best value; needs values > 0.
 *
 * @example
 * ```ts
 * wpm({ matrix: [[2], [4]], weights: [1], directions: ["benefit"] }).scores; // [0.5, 1]
 * ```
 */
export const wpm = (problem: DecisionProblem): ScoreResult => scoreMatrix(problem, { method: "wpm" });

/**
 * TOPSIS: relative closeness to the ideal on the weighted normalized matrix (default vector).
 *
 * @example
 * ```ts
 * topsis({ matrix: [[1, 0, 3], [0, 5, 6]], weights: [1, 1, 1], directions: ["benefit", "benefit", "benefit"] }).ranking; // [1, 0]
 * ```
 */
export const topsis = (problem: DecisionProblem, options: ParamsOf<"topsis"> = {}): ScoreResult =>
  scoreMatrix(problem, { method: "topsis", ...options });

/**
 * VIKOR with parameter v (default 0.5); the score is 1 − Q, and S, R, Q are in the explanation.
 *
 * @example
 * ```ts
 * const r = vikor({ matrix: [[1, 3000], [2, 3750], [5, 4500]], weights: [1, 1], directions: ["cost", "benefit"] });
 * r.explanation.Q; // [1, 0, 1]
 * ```
 */
export const vikor = (problem: DecisionProblem, options: ParamsOf<"vikor"> = {}): ScoreResult =>
  scoreMatrix(problem, { method: "vikor", ...options });

/**
 * PROMETHEE II net flows, with a preference function and thresholds per criterion (default usual).
 *
 * @example
 * ```ts
 * promethee2({ matrix: [[1], [2]], weights: [1], directions: ["benefit"] }).scores; // [-1, 1]
 * ```
 */
export const promethee2 = (problem: DecisionProblem, options: ParamsOf<"promethee2"> = {}): ScoreResult =>
  scoreMatrix(problem, { method: "promethee2", ...options });

/**
 * Normalizes a matrix column by column (see `Normalization` for the formulas), benefit-oriented:
 * after it, higher is better on every criterion. Throws `PolicyMatrixError` on bad input.
 *
 * @example
 * ```ts
 * normalizeMatrix({ matrix: [[1, 10], [3, 20]], directions: ["benefit", "cost"] }, "min-max"); // [[0, 1], [1, 0]]
 * ```
 */
export const normalizeMatrix = (
  input: { readonly matrix: readonly (readonly number[])[]; readonly directions: readonly Direction[] },
  normalization: Normalization,
  bounds?: readonly (readonly [number, number])[],
): number[][] =>
  orThrow(
    pipe(
      prepareProblem({
        matrix: input.matrix.map((row) => [...row]),
        weights: input.directions.map(() => 1),
        directions: [...input.directions],
      }),
      E.chain((p) =>
        pipe(
          normalizeValues(p, normalization, bounds),
          E.map((v) => toRows(v, p.rows, p.columns)),
        ),
      ),
    ),
  );
