import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { fromZodError, orThrow, type PolicyMatrixError } from "../errors";
import type { Explanation, MethodOutput } from "./explanation";
import { MethodOptions, type MethodName } from "./method-options";
import { prepareProblem, type DecisionProblem, type PreparedProblem } from "./problem";
import { promethee2 } from "./promethee";
import { rankScores } from "./ranking";
import { topsis } from "./topsis";
import { vikor } from "./vikor";
import { wpm } from "./wpm";
import { wsm } from "./wsm";

/** A scored and ranked matrix. Every score is higher-is-better, finite, and explained. */
export interface ScoreResult {
  readonly method: MethodName;
  /** One score per option (row), higher is better. */
  readonly scores: readonly number[];
  /** Option indices, best first (ties in input order). */
  readonly ranking: readonly number[];
  /** Rank of each option; tied options share a rank. */
  readonly ranks: readonly number[];
  /** Groups of option indices whose scores tie within `TIE_TOLERANCE`. */
  readonly ties: readonly (readonly number[])[];
  readonly explanation: Explanation;
}

/** Runs one method on a prepared (validated) problem. */
export const runMethod = (
  p: PreparedProblem,
  options: MethodOptions,
): E.Either<PolicyMatrixError, MethodOutput> => {
  switch (options.method) {
    case "wsm":
      return wsm(p, options);
    case "wpm":
      return wpm(p);
    case "topsis":
      return topsis(p, options);
    case "vikor":
      return vikor(p, options);
    case "promethee2":
      return promethee2(p, options);
  }
};

const rank = (method: MethodName, output: MethodOutput): ScoreResult => {
  const scores = Array.from(output.scores);
  const { order, ranks, ties } = rankScores(scores);
  return { method, scores, ranking: order, ranks, ties, explanation: output.explanation };
};

const scoreMatrixEither = (
  problem: DecisionProblem,
  options: MethodOptions = { method: "wsm" },
): E.Either<PolicyMatrixError, ScoreResult> =>
  pipe(
    E.Do,
    E.apS("prepared", prepareProblem(problem)),
    E.apS(
      "options",
      pipe(MethodOptions.safeParse(options), (r) =>
        r.success ? E.right(r.data) : E.left(fromZodError("invalid-input", "options", r.error)),
      ),
    ),
    E.chain(({ prepared, options: o }) =>
      pipe(
        runMethod(prepared, o),
        E.map((out) => rank(o.method, out)),
      ),
    ),
  );

export { scoreMatrixEither };

/**
 * Scores and ranks a decision matrix with one method. Throws `PolicyMatrixError` on bad input
 * (`either.scoreMatrix` returns an Either instead).
 *
 * @example
 * ```ts
 * const result = scoreMatrix(
 *   { matrix: [[250, 16], [200, 16], [300, 32]], weights: [1, 1], directions: ["cost", "benefit"] },
 *   { method: "topsis" },
 * );
 * result.ranking; // [2, 1, 0]
 * ```
 */
export const scoreMatrix = (
  problem: DecisionProblem,
  options: MethodOptions = { method: "wsm" },
): ScoreResult => orThrow(scoreMatrixEither(problem, options));
