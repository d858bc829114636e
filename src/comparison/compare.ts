import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { fail, orThrow, type PolicyMatrixError } from "../errors";
import { assessFeasibility } from "../feasibility/assess";
import { deepFreeze } from "../freeze";
import { buildMatrix } from "../matrix/build-matrix";
import { assessRisks } from "../matrix/risks";
import type { MethodOptions } from "../methods/method-options";
import { prepareProblem } from "../methods/problem";
import { runMethod } from "../methods/score-matrix";
import type { Catalog } from "../model/catalog";
import type { Criterion } from "../model/criterion";
import { resolveAssumptionsEither } from "../scenario/resolve";
import { contributionMeaning } from "./contributions";
import { burdenCriterion, largestBurden } from "./risk-burden";
import { rowsOf, type Scored } from "./rows";
import type { Comparison } from "./types";

/** Min-max in a comparison uses each criterion's stated scale, so scores do not depend on the option set. */
const withScaleBounds = (method: MethodOptions, criteria: readonly Criterion[]): MethodOptions => {
  if ((method.method === "wsm" || method.method === "topsis") && !method.bounds) {
    const normalization = method.normalization ?? (method.method === "wsm" ? "min-max" : "vector");
    if (normalization === "min-max") {
      return {
        ...method,
        normalization,
        bounds: criteria.map((c) => [c.scale.min, c.scale.max] as [number, number]),
      };
    }
  }
  return method;
};

/**
 * The weighted product needs values > 0 on a ratio scale; ratings sit on interval scales that
 * start at 0. Under `wpm`, a comparison shifts every rating up by a tenth of its scale's range
 * (0..10 becomes 1..11), a stated, fixed choice; the other methods take the ratings as they are.
 */
const ratioScaled = (method: MethodOptions, criterion: Criterion, x: number): number =>
  method.method === "wpm" ? x - criterion.scale.min + (criterion.scale.max - criterion.scale.min) / 10 : x;

/** The Either twin of `compare`. */
export const compareEither = (
  catalog: Catalog,
  assumptions: unknown = {},
): E.Either<PolicyMatrixError, Comparison> =>
  pipe(
    resolveAssumptionsEither(catalog, assumptions),
    E.chain((a) => {
      const feasibility = assessFeasibility(catalog, a.preconditions);
      const included = feasibility.filter((f) => a.infeasible !== "exclude" || f.feasible);
      if (included.length === 0) {
        return fail<Comparison>(
          "invalid-assumptions",
          "assumptions.infeasible",
          "every option is blocked under these assumptions, so there is nothing to rank (use 'rank-last' to see them)",
        );
      }
      const ids = included.map((f) => f.option);
      const matrix = buildMatrix(catalog, feasibility, ids, a.ratings);
      const risks = included.map((f) =>
        assessRisks(catalog, f.option, a.preconditions, f.penalties, a.risks),
      );
      const burdens = risks.map((rs) => rs.reduce((s, r) => s + r.expectedSeverity, 0));
      const maxBurden = largestBurden(catalog, a);
      const withBurden = a.riskBurden.weight > 0;
      const criteria = withBurden ? [...matrix.criteria, burdenCriterion(maxBurden)] : matrix.criteria;
      const weights = {
        ...a.weights,
        ...(withBurden ? { [burdenCriterion(maxBurden).id]: a.riskBurden.weight } : {}),
      };
      const method = withScaleBounds(a.method, criteria);
      const problem = {
        matrix: matrix.cells.map((row, i) => [
          ...row.map((cell, j) => ratioScaled(method, criteria[j]!, cell.value)),
          ...(withBurden ? [ratioScaled(method, criteria[criteria.length - 1]!, burdens[i]!)] : []),
        ]),
        weights: criteria.map((c) => weights[c.id]!),
        directions: criteria.map((c) => c.direction),
      };
      return pipe(
        prepareProblem(problem),
        E.chain((prepared) => runMethod(prepared, method)),
        E.map((out): Comparison => {
          const total = criteria.reduce((s, c) => s + weights[c.id]!, 0);
          const scored: Scored = {
            matrix,
            criteria,
            weights,
            total,
            feasibility: included,
            risks,
            burdens,
            maxBurden,
            out,
          };
          return deepFreeze({
            catalog: { id: catalog.id, version: catalog.version },
            assumptions: a,
            method,
            contributionMeaning: contributionMeaning[out.explanation.kind],
            criteria: criteria.map((c) => ({
              id: c.id,
              name: c.name,
              direction: c.direction,
              weight: weights[c.id]! / total,
            })),
            rows: rowsOf(catalog, a, scored),
            excluded: feasibility.filter((f) => !ids.includes(f.option)),
          });
        }),
      );
    }),
  );

/**
 * Compares a catalog's options under assumptions (defaults: the latest documented states, equal
 * weights, the weighted sum with each criterion's scale as min-max bounds). Rows come best first,
 * each with its score, rank, ties, feasibility, per-criterion contributions with their rationale
 * and evidence, and the risks that apply. Throws `PolicyMatrixError` on bad assumptions.
 *
 * @example
 * ```ts
 * const result = compare(builtinCatalog(), { preconditions: { "mexican-consent": "joint-approval" } });
 * result.rows.find((r) => r.option === "joint-operations").feasible; // true
 * result.rows[0].rank; // 1
 * ```
 */
export const compare = (catalog: Catalog, assumptions: unknown = {}): Comparison =>
  orThrow(compareEither(catalog, assumptions));
