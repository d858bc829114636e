import type { MethodOutput } from "../methods/explanation";
import type { Catalog } from "../model/catalog";
import { catalogIndex } from "../model/catalog-index";
import type { ComparisonSetup } from "./setup";
import { contributionsOf } from "./contributions";
import { detailOf } from "./detail";
import { rankOptions } from "./rank-rows";
import type { ComparisonRow, CriterionContribution } from "./types";

const contributionRows = (
  s: ComparisonSetup,
  out: MethodOutput,
  total: number,
  i: number,
): CriterionContribution[] => {
  const shares = contributionsOf(out.explanation, i);
  return s.criteria.map((criterion, j) => {
    const share = {
      criterion: criterion.id,
      weight: s.weights[criterion.id]! / total,
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
        ratedBy: "analyst" as const,
        basis: "inference" as const,
        evidence: [],
        penalties: [],
      };
    }
    const { override, rating } = cell;
    const basis = override ? override.basis : rating.basis;
    return {
      ...share,
      value: cell.value,
      interval: cell.interval,
      rationale: override ? override.rationale : rating.rationale,
      ratedBy: override ? override.by : ("analyst" as const),
      ...(basis ? { basis } : {}),
      ...(!override && rating.case ? { case: rating.case } : {}),
      ...(override ? { replaces: { value: rating.value, basis: rating.basis } } : {}),
      evidence: override ? override.evidence : rating.evidence,
      penalties: cell.penalties,
    };
  });
};

/** The comparison's rows, best first, with penalties applied and every number explained. */
export const rowsOf = (catalog: Catalog, s: ComparisonSetup, out: MethodOutput): ComparisonRow[] => {
  const methodScores = Array.from(out.scores);
  const total = s.criteria.reduce((sum, c) => sum + s.weights[c.id]!, 0);
  const scores = methodScores.map((x, i) => x - s.penalties[i]!.risk - s.penalties[i]!.infeasible);
  const { ranks, tiedWith, order } = rankOptions(
    scores,
    s.included.map((f) => f.feasible),
    s.assumptions.infeasible === "rank-last",
  );
  const options = catalogIndex(catalog).option;
  return order.map((i) => {
    const f = s.included[i]!;
    const option = options.get(f.option)!;
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
      penalty: s.penalties[i]!,
      rank: ranks[i]!,
      tiedWith: tiedWith[i]!.map((k) => s.included[k]!.option),
      contributions: contributionRows(s, out, total, i),
      detail: detailOf(out.explanation, i),
      risks: s.risks[i]!,
      riskBurden: s.burdens[i]!,
      stances: option.stances,
      evidence: option.evidence,
    };
  });
};
