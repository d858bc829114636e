import * as E from "fp-ts/lib/Either.js";
import { fail, type PolicyMatrixError } from "../errors";
import { assessFeasibility, type Feasibility } from "../feasibility/assess";
import { buildMatrix, type PolicyMatrix } from "../matrix/build-matrix";
import { assessRisks, type AppliedRisk } from "../matrix/risks";
import type { MethodOptions } from "../methods/method-options";
import type { DecisionProblem } from "../methods/problem";
import type { Catalog } from "../model/catalog";
import type { Criterion } from "../model/criterion";
import type { ResolvedAssumptions } from "../scenario/resolve";
import { burdenCriterion, largestBurden } from "./risk-burden";

/** Everything a comparison (or an SMAA of it) scores, index-aligned with `ids`. */
export interface ComparisonSetup {
  readonly assumptions: ResolvedAssumptions;
  readonly feasibility: readonly Feasibility[];
  /** The options scored (all, unless `exclude` left the blocked out), with their feasibility. */
  readonly included: readonly Feasibility[];
  readonly ids: readonly string[];
  readonly matrix: PolicyMatrix;
  readonly risks: readonly (readonly AppliedRisk[])[];
  readonly burdens: readonly number[];
  readonly maxBurden: number;
  /** The catalog's criteria, plus the risk burden when it is weighed. */
  readonly criteria: readonly Criterion[];
  readonly weights: Readonly<Record<string, number>>;
  /** The method with the criteria's scales as min-max bounds where it normalizes by min-max. */
  readonly method: MethodOptions;
  /** The numbers the method sees (ratio-scaled under wpm), with each cell's interval. */
  readonly problem: DecisionProblem;
  readonly intervals: readonly (readonly [number, number])[][];
  /** Subtracted from each option's method score. */
  readonly penalties: readonly { readonly risk: number; readonly infeasible: number }[];
}

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

/** Builds what a comparison scores from a catalog and resolved assumptions. */
export const setupComparison = (
  catalog: Catalog,
  a: ResolvedAssumptions,
): E.Either<PolicyMatrixError, ComparisonSetup> => {
  const feasibility = assessFeasibility(catalog, a.preconditions);
  const included = feasibility.filter((f) => a.infeasible !== "exclude" || f.feasible);
  if (included.length === 0) {
    return fail(
      "invalid-assumptions",
      "assumptions.infeasible",
      "every option is blocked under these assumptions, so there is nothing to rank (use 'rank-last' to see them)",
    );
  }
  const ids = included.map((f) => f.option);
  const matrix = buildMatrix(catalog, a.preconditions, { options: ids, ratings: a.ratings });
  const risks = included.map((f) => assessRisks(catalog, f.option, a.preconditions, f.penalties, a.risks));
  const burdens = risks.map((rs) => rs.reduce((s, r) => s + r.expectedSeverity, 0));
  const maxBurden = largestBurden(catalog, a);
  const withBurden = a.riskBurden.weight > 0;
  const burden = burdenCriterion(maxBurden);
  const criteria = withBurden ? [...matrix.criteria, burden] : matrix.criteria;
  const weights = { ...a.weights, ...(withBurden ? { [burden.id]: a.riskBurden.weight } : {}) };
  const method = withScaleBounds(a.method, criteria);
  const scaled = (j: number, x: number) => ratioScaled(method, criteria[j]!, x);
  const cellsOf = (i: number): (readonly [number, number])[] => [
    ...matrix.cells[i]!.map((cell) => cell.interval),
    ...(withBurden ? [[burdens[i]!, burdens[i]!] as const] : []),
  ];
  return E.right({
    assumptions: a,
    feasibility,
    included,
    ids,
    matrix,
    risks,
    burdens,
    maxBurden,
    criteria,
    weights,
    method,
    problem: {
      matrix: matrix.cells.map((row, i) => [
        ...row.map((cell, j) => scaled(j, cell.value)),
        ...(withBurden ? [scaled(criteria.length - 1, burdens[i]!)] : []),
      ]),
      weights: criteria.map((c) => weights[c.id]!),
      directions: criteria.map((c) => c.direction),
    },
    intervals: ids.map((_, i) =>
      cellsOf(i).map(([lo, hi], j) => [scaled(j, lo), scaled(j, hi)] as [number, number]),
    ),
    penalties: included.map((f, i) => ({
      risk: a.riskBurden.penalty * (burdens[i]! / maxBurden),
      infeasible: a.infeasible === "penalize" && !f.feasible ? a.infeasiblePenalty : 0,
    })),
  });
};
