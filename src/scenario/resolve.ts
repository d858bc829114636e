import * as E from "fp-ts/lib/Either.js";
import type { AssumptionsInput } from "../model/assumptions";
import { fromZodError, orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import { documentedStates } from "../feasibility/documented-states";
import { MAX_DEPTH, tooDeep } from "../model/depth";
import { ASSUMPTIONS_OBJECT, catalogArgument, objectArgument } from "../model/arguments";
import {
  Assumptions,
  type PerspectiveChoice,
  type RatingOverride,
  type RiskOverride,
} from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import type { MethodOptions } from "../methods/method-options";
import { beliefsUnder, type ResolvedRating, type ResolvedRiskOverride } from "./beliefs";

export type { ResolvedRating, ResolvedRiskOverride } from "./beliefs";

/**
 * Assumptions merged over the catalog's defaults and checked against it: every state and weight
 * set, and the ratings and risks that replace the catalog's (a perspective's beliefs, the user's
 * overrides), each saying whose it is.
 */
export interface ResolvedAssumptions {
  readonly name?: string;
  readonly description?: string;
  readonly preset?: string;
  readonly perspective?: PerspectiveChoice;
  readonly preconditions: Readonly<Record<string, string>>;
  /**
   * The states that differ from the catalog's latest documented ones (set by the preset, the
   * perspective's conditions or the assumptions), by precondition: what the scenario supposes.
   */
  readonly statesChanged: Readonly<Record<string, string>>;
  /** The weights that differ from the criteria's defaults (set by the perspective or the assumptions). */
  readonly weightsChanged: Readonly<Record<string, number>>;
  readonly weights: Readonly<Record<string, number>>;
  readonly ratings: Readonly<Record<string, Readonly<Record<string, ResolvedRating>>>>;
  readonly risks: Readonly<Record<string, Readonly<Record<string, ResolvedRiskOverride>>>>;
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
};

const perspectiveIssues = (catalog: Catalog, a: Assumptions, issues: ErrorIssue[]) => {
  if (a.perspective === undefined) return;
  const { id, use, conditions } = a.perspective;
  const p = catalog.perspectives.find((x) => x.id === id);
  if (!p) {
    issues.push({
      path: "assumptions.perspective",
      message: `unknown perspective '${id}' (known: ${known(catalog.perspectives)})`,
    });
    return;
  }
  const beliefs = p.beliefs.ratings.length + p.beliefs.risks.length;
  if (use === "beliefs" && beliefs === 0) {
    issues.push({
      path: "assumptions.perspective.use",
      message: `perspective '${id}' states no beliefs, so 'beliefs' would change nothing`,
    });
  }
  if (conditions && Object.keys(p.conditions).length === 0) {
    issues.push({
      path: "assumptions.perspective.conditions",
      message: `perspective '${id}' argues for no precondition states, so 'conditions' would change nothing`,
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
  const choice = a.perspective;
  const perspective =
    choice && choice.use !== "beliefs" ? catalog.perspectives.find((p) => p.id === choice.id) : undefined;
  return Object.fromEntries(
    catalog.criteria.map((c) => [
      c.id,
      a.weights[c.id] ?? (perspective ? (perspective.weights[c.id] ?? 0) : c.weight),
    ]),
  );
};

const mapNested = <A, B>(
  outer: Readonly<Record<string, Readonly<Record<string, A>>>>,
  f: (a: A) => B,
): Record<string, Record<string, B>> =>
  Object.fromEntries(
    Object.entries(outer).map(([k, inner]) => [
      k,
      Object.fromEntries(Object.entries(inner).map(([j, x]) => [j, f(x)])),
    ]),
  );

/** `b` over `a`, one level down: b's entries replace a's, a's other entries stay. */
const mergeNested = <A>(
  a: Readonly<Record<string, Readonly<Record<string, A>>>>,
  b: Readonly<Record<string, Readonly<Record<string, A>>>>,
): Record<string, Record<string, A>> => {
  const out: Record<string, Record<string, A>> = mapNested(a, (x) => x);
  for (const [k, inner] of Object.entries(b)) out[k] = { ...(Object.hasOwn(out, k) ? out[k] : {}), ...inner };
  return out;
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
export const resolveAssumptions = (catalog: Catalog, input: AssumptionsInput = {}): ResolvedAssumptions =>
  orThrow(resolveAssumptionsEither(catalog, input));

/** The Either twin of `resolveAssumptions`. */
export const resolveAssumptionsEither = (
  catalog: Catalog,
  input: AssumptionsInput = {},
): E.Either<PolicyMatrixError, ResolvedAssumptions> => {
  const given = catalogArgument(catalog);
  if (E.isLeft(given)) return given;
  const object = objectArgument(input, "assumptions", ASSUMPTIONS_OBJECT, "invalid-assumptions");
  if (E.isLeft(object)) return object;
  const deep = tooDeep(input, "assumptions");
  if (deep !== undefined) {
    return E.left(
      new PolicyMatrixError("invalid-assumptions", [
        { path: deep, message: `nested deeper than ${MAX_DEPTH} levels` },
      ]),
    );
  }
  const parsed = Assumptions.safeParse(input, { reportInput: true });
  if (!parsed.success) return E.left(fromZodError("invalid-assumptions", "assumptions", parsed.error));
  const a = parsed.data;
  const issues: ErrorIssue[] = [];
  stateIssues(catalog, a, issues);
  weightIssues(catalog, a, issues);
  overrideIssues(catalog, a, issues);
  perspectiveIssues(catalog, a, issues);
  const weights = mergedWeights(catalog, a);
  if (issues.length === 0 && !Object.values(weights).some((w) => w > 0) && a.riskBurden.weight === 0) {
    issues.push({ path: "assumptions.weights", message: "expected at least one weight > 0, got all zero" });
  }
  if (issues.length > 0) return E.left(new PolicyMatrixError("invalid-assumptions", issues));
  const stateOf = (states: Readonly<Record<string, { state: string }>> = {}) =>
    Object.fromEntries(Object.entries(states).map(([k, v]) => [k, v.state]));
  const preset = catalog.presets.find((p) => p.id === a.preset);
  const perspective = catalog.perspectives.find((p) => p.id === a.perspective?.id);
  const argued = a.perspective?.conditions ? stateOf(perspective?.conditions) : {};
  const { preconditions, ratings, risks, perspective: choice, ...rest } = a;
  const documented = documentedStates(catalog);
  const states = { ...documented, ...stateOf(preset?.states), ...argued, ...preconditions };
  const statesChanged = Object.fromEntries(Object.entries(states).filter(([k, v]) => documented[k] !== v));
  const beliefs: ReturnType<typeof beliefsUnder> =
    perspective && choice?.use !== "values" ? beliefsUnder(perspective, states) : { ratings: {}, risks: {} };
  const user = { by: "user" as const, evidence: [] as const };
  return E.right({
    ...rest,
    ...(choice ? { perspective: choice } : {}),
    preconditions: states,
    statesChanged,
    weightsChanged: Object.fromEntries(
      catalog.criteria.filter((c) => weights[c.id] !== c.weight).map((c) => [c.id, weights[c.id]!]),
    ),
    weights,
    ratings: mergeNested(
      beliefs.ratings,
      mapNested(ratings, (r: RatingOverride): ResolvedRating => ({ ...r, ...user })),
    ),
    risks: mergeNested(
      beliefs.risks,
      mapNested(risks, (r: RiskOverride): ResolvedRiskOverride => ({ ...r, ...user })),
    ),
  });
};
