import * as E from "fp-ts/lib/Either.js";
import { fromZodError, orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import { documentedStates } from "../feasibility/documented-states";
import type { MethodOptions } from "../methods/method-options";
import { Assumptions } from "../model/assumptions";
import type { Catalog } from "../model/catalog";

/** Assumptions merged over the catalog's defaults, checked against it: every state and weight set. */
export interface ResolvedAssumptions {
  readonly preconditions: Readonly<Record<string, string>>;
  readonly weights: Readonly<Record<string, number>>;
  readonly method: MethodOptions;
  readonly infeasible: Assumptions["infeasible"];
}

const referenceIssues = (catalog: Catalog, a: Assumptions): ErrorIssue[] => {
  const issues: ErrorIssue[] = [];
  for (const [id, state] of Object.entries(a.preconditions)) {
    const pre = catalog.preconditions.find((p) => p.id === id);
    const path = `assumptions.preconditions.${id}`;
    if (!pre) {
      const known = catalog.preconditions.map((p) => p.id).join(", ");
      issues.push({ path, message: `unknown precondition '${id}' (known: ${known})` });
    } else if (!pre.states.some((s) => s.id === state)) {
      const known = pre.states.map((s) => s.id).join(", ");
      issues.push({ path, message: `'${state}' is not a state of '${id}' (one of: ${known})` });
    }
  }
  for (const id of Object.keys(a.weights)) {
    if (!catalog.criteria.some((c) => c.id === id)) {
      const known = catalog.criteria.map((c) => c.id).join(", ");
      issues.push({
        path: `assumptions.weights.${id}`,
        message: `unknown criterion '${id}' (known: ${known})`,
      });
    }
  }
  return issues;
};

/** The Either twin of `resolveAssumptions`. */
export const resolveAssumptionsEither = (
  catalog: Catalog,
  input: unknown = {},
): E.Either<PolicyMatrixError, ResolvedAssumptions> => {
  const parsed = Assumptions.safeParse(input ?? {});
  if (!parsed.success) return E.left(fromZodError("invalid-assumptions", "assumptions", parsed.error));
  const a = parsed.data;
  const issues = referenceIssues(catalog, a);
  const weights = Object.fromEntries(catalog.criteria.map((c) => [c.id, a.weights[c.id] ?? 1]));
  if (issues.length === 0 && !Object.values(weights).some((w) => w > 0)) {
    issues.push({ path: "assumptions.weights", message: "expected at least one weight > 0, got all zero" });
  }
  if (issues.length > 0) return E.left(new PolicyMatrixError("invalid-assumptions", issues));
  return E.right({
    preconditions: { ...documentedStates(catalog), ...a.preconditions },
    weights,
    method: a.method,
    infeasible: a.infeasible,
  });
};

/**
 * Validates assumptions against a catalog and fills in the defaults: the latest documented state
 * of each precondition, a weight of 1 for each criterion not given, the weighted sum. Throws `PolicyMatrixError` naming the place.
 *
 * @example
 * ```ts
 * const resolved = resolveAssumptions(builtinCatalog(), { weights: { "legal-exposure": 2 } });
 * resolved.weights["legal-exposure"]; // 2
 * resolved.weights["drug-flow"]; // 1
 * resolved.preconditions["mexican-consent"]; // "cooperation-no-troops"
 * ```
 */
export const resolveAssumptions = (catalog: Catalog, input: unknown = {}): ResolvedAssumptions =>
  orThrow(resolveAssumptionsEither(catalog, input));
