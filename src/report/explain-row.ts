import type { Comparison, CriterionContribution } from "../comparison/types";
import { cite } from "./cite";
import { chartCaption } from "./charts/caption";
import { formatNumber, rankLabel, readableNumber } from "./comparison-table";

/** The rationale as written, without the catalog's "Background:" mark where the basis already says it. */
const rationaleOf = (c: CriterionContribution): string =>
  c.basis === "background" ? c.rationale.replace(/^Background:\s*/, "") : c.rationale;

/** "2.0 (uncertain 1.0..3.0, on a 0..10 scale)": the rating, its interval where it has one, and its scale. */
const ratingText = (c: CriterionContribution, scale: { min: number; max: number } | undefined): string => {
  const [low, high] = c.interval;
  const parts = [
    ...(low !== high ? [`uncertain ${formatNumber(low, 1)}..${formatNumber(high, 1)}`] : []),
    ...(scale ? [`on a ${scale.min}..${scale.max} scale`] : []),
  ];
  return `${formatNumber(c.value, 1)}${parts.length ? ` (${parts.join(", ")})` : ""}`;
};

const whose = (c: CriterionContribution, perspective: string | undefined): string => {
  const by =
    c.ratedBy === "perspective"
      ? `${perspective ?? "perspective"}'s belief`
      : c.ratedBy === "user"
        ? "your rating"
        : "analyst";
  const replaced = c.replaces
    ? ` (replaces the analyst's ${readableNumber(c.replaces.value)}, ${c.replaces.basis})`
    : "";
  return `${c.basis ? `${by}, ${c.basis}` : by}${replaced}`;
};

/**
 * Explains one option of a comparison in plain text: its rank (tied with whom) and score, the
 * assumptions it was scored under, what blocks or penalises it, each criterion's rating (with its
 * uncertainty interval and scale), weight and contribution with whose rating it is, its basis, the
 * rationale and evidence, its risks, who argues for or against it, and where the documents
 * discuss it. Sections with nothing in them are left out. Returns undefined when the option is
 * not in the comparison.
 *
 * @example
 * ```ts
 * explainOption(compare(builtinCatalog()), "sof-raids").includes("force-authorized"); // true
 * ```
 */
export const explainOption = (comparison: Comparison, option: string): string | undefined => {
  const row = comparison.rows.find((r) => r.option === option);
  if (!row) return undefined;
  const perspective = comparison.perspective;
  const out = [
    `${row.name} (${row.option}): rank ${rankLabel(row)}${row.tiedWith.length ? ` (tied with ${row.tiedWith.join(", ")})` : ""}, score ${formatNumber(row.score)}, ${row.feasible ? "feasible" : "BLOCKED"}`,
    `  ${chartCaption(comparison.assumptions, comparison.method)}`,
  ];
  for (const b of row.blockers) out.push(`  blocked: ${b.description}: ${b.explanation}`);
  for (const p of row.penalties) out.push(`  penalised: ${p.description}: ${p.explanation}`);
  if (perspective) {
    const mine = row.contributions.filter((c) => c.ratedBy === "perspective").length;
    out.push(
      `  perspective ${perspective.id} (${perspective.use}): ${mine} of ${row.contributions.length} ratings here are its beliefs; the others are the analyst's or yours`,
    );
  }
  out.push(`  contributions (${comparison.contributionMeaning}):`);
  for (const c of row.contributions) {
    const penalty =
      c.penalties.length > 0
        ? ` (after penalties: ${c.penalties.map((p) => `+${p.worsen} worse, ${p.requirement}`).join("; ")})`
        : "";
    const scale = comparison.criteria.find((x) => x.id === c.criterion)?.scale;
    out.push(
      `    ${c.criterion}: rating ${ratingText(c, scale)}${penalty}, weight share ${formatNumber(c.weight)}, contribution ${formatNumber(c.contribution)}`,
      `      ${whose(c, perspective?.id)}: ${rationaleOf(c)}`,
      ...(c.case ? [`      rated for these states: ${c.case}`] : []),
      ...c.evidence.map((e) => `      ${cite(e)}`),
    );
  }
  for (const [k, v] of Object.entries(row.detail)) out.push(`  ${k}: ${formatNumber(v)}`);
  if (row.risks.length > 0) {
    const { weight, penalty } = comparison.assumptions.riskBurden;
    const scored = weight > 0 || penalty > 0 ? "in the score (riskBurden)" : "beside the score, not in it";
    out.push(`  risks (burden ${formatNumber(row.riskBurden, 2)}, ${scored}):`);
    for (const r of row.risks) {
      const by =
        r.ratedBy === "analyst"
          ? ""
          : `, ${r.ratedBy === "perspective" ? `${perspective?.id}'s belief` : "your rating"}`;
      out.push(
        `    ${r.name}: likelihood ${formatNumber(r.likelihood, 2)} (base ${formatNumber(r.baseLikelihood, 2)}${by}), severity ${r.severity}`,
      );
      for (const s of r.shifts) out.push(`      ${s.delta > 0 ? "+" : ""}${s.delta}: ${s.reason}`);
    }
  }
  if (row.stances.length > 0) {
    out.push("  stances:");
    for (const s of row.stances) {
      out.push(
        `    ${s.actor} ${s.stance}${s.qualifier ? ` (${s.qualifier})` : ""}:`,
        ...s.evidence.map((e) => `      ${cite(e)}`),
      );
    }
  }
  if (row.evidence.length > 0)
    out.push("  where the documents discuss it:", ...row.evidence.map((e) => `    ${cite(e)}`));
  return out.join("\n") + "\n";
};
