import * as E from "fp-ts/lib/Either.js";
import { fromZodError, orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import { documentedStates } from "../feasibility/documented-states";
import { Assumptions, type RatingOverride, type RiskOverride } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import type { MethodOptions } from "../methods/method-options";

/** Assumptions merged over the catalog's defaults and checked against it: every state and weight set. */
export interface ResolvedAssumptions {
  readonly name?: string;
  readonly description?: string;
  readonly preset?: string;
  readonly perspective?: string;
  readonly preconditions: Readonly<Record<string, string>>;
  readonly weights: Readonly<Record<string, number>>;
  readonly ratings: Readonly<Record<string, Readonly<Record<string, RatingOverride>>>>;
  readonly risks: Readonly<Record<string, Readonly<Record<string, RiskOverride>>>>;
  readonly riskBurden: { readonly weight: number; readonly penalty: number };
  readonly method: MethodOptions;
  readonly infeasible: Assumptions["infeasible"];
  readonly infeasiblePenalty: number;
}

const known = (ids: readonly { id: string }[]) => ids.map((x) => x.id).join(", ");

const stateIssues = (catalog: Catalog, a: Assumptions, issues: ErrorIssue[]) => {
  for (const [id, state] of Object.entries(a.preconditions)) {
    const pre = catalog.preconditions.find((p) => p.id === id);
    const path = `assumptions.preconditions.${id}`;
    if (!pre)
      issues.push({ path, message: `unknown precondition '${id}' (known: ${known(catalog.preconditions)})` });
    else if (!pre.states.some((s) => s.id === state)) {
      issues.push({ path, message: `'${state}' is not a state of '${id}' (one of: ${known(pre.states)})` });
    }
  }
  if (a.preset !== undefined && !catalog.presets.some((p) => p.id === a.preset)) {
    issues.push({
      path: "assumptions.preset",
      message: `unknown preset '${a.preset}' (known: ${known(catalog.presets)})`,
    });
  }
};

const weightIssues = (catalog: Catalog, a: Assumptions, issues: ErrorIssue[]) => {
  for (const id of Object.keys(a.weights)) {
    if (!catalog.criteria.some((c) => c.id === id)) {
      issues.push({
        path: `assumptions.weights.${id}`,
        message: `unknown criterion '${id}' (known: ${known(catalog.criteria)})`,
      });
    }
  }
  if (a.perspective !== undefined && !catalog.perspectives.some((p) => p.id === a.perspective)) {
    issues.push({
      path: "assumptions.perspective",
      message: `unknown perspective '${a.perspective}' (known: ${known(catalog.perspectives)})`,
    });
  }
};

const overrideIssues = (catalog: Catalog, a: Assumptions, issues: ErrorIssue[]) => {
  for (const [optionId, byCriterion] of Object.entries(a.ratings)) {
    if (!catalog.options.some((o) => o.id === optionId)) {
      issues.push({
        path: `assumptions.ratings.${optionId}`,
        message: `unknown option '${optionId}' (known: ${known(catalog.options)})`,
      });
      continue;
    }
    for (const [criterionId, r] of Object.entries(byCriterion)) {
      const c = catalog.criteria.find((x) => x.id === criterionId);
      const path = `assumptions.ratings.${optionId}.${criterionId}`;
      if (!c) issues.push({ path, message: `unknown criterion '${criterionId}'` });
      else if ([r.value, ...(r.interval ?? [])].some((v) => v < c.scale.min || v > c.scale.max)) {
        issues.push({
          path,
          message: `expected values on the scale [${c.scale.min}, ${c.scale.max}], got ${r.value}`,
        });
      }
    }
  }
  for (const [riskId, byOption] of Object.entries(a.risks)) {
    const risk = catalog.risks.find((r) => r.id === riskId);
    if (!risk) {
      issues.push({
        path: `assumptions.risks.${riskId}`,
        message: `unknown risk '${riskId}' (known: ${known(catalog.risks)})`,
      });
      continue;
    }
    for (const optionId of Object.keys(byOption)) {
      if (!risk.exposures.some((e) => e.option === optionId)) {
        issues.push({
          path: `assumptions.risks.${riskId}.${optionId}`,
          message: `risk '${riskId}' does not attach to option '${optionId}'`,
        });
      }
    }
  }
};

const mergedWeights = (catalog: Catalog, a: Assumptions): Record<string, number> => {
  const perspective = catalog.perspectives.find((p) => p.id === a.perspective);
  return Object.fromEntries(
    catalog.criteria.map((c) => [
      c.id,
      a.weights[c.id] ?? (perspective ? (perspective.weights[c.id] ?? 0) : 1),
    ]),
  );
};

/** The Either twin of `resolveAssumptions`. */
export const resolveAssumptionsEither = (
  catalog: Catalog,
  input: unknown = {},
): E.Either<PolicyMatrixError, ResolvedAssumptions> => {
  const parsed = Assumptions.safeParse(input ?? {});
  if (!parsed.success) return E.left(fromZodError("invalid-assumptions", "assumptions", parsed.error));
  const a = parsed.data;
  const issues: ErrorIssue[] = [];
  stateIssues(catalog, a, issues);
  weightIssues(catalog, a, issues);
  overrideIssues(catalog, a, issues);
  const weights = mergedWeights(catalog, a);
  if (issues.length === 0 && !Object.values(weights).some((w) => w > 0) && a.riskBurden.weight === 0) {
    issues.push({ path: "assumptions.weights", message: "expected at least one weight > 0, got all zero" });
  }
  if (issues.length > 0) return E.left(new PolicyMatrixError("invalid-assumptions", issues));
  const preset = catalog.presets.find((p) => p.id === a.preset);
  const presetStates = Object.fromEntries(Object.entries(preset?.states ?? {}).map(([k, v]) => [k, v.state]));
  const { preconditions, ...rest } = a;
  return E.right({
    ...rest,
    preconditions: { ...documentedStates(catalog), ...presetStates, ...preconditions },
    weights,
  });
};

/**
 * Validates assumptions against a catalog and fills in the defaults: the latest documented state
 * of each precondition (or the preset's), a weight of 1 for each criterion not given (or the
 * perspective's), the weighted sum. Throws `PolicyMatrixError` naming the place.
 *
 * @example
 * ```ts
 * const resolved = resolveAssumptions(builtinCatalog(), { preset: "2023-03", weights: { "legal-exposure": 2 } });
 * resolved.weights["legal-exposure"]; // 2
 * resolved.weights["drug-flow"]; // 1
 * resolved.preconditions["fto-designation"]; // "not-designated"
 * ```
 */
export const resolveAssumptions = (catalog: Catalog, input: unknown = {}): ResolvedAssumptions =>
  orThrow(resolveAssumptionsEither(catalog, input));
