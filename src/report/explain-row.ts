import type { Comparison } from "../comparison/types";
import { formatNumber } from "./comparison-table";

/**
 * Explains one option of a comparison in plain text: its rank and score, what blocks or penalises
 * it, each criterion's rating, weight and contribution with the rationale and evidence, and its risks.
 * Returns undefined when the option is not in the comparison.
 *
 * @example
 * ```ts
 * explainOption(compare(builtinCatalog()), "sof-raids").includes("mexican-invitation"); // true
 * ```
 */
export const explainOption = (comparison: Comparison, option: string): string | undefined => {
  const row = comparison.rows.find((r) => r.option === option);
  if (!row) return undefined;
  const out = [
    `${row.name} (${row.option}): rank ${row.rank}, score ${formatNumber(row.score)}, ${row.feasible ? "feasible" : "BLOCKED"}`,
  ];
  for (const b of row.blockers) out.push(`  blocked: ${b.description}: ${b.explanation}`);
  for (const p of row.penalties) out.push(`  penalised: ${p.description}: ${p.explanation}`);
  out.push(`  contributions (${comparison.contributionMeaning}):`);
  for (const c of row.contributions) {
    const penalty =
      c.penalties.length > 0
        ? ` (after penalties: ${c.penalties.map((p) => `+${p.worsen} worse, ${p.requirement}`).join("; ")})`
        : "";
    out.push(
      `    ${c.criterion}: rating ${formatNumber(c.value, 1)}${penalty}, weight ${formatNumber(c.weight)}, contribution ${formatNumber(c.contribution)}`,
      `      ${c.analystJudgment ? "analyst judgment: " : ""}${c.rationale}`,
      ...c.evidence.map((e) => `      “${e.quote}”${e.speaker ? ` (${e.speaker})` : ""} [${e.source}]`),
    );
  }
  for (const [k, v] of Object.entries(row.detail)) out.push(`  ${k}: ${formatNumber(v)}`);
  out.push(`  risks (burden ${formatNumber(row.riskBurden, 2)}):`);
  for (const r of row.risks) {
    out.push(
      `    ${r.name}: likelihood ${formatNumber(r.likelihood, 2)} (base ${formatNumber(r.baseLikelihood, 2)}), severity ${r.severity}`,
    );
    for (const s of r.shifts) out.push(`      ${s.delta > 0 ? "+" : ""}${s.delta}: ${s.reason}`);
  }
  return out.join("\n") + "\n";
};
