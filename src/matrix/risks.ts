import { evaluateCondition, type PreconditionStates } from "../feasibility/condition";
import type { RequirementCheck } from "../feasibility/assess";
import type { Catalog } from "../model/catalog";
import { catalogIndex } from "../model/catalog-index";
import type { Evidence } from "../model/evidence";
import type { ResolvedRiskOverride } from "../scenario/beliefs";

/** One change to a risk's likelihood, and why. */
export interface LikelihoodShift {
  readonly delta: number;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}

/** A risk as it applies to one option under the current states. */
export interface AppliedRisk {
  readonly risk: string;
  readonly name: string;
  readonly baseLikelihood: number;
  /** After every shift, clamped to [0, 1]. */
  readonly likelihood: number;
  readonly severity: number;
  /** likelihood × severity. */
  readonly expectedSeverity: number;
  /** Why the base likelihood and severity are what they are (the analyst's, or the replacement's). */
  readonly rationale: string;
  /** Whose likelihood and severity these are: the catalog's, a perspective's belief, or the user's. */
  readonly ratedBy: "analyst" | "perspective" | "user";
  readonly shifts: readonly LikelihoodShift[];
  /** The quotes that state the risk, then those behind a perspective's belief. */
  readonly evidence: readonly Evidence[];
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * The risks attached to one option, with likelihoods moved by the risk's own modifiers (conditions
 * on precondition states) and by the option's unmet soft requirements; most expected severity first.
 * A perspective's belief or the user's override replaces the base likelihood and/or severity
 * (`ratedBy` says whose).
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const invited = { ...documentedStates(catalog), "mexican-consent": "joint-approval" };
 * const uninvited = { ...invited, "mexican-consent": "opposed" };
 * const likelihood = (states) =>
 *   assessRisks(catalog, "sof-raids", states, []).find((r) => r.risk === "government-response").likelihood;
 * likelihood(uninvited) > likelihood(invited); // true
 * ```
 */
export const assessRisks = (
  catalog: Catalog,
  option: string,
  states: PreconditionStates,
  unmetSoft: readonly RequirementCheck[],
  overrides: Readonly<Record<string, Readonly<Record<string, ResolvedRiskOverride>>>> = {},
): AppliedRisk[] => {
  const exposures = catalogIndex(catalog).exposure;
  return catalog.risks
    .flatMap((risk) => {
      const found = exposures.get(risk.id)?.get(option);
      if (!found) return [];
      const byOption = Object.hasOwn(overrides, risk.id) ? overrides[risk.id]! : {};
      const override = Object.hasOwn(byOption, option) ? byOption[option] : undefined;
      const exposure = {
        likelihood: override?.likelihood ?? found.likelihood,
        severity: override?.severity ?? found.severity,
        rationale: override ? override.rationale : found.rationale,
      };
      const shifts: LikelihoodShift[] = [];
      for (const modifier of risk.modifiers) {
        if (modifier.options && !modifier.options.includes(option)) continue;
        const result = evaluateCondition(modifier.when, states);
        if (result.holds) {
          shifts.push({
            delta: modifier.likelihood,
            reason: `${modifier.rationale} (${result.explanation})`,
            evidence: modifier.evidence,
          });
        }
      }
      for (const check of unmetSoft) {
        for (const r of check.consequences.risks) {
          if (r.risk === risk.id) {
            shifts.push({
              delta: r.likelihood,
              reason: `unmet: ${check.description} (${check.explanation})`,
              evidence: check.evidence,
            });
          }
        }
      }
      const likelihood = clamp01(shifts.reduce((sum, s) => sum + s.delta, exposure.likelihood));
      return [
        {
          risk: risk.id,
          name: risk.name,
          baseLikelihood: exposure.likelihood,
          likelihood,
          severity: exposure.severity,
          expectedSeverity: likelihood * exposure.severity,
          rationale: exposure.rationale,
          ratedBy: override ? override.by : ("analyst" as const),
          shifts,
          evidence: [...risk.evidence, ...(override?.evidence ?? [])],
        },
      ];
    })
    .sort((a, b) => b.expectedSeverity - a.expectedSeverity || a.risk.localeCompare(b.risk));
};
