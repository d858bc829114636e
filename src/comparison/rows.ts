import type { Feasibility } from "../feasibility/assess";
import type { PolicyMatrix } from "../matrix/build-matrix";
import type { AppliedRisk } from "../matrix/risks";
import type { MethodOutput } from "../methods/explanation";
import type { Catalog } from "../model/catalog";
import type { Criterion } from "../model/criterion";
import type { ResolvedAssumptions } from "../scenario/resolve";
import { contributionsOf } from "./contributions";
import { detailOf } from "./detail";
import { rankOptions } from "./rank-rows";
import type { ComparisonRow, CriterionContribution } from "./types";

/** Everything scored for the included options, index-aligned with `matrix.options`. */
export interface Scored {
  readonly matrix: PolicyMatrix;
  /** The matrix's criteria, plus the risk-burden criterion when it is weighed. */
  readonly criteria: readonly Criterion[];
  readonly weights: Readonly<Record<string, number>>;
  readonly total: number;
  readonly feasibility: readonly Feasibility[];
  readonly risks: readonly (readonly AppliedRisk[])[];
  readonly burdens: readonly number[];
  readonly maxBurden: number;
  readonly out: MethodOutput;
}

const contributionRows = (s: Scored, i: number): CriterionContribution[] => {
  const shares = contributionsOf(s.out.explanation, i);
  return s.criteria.map((criterion, j) => {
    const share = {
      criterion: criterion.id,
      weight: s.weights[criterion.id]! / s.total,
      contribution: shares[j]!,
    };
    const cell = s.matrix.cells[i]![j];
    if (!cell) {
      const burden = s.burdens[i]!;
      return {
        ...share,
        value: burden,
        interval: [burden, burden] as const,
        rationale: "Σ likelihood × severity of the risks that apply (see risks)",
        analystJudgment: true,
        overridden: false,
        evidence: [],
        penalties: [],
      };
    }
    return {
      ...share,
      value: cell.value,
      interval: cell.interval,
      rationale: cell.override ? cell.override.rationale : cell.rating.rationale,
      analystJudgment: cell.override ? false : cell.rating.analystJudgment,
      overridden: cell.override !== undefined,
      evidence: cell.override ? [] : cell.rating.evidence,
      penalties: cell.penalties,
    };
  });
};

/** The comparison's rows, best first, with penalties applied and every number explained. */
export const rowsOf = (catalog: Catalog, a: ResolvedAssumptions, s: Scored): ComparisonRow[] => {
  const methodScores = Array.from(s.out.scores);
  const penalties = s.feasibility.map((f, i) => ({
    risk: (a.riskBurden.penalty * s.burdens[i]!) / s.maxBurden,
    infeasible: a.infeasible === "penalize" && !f.feasible ? a.infeasiblePenalty : 0,
  }));
  const scores = methodScores.map((x, i) => x - penalties[i]!.risk - penalties[i]!.infeasible);
  const { ranks, tiedWith, order } = rankOptions(
    scores,
    s.feasibility.map((f) => f.feasible),
    a.infeasible === "rank-last",
  );
  return order.map((i) => {
    const f = s.feasibility[i]!;
    const option = catalog.options.find((o) => o.id === f.option)!;
    return {
      option: option.id,
      name: option.name,
      category: option.category,
      escalation: option.escalation,
      feasible: f.feasible,
      blockers: f.blockers,
      penalties: f.penalties,
      score: scores[i]!,
      methodScore: methodScores[i]!,
      penalty: penalties[i]!,
      rank: ranks[i]!,
      tiedWith: tiedWith[i]!.map((k) => s.feasibility[k]!.option),
      contributions: contributionRows(s, i),
      detail: detailOf(s.out.explanation, i),
      risks: s.risks[i]!,
      riskBurden: s.burdens[i]!,
      evidence: option.evidence,
    };
  });
};
