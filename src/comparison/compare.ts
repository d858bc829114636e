import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { fail, orThrow, type PolicyMatrixError } from "../errors";
import { assessFeasibility, type Feasibility } from "../feasibility/assess";
import { deepFreeze } from "../freeze";
import { buildMatrix, type PolicyMatrix } from "../matrix/build-matrix";
import { assessRisks } from "../matrix/risks";
import type { MethodOptions } from "../methods/method-options";
import { prepareProblem } from "../methods/problem";
import { rankScores } from "../methods/ranking";
import { runMethod } from "../methods/score-matrix";
import type { MethodOutput } from "../methods/explanation";
import type { Catalog } from "../model/catalog";
import type { Criterion } from "../model/criterion";
import { resolveAssumptionsEither, type ResolvedAssumptions } from "../scenario/resolve";
import { contributionMeaning, contributionsOf } from "./contributions";
import { detailOf } from "./detail";
import type { Comparison, ComparisonRow } from "./types";

/** Min-max in a comparison uses each criterion's stated scale, so scores do not depend on the option set. */
const withScaleBounds = (method: MethodOptions, matrix: PolicyMatrix): MethodOptions => {
  if ((method.method === "wsm" || method.method === "topsis") && !method.bounds) {
    const normalization = method.normalization ?? (method.method === "wsm" ? "min-max" : "vector");
    if (normalization === "min-max") {
      return {
        ...method,
        normalization,
        bounds: matrix.criteria.map((c) => [c.scale.min, c.scale.max] as [number, number]),
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

/** A criterion's weight as a share of all weights. */
const shareOf = (a: ResolvedAssumptions, criterion: string): number =>
  a.weights[criterion]! / Object.values(a.weights).reduce((s, w) => s + w, 0);

/** Feasible options rank first by score; infeasible ones follow, by score. */
const ranksOf = (scores: readonly number[], feasible: readonly boolean[]) => {
  const ranks = new Array<number>(scores.length).fill(0);
  const tiedWith: number[][] = scores.map(() => []);
  let offset = 0;
  const order: number[] = [];
  for (const group of [true, false]) {
    const members = scores.map((_, i) => i).filter((i) => feasible[i] === group);
    const ranking = rankScores(members.map((i) => scores[i]!));
    ranking.order.forEach((k) => order.push(members[k]!));
    members.forEach((i, k) => (ranks[i] = ranking.ranks[k]! + offset));
    for (const tie of ranking.ties)
      for (const k of tie) tiedWith[members[k]!] = tie.filter((x) => x !== k).map((x) => members[x]!);
    offset += members.length;
  }
  return { ranks, tiedWith, order };
};

const rowsOf = (
  catalog: Catalog,
  a: ResolvedAssumptions,
  matrix: PolicyMatrix,
  feasibility: readonly Feasibility[],
  out: MethodOutput,
): ComparisonRow[] => {
  const feasibleOf = matrix.options.map((id) => feasibility.find((f) => f.option === id)!);
  const scores = Array.from(out.scores);
  const { ranks, tiedWith, order } = ranksOf(
    scores,
    feasibleOf.map((f) => f.feasible),
  );
  return order.map((i) => {
    const id = matrix.options[i]!;
    const option = catalog.options.find((o) => o.id === id)!;
    const f = feasibleOf[i]!;
    const contributions = contributionsOf(out.explanation, i);
    const risks = assessRisks(catalog, id, a.preconditions, f.penalties);
    return {
      option: id,
      name: option.name,
      category: option.category,
      escalation: option.escalation,
      feasible: f.feasible,
      blockers: f.blockers,
      penalties: f.penalties,
      score: scores[i]!,
      rank: ranks[i]!,
      tiedWith: tiedWith[i]!.map((k) => matrix.options[k]!),
      contributions: matrix.criteria.map((criterion, j) => {
        const cell = matrix.cells[i]![j]!;
        return {
          criterion: criterion.id,
          value: cell.value,
          interval: cell.interval,
          weight: shareOf(a, criterion.id),
          contribution: contributions[j]!,
          rationale: cell.rating.rationale,
          analystJudgment: cell.rating.analystJudgment,
          evidence: cell.rating.evidence,
          penalties: cell.penalties,
        };
      }),
      detail: detailOf(out.explanation, i),
      risks,
      riskBurden: risks.reduce((s, r) => s + r.expectedSeverity, 0),
      evidence: option.evidence,
    };
  });
};

/** The Either twin of `compare`. */
export const compareEither = (
  catalog: Catalog,
  assumptions: unknown = {},
): E.Either<PolicyMatrixError, Comparison> =>
  pipe(
    resolveAssumptionsEither(catalog, assumptions),
    E.chain((a) => {
      const feasibility = assessFeasibility(catalog, a.preconditions);
      const included = feasibility
        .filter((f) => a.infeasible === "rank-last" || f.feasible)
        .map((f) => f.option);
      const excluded = feasibility.filter((f) => !included.includes(f.option));
      if (included.length === 0) {
        return fail<Comparison>(
          "invalid-assumptions",
          "assumptions.infeasible",
          "every option is blocked under these assumptions, so there is nothing to rank (use 'rank-last' to see them)",
        );
      }
      const matrix = buildMatrix(catalog, feasibility, included);
      const method = withScaleBounds(a.method, matrix);
      const problem = {
        matrix: matrix.cells.map((row) =>
          row.map((cell, j) => ratioScaled(method, matrix.criteria[j]!, cell.value)),
        ),
        weights: matrix.criteria.map((c) => a.weights[c.id]!),
        directions: matrix.criteria.map((c) => c.direction),
      };
      return pipe(
        prepareProblem(problem),
        E.chain((prepared) => runMethod(prepared, method)),
        E.map((out): Comparison =>
          deepFreeze({
            catalog: { id: catalog.id, version: catalog.version },
            assumptions: a,
            method,
            contributionMeaning: contributionMeaning[out.explanation.kind],
            criteria: matrix.criteria.map((c) => ({
              id: c.id,
              name: c.name,
              direction: c.direction,
              weight: shareOf(a, c.id),
            })),
            rows: rowsOf(catalog, a, matrix, feasibility, out),
            excluded,
          }),
        ),
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
