import { maxOf } from "../matrix/extremes";
import type { Catalog } from "../model/catalog";
import type { Criterion } from "../model/criterion";
import type { ResolvedAssumptions } from "../scenario/resolve";

/** The id of the cost criterion a comparison adds when `riskBurden.weight` > 0. */
export const RISK_BURDEN = "risk-burden";

/**
 * The largest risk burden any option could carry: every risk attached to it certain (likelihood 1)
 * at its severity. Fixed by the catalog and the severity overrides, not by the states, so that the
 * burden's scale does not move with the scenario. At least 1.
 */
export const largestBurden = (catalog: Catalog, a: ResolvedAssumptions): number => {
  const burden = new Map<string, number>();
  for (const r of catalog.risks) {
    for (const e of r.exposures) {
      const severity = a.risks[r.id]?.[e.option]?.severity ?? e.severity;
      burden.set(e.option, (burden.get(e.option) ?? 0) + severity);
    }
  }
  return Math.max(1, maxOf([...burden.values()]));
};

/** The risk burden as a cost criterion on the scale [0, largest burden]. */
export const burdenCriterion = (max: number): Criterion => ({
  id: RISK_BURDEN,
  name: "Risk burden",
  direction: "cost",
  description: "Σ likelihood × severity of the stated risks that apply to the option under the scenario.",
  scale: { min: 0, max },
  weight: 0,
});
