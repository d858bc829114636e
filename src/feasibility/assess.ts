import type { Catalog } from "../model/catalog";
import type { Evidence } from "../model/evidence";
import type { Consequences, Requirement } from "../model/requirement";
import { evaluateCondition, type PreconditionStates } from "./condition";

/** One requirement of an option, evaluated. */
export interface RequirementCheck {
  readonly requirement: string;
  readonly description: string;
  readonly severity: Requirement["severity"];
  readonly met: boolean;
  /** How the condition came out under the states, in words. */
  readonly explanation: string;
  /** What follows from this requirement being unmet (empty when met or hard). */
  readonly consequences: Consequences;
  readonly rationale: string;
  readonly evidence: readonly Evidence[];
}

/** Whether an option is feasible, and every requirement checked. */
export interface Feasibility {
  readonly option: string;
  /** False when any hard requirement is unmet. */
  readonly feasible: boolean;
  /** Unmet hard requirements: what blocks the option. */
  readonly blockers: readonly RequirementCheck[];
  /** Unmet soft requirements: the option stays, with their consequences. */
  readonly penalties: readonly RequirementCheck[];
  readonly checks: readonly RequirementCheck[];
}

const none: Consequences = { penalties: [], risks: [] };

/** Evaluates one requirement under precondition states. */
export const checkRequirement = (requirement: Requirement, states: PreconditionStates): RequirementCheck => {
  const result = evaluateCondition(requirement.condition, states);
  return {
    requirement: requirement.id,
    description: requirement.description,
    severity: requirement.severity,
    met: result.holds,
    explanation: result.explanation,
    consequences: result.holds || requirement.severity === "hard" ? none : requirement.consequences,
    rationale: requirement.rationale,
    evidence: requirement.evidence,
  };
};

/**
 * Evaluates every option's requirements under precondition states: feasible or not, what blocks
 * it (hard requirements unmet), and what soft requirements are unmet with their consequences.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const states = { ...documentedStates(catalog), "mexican-consent": "opposed" };
 * const training = assessFeasibility(catalog, states).find((f) => f.option === "training-fid");
 * training.feasible; // false
 * ```
 */
export const assessFeasibility = (catalog: Catalog, states: PreconditionStates): Feasibility[] =>
  catalog.options.map((option) => {
    const checks = option.requirements.map((r) => checkRequirement(r, states));
    const blockers = checks.filter((c) => !c.met && c.severity === "hard");
    return {
      option: option.id,
      feasible: blockers.length === 0,
      blockers,
      penalties: checks.filter((c) => !c.met && c.severity === "soft"),
      checks,
    };
  });
