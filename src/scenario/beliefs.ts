import { evaluateCondition, type PreconditionStates } from "../feasibility/condition";
import type { Evidence } from "../model/evidence";
import type { BeliefBasis, Perspective } from "../model/perspective";
import type { Condition } from "../model/requirement";

/**
 * A rating that replaces the catalog's: a perspective's belief or the user's override. `basis`
 * and `evidence` are the perspective's (the user's override has neither).
 */
export interface ResolvedRating {
  readonly value: number;
  readonly interval?: readonly [number, number];
  readonly rationale: string;
  readonly by: "perspective" | "user";
  readonly basis?: BeliefBasis;
  readonly evidence: readonly Evidence[];
}

/** A likelihood and/or severity that replaces the catalog's, and whose it is. */
export interface ResolvedRiskOverride {
  readonly likelihood?: number;
  readonly severity?: number;
  readonly rationale: string;
  readonly by: "perspective" | "user";
  readonly basis?: BeliefBasis;
  readonly evidence: readonly Evidence[];
}

const holds = (when: Condition | undefined, states: PreconditionStates): boolean =>
  when === undefined || evaluateCondition(when, states).holds;

const put = <A>(into: Record<string, Record<string, A>>, outer: string, inner: string, value: A): void => {
  const row = Object.hasOwn(into, outer) ? into[outer]! : (into[outer] = {});
  if (!Object.hasOwn(row, inner)) row[inner] = value;
};

/**
 * A perspective's beliefs that apply under some precondition states: for each option and
 * criterion (each risk and option), the first belief whose `when` holds.
 */
export const beliefsUnder = (
  perspective: Perspective,
  states: PreconditionStates,
): {
  ratings: Record<string, Record<string, ResolvedRating>>;
  risks: Record<string, Record<string, ResolvedRiskOverride>>;
} => {
  const ratings: Record<string, Record<string, ResolvedRating>> = {};
  const risks: Record<string, Record<string, ResolvedRiskOverride>> = {};
  for (const b of perspective.beliefs.ratings) {
    if (!holds(b.when, states)) continue;
    put(ratings, b.option, b.criterion, {
      value: b.value,
      ...(b.interval ? { interval: b.interval } : {}),
      rationale: b.rationale,
      by: "perspective",
      basis: b.basis,
      evidence: b.evidence,
    });
  }
  for (const b of perspective.beliefs.risks) {
    if (!holds(b.when, states)) continue;
    put(risks, b.risk, b.option, {
      ...(b.likelihood !== undefined ? { likelihood: b.likelihood } : {}),
      ...(b.severity !== undefined ? { severity: b.severity } : {}),
      rationale: b.rationale,
      by: "perspective",
      basis: b.basis,
      evidence: b.evidence,
    });
  }
  return { ratings, risks };
};
