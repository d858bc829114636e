import { produce } from "immer";
import type { AssumptionsInput, RatingOverride } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import { resolveAssumptions } from "./resolve";

/** Assumptions as a draft to edit: the maps are always there, so a recipe can write into them. */
export type AssumptionsDraft = Omit<AssumptionsInput, "preconditions" | "weights" | "ratings" | "risks"> & {
  preconditions: Record<string, string>;
  weights: Record<string, number>;
  ratings: Record<string, Record<string, RatingOverride>>;
  risks: Record<string, Record<string, { likelihood?: number; severity?: number; rationale: string }>>;
};

const shaped = (base: AssumptionsInput): AssumptionsDraft => ({
  ...base,
  preconditions: { ...base.preconditions },
  weights: { ...base.weights },
  ratings: { ...base.ratings },
  risks: { ...base.risks },
});

/**
 * Edits assumptions with an immer recipe and returns a new, frozen value; `base` is untouched.
 *
 * @example
 * ```ts
 * const base = { preset: "2025-09" };
 * const next = withAssumptions(base, (draft) => {
 *   draft.preconditions["mexican-consent"] = "opposed";
 * });
 * next.preconditions["mexican-consent"]; // "opposed"
 * Object.isFrozen(next); // true
 * base.preconditions; // undefined
 * ```
 */
export const withAssumptions = (
  base: AssumptionsInput,
  recipe: (draft: AssumptionsDraft) => void,
): AssumptionsDraft => produce(shaped(base), recipe);

/**
 * Sets a precondition's state.
 *
 * @example
 * ```ts
 * setPrecondition({}, "aumf", "enacted").preconditions; // { aumf: "enacted" }
 * ```
 */
export const setPrecondition = (
  base: AssumptionsInput,
  precondition: string,
  state: string,
): AssumptionsDraft => withAssumptions(base, (d) => void (d.preconditions[precondition] = state));

/**
 * Sets a criterion's weight.
 *
 * @example
 * ```ts
 * setWeight({}, "legal-exposure", 2).weights; // { "legal-exposure": 2 }
 * ```
 */
export const setWeight = (base: AssumptionsInput, criterion: string, weight: number): AssumptionsDraft =>
  withAssumptions(base, (d) => void (d.weights[criterion] = weight));

/**
 * Multiplies a criterion's weight as it stands under `base` (after the perspective and defaults
 * are applied), so "weigh legality twice as much" works whatever the starting point.
 *
 * @example
 * ```ts
 * scaleWeight(builtinCatalog(), { perspective: "milley" }, "sovereignty-cost", 2).weights; // { "sovereignty-cost": 6 }
 * ```
 */
export const scaleWeight = (
  catalog: Catalog,
  base: AssumptionsInput,
  criterion: string,
  factor: number,
): AssumptionsDraft => {
  const current = resolveAssumptions(catalog, base).weights[criterion];
  return setWeight(base, criterion, (current ?? 0) * factor);
};

/**
 * Replaces the catalog's rating of an option on a criterion with the user's own, and its reason.
 *
 * @example
 * ```ts
 * const a = overrideRating({}, "training-fid", "speed", { value: 5, rationale: "a crash program" });
 * a.ratings["training-fid"].speed.value; // 5
 * ```
 */
export const overrideRating = (
  base: AssumptionsInput,
  option: string,
  criterion: string,
  rating: RatingOverride,
): AssumptionsDraft =>
  withAssumptions(base, (d) => {
    d.ratings[option] = { ...d.ratings[option], [criterion]: rating };
  });
