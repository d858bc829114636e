import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import * as A from "fp-ts/lib/Array.js";
import { fail, orThrow, type PolicyMatrixError } from "../errors";
import { methodNames, type MethodName, type MethodOptions } from "./method-options";
import type { DecisionProblem } from "./problem";
import { kendall, spearman, averageRanks } from "./rank-correlation";
import { rankScores, type Ranking } from "./ranking";
import { scoreMatrixEither, type ScoreResult } from "./score-matrix";

/** How far two methods agree on the ranking. null where a coefficient is undefined (a ranking is all ties). */
export interface MethodAgreement {
  readonly a: MethodName;
  readonly b: MethodName;
  readonly spearman: number | null;
  readonly kendall: number | null;
}

/** Every method's ranking of the same problem, how they agree, and a consensus. */
export interface MethodComparison {
  readonly results: readonly ScoreResult[];
  readonly agreement: readonly MethodAgreement[];
  /**
   * Borda consensus: each method gives an option n − (its average rank) points (ties share the
   * points of the places they span); the consensus score is the sum, ranked like any score.
   */
  readonly consensus: Ranking & { readonly rule: "borda"; readonly scores: readonly number[] };
}

/** Spearman and Kendall between every pair of rankings. */
export const agreementOf = (
  results: readonly { method: MethodName; ranks: readonly number[] }[],
): MethodAgreement[] =>
  results.flatMap((x, i) =>
    results.slice(i + 1).map((y) => ({
      a: x.method,
      b: y.method,
      spearman: spearman(x.ranks, y.ranks),
      kendall: kendall(x.ranks, y.ranks),
    })),
  );

/** The Borda consensus of several rankings of n options. */
export const bordaOf = (
  results: readonly { ranks: readonly number[] }[],
  n: number,
): MethodComparison["consensus"] => {
  const scores = new Array<number>(n).fill(0);
  for (const r of results) averageRanks(r.ranks).forEach((rank, i) => (scores[i] = scores[i]! + (n - rank)));
  return { rule: "borda" as const, scores, ...rankScores(scores) };
};

/** The Either twin of `compareMethods`. */
export const compareMethodsEither = (
  problem: DecisionProblem,
  methods: readonly MethodOptions[] = methodNames.map((method) => ({ method }) as MethodOptions),
): E.Either<PolicyMatrixError, MethodComparison> =>
  !Array.isArray(methods)
    ? fail("invalid-input", "methods", "expected an array of method options")
    : methods.length === 0
      ? fail("invalid-input", "methods", "expected at least one method to compare, got none")
      : pipe(
          [...methods],
          A.traverse(E.Applicative)((options) => scoreMatrixEither(problem, options)),
          E.map((results) => ({
            results,
            agreement: agreementOf(results),
            consensus: bordaOf(results, problem.matrix.length),
          })),
        );

/**
 * Ranks a decision matrix under several methods (all five by default), reports Spearman's ρ and
 * Kendall's τ-b between every pair of rankings, and a Borda consensus ranking.
 *
 * @example
 * ```ts
 * const problem = { matrix: [[7, 9], [8, 7], [9, 6]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * const c = compareMethods(problem, [{ method: "wsm" }, { method: "topsis" }]);
 * c.agreement[0].a; // "wsm"
 * c.consensus.order.length; // 3
 * ```
 */
export const compareMethods = (
  problem: DecisionProblem,
  methods?: readonly MethodOptions[],
): MethodComparison => orThrow(compareMethodsEither(problem, methods));
