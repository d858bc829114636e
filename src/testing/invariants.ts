import { compare } from "../comparison/compare";
import type { MethodOptions } from "../methods/method-options";
import type { DecisionProblem } from "../methods/problem";
import { scoreMatrix } from "../methods/score-matrix";
import type { AssumptionsInput } from "../model/assumptions";
import type { Catalog } from "../model/catalog";

/** A broken invariant: which, a sentence, and the numbers that show it. */
export interface Counterexample {
  readonly invariant: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

const TOLERANCE = 1e-9;
const oriented = (p: DecisionProblem, i: number) =>
  p.matrix[i]!.map((x, j) => (p.directions[j] === "benefit" ? x : -x));

/**
 * A dominated option that scores above its dominator, or undefined. Option a dominates b when it is
 * at least as good on every criterion and better on one.
 *
 * @example
 * ```ts
 * findDominanceViolation({ matrix: [[2, 2], [1, 2]], weights: [1, 1], directions: ["benefit", "benefit"] }, { method: "topsis" }); // undefined
 * ```
 */
export const findDominanceViolation = (
  problem: DecisionProblem,
  method: MethodOptions,
): Counterexample | undefined => {
  const scores = scoreMatrix(problem, method).scores;
  for (let a = 0; a < problem.matrix.length; a++) {
    for (let b = 0; b < problem.matrix.length; b++) {
      const x = oriented(problem, a);
      const y = oriented(problem, b);
      const dominates = x.every((v, j) => v >= y[j]!) && x.some((v, j) => v > y[j]!);
      if (dominates && scores[b]! > scores[a]! + TOLERANCE) {
        return {
          invariant: "dominance",
          message: `option ${b} is dominated by option ${a} but scores higher (${scores[b]} > ${scores[a]}) under ${method.method}`,
          details: { dominator: a, dominated: b, scores },
        };
      }
    }
  }
  return undefined;
};

/**
 * Whether improving one option on one criterion (by `delta` in the criterion's better direction)
 * lowered its score; undefined when it did not.
 *
 * @example
 * ```ts
 * const p = { matrix: [[1, 5], [3, 2]], weights: [1, 1], directions: ["benefit", "cost"] };
 * findMonotonicityViolation(p, { method: "wsm" }, { option: 0, criterion: 0, delta: 1 }); // undefined
 * ```
 */
export const findMonotonicityViolation = (
  problem: DecisionProblem,
  method: MethodOptions,
  change: { readonly option: number; readonly criterion: number; readonly delta: number },
): Counterexample | undefined => {
  const { option, criterion, delta } = change;
  const before = scoreMatrix(problem, method).scores[option]!;
  const step = problem.directions[criterion] === "benefit" ? delta : -delta;
  const matrix = problem.matrix.map((row, i) =>
    i === option ? row.map((x, j) => (j === criterion ? x + step : x)) : row,
  );
  const after = scoreMatrix({ ...problem, matrix }, method).scores[option]!;
  return after < before - TOLERANCE
    ? {
        invariant: "monotonicity",
        message: `improving option ${option} on criterion ${criterion} lowered its score from ${before} to ${after}`,
        details: { before, after, change },
      }
    : undefined;
};

/**
 * Whether a criterion with zero weight influenced a comparison: the scores with the catalog's ratings
 * against the scores with that criterion's ratings replaced by `values` (by option id).
 *
 * @example
 * ```ts
 * const values = { "sof-raids": 0, "training-fid": 10 };
 * findZeroWeightDependence(builtinCatalog(), { weights: { speed: 0 } }, "speed", values); // undefined
 * ```
 */
export const findZeroWeightDependence = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
  criterion: string,
  values: Readonly<Record<string, number>>,
): Counterexample | undefined => {
  const zero = { ...assumptions, weights: { ...assumptions.weights, [criterion]: 0 } };
  const ratings = { ...zero.ratings };
  for (const [option, value] of Object.entries(values)) {
    ratings[option] = { ...ratings[option], [criterion]: { value, rationale: "zero-weight probe" } };
  }
  const a = compare(catalog, zero).rows;
  const b = compare(catalog, { ...zero, ratings }).rows;
  for (const row of b) {
    const before = a.find((r) => r.option === row.option)!;
    if (Math.abs(before.score - row.score) > TOLERANCE || before.rank !== row.rank) {
      return {
        invariant: "zero-weight independence",
        message: `changing '${criterion}' (weight 0) moved ${row.option} from rank ${before.rank} (${before.score}) to ${row.rank} (${row.score})`,
        details: { criterion, option: row.option },
      };
    }
  }
  return undefined;
};

/**
 * Whether a blocked option ranked above a feasible one (under `rank-last`), or appeared at all
 * (under `exclude`).
 *
 * @example
 * ```ts
 * findFeasibilityGatingViolation(builtinCatalog(), { preconditions: { "mexican-consent": "opposed" } }); // undefined
 * ```
 */
export const findFeasibilityGatingViolation = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
): Counterexample | undefined => {
  const c = compare(catalog, assumptions);
  const mode = c.assumptions.infeasible;
  const blocked = c.rows.filter((r) => !r.feasible);
  if (mode === "exclude" && blocked.length > 0) {
    return {
      invariant: "feasibility gating",
      message: `blocked option ${blocked[0]!.option} appears although infeasible options are excluded`,
      details: { option: blocked[0]!.option },
    };
  }
  if (mode === "rank-last") {
    const worstFeasible = Math.max(0, ...c.rows.filter((r) => r.feasible).map((r) => r.rank));
    const early = blocked.find((r) => r.rank <= worstFeasible);
    if (early) {
      return {
        invariant: "feasibility gating",
        message: `blocked option ${early.option} ranks ${early.rank}, above a feasible option`,
        details: { option: early.option },
      };
    }
  }
  return undefined;
};

/**
 * Whether the top option changes as one criterion's weight share moves over [from, to] (the others
 * rescaled in proportion), checked at `steps` + 1 evenly spaced shares.
 *
 * @example
 * ```ts
 * findTopInstability(builtinCatalog(), {}, "legal-exposure", [0.1, 0.15]); // undefined
 * ```
 */
export const findTopInstability = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
  criterion: string,
  range: readonly [number, number],
  steps = 20,
): Counterexample | undefined => {
  const base = compare(catalog, assumptions);
  const weights = Object.fromEntries(
    base.criteria.filter((c) => c.id !== "risk-burden").map((c) => [c.id, c.weight]),
  );
  const others = 1 - (weights[criterion] ?? 0);
  let first: string | undefined;
  for (let k = 0; k <= steps; k++) {
    const t = range[0] + ((range[1] - range[0]) * k) / steps;
    const w = Object.fromEntries(
      Object.entries(weights).map(([id, x]) => [
        id,
        id === criterion
          ? t
          : others > 0
            ? (x * (1 - t)) / others
            : (1 - t) / (Object.keys(weights).length - 1),
      ]),
    );
    const top = compare(catalog, { ...assumptions, perspective: undefined, weights: w }).rows[0]!.option;
    first ??= top;
    if (top !== first) {
      return {
        invariant: "top stability",
        message: `the top option changes from ${first} to ${top} at a '${criterion}' weight share of ${t}`,
        details: { criterion, share: t, from: first, to: top },
      };
    }
  }
  return undefined;
};
