import { PolicyMatrixError } from "../errors";
import type { Feasibility } from "../feasibility/assess";
import type { Catalog } from "../model/catalog";
import type { Criterion } from "../model/criterion";
import type { Rating } from "../model/rating";
import type { RatingOverride } from "../model/assumptions";

/** A penalty an unmet soft requirement put on a rating. */
export interface AppliedPenalty {
  readonly requirement: string;
  readonly description: string;
  readonly worsen: number;
  readonly explanation: string;
}

/** One cell of the decision matrix, and why it holds the number it does. */
export interface MatrixCell {
  /** The rating after penalties, on the criterion's scale. */
  readonly value: number;
  /** The interval after penalties ([value, value] when the rating gives none). */
  readonly interval: readonly [number, number];
  /** The catalog's rating before penalties: value, rationale, evidence. */
  readonly rating: Rating;
  /** The user's rating that replaced the catalog's, if any (penalties still apply on top). */
  readonly override?: RatingOverride;
  readonly penalties: readonly AppliedPenalty[];
}

/** Options x criteria, with provenance for every cell. */
export interface PolicyMatrix {
  readonly options: readonly string[];
  readonly criteria: readonly Criterion[];
  readonly cells: readonly (readonly MatrixCell[])[];
}

const worsen = (criterion: Criterion, x: number, amount: number): number => {
  const moved = criterion.direction === "benefit" ? x - amount : x + amount;
  return Math.min(criterion.scale.max, Math.max(criterion.scale.min, moved));
};

/**
 * Builds the decision matrix for some options: each option's ratings, moved toward worse by the
 * penalties of its unmet soft requirements (clamped to the scale), with the rating and penalties
 * kept beside each number. A user's rating override replaces the catalog's rating before penalties.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const feasibility = assessFeasibility(catalog, documentedStates(catalog));
 * const m = buildMatrix(catalog, feasibility, ["drone-strikes"]);
 * const legal = m.criteria.findIndex((c) => c.id === "legal-exposure");
 * m.cells[0][legal].value > m.cells[0][legal].rating.value; // true
 * ```
 */
export const buildMatrix = (
  catalog: Catalog,
  feasibility: readonly Feasibility[],
  options: readonly string[] = catalog.options.map((o) => o.id),
  overrides: Readonly<Record<string, Readonly<Record<string, RatingOverride>>>> = {},
): PolicyMatrix => ({
  options,
  criteria: catalog.criteria,
  cells: options.map((id) => {
    const option = catalog.options.find((o) => o.id === id);
    const soft = feasibility.find((f) => f.option === id)?.penalties ?? [];
    if (!option) {
      throw new PolicyMatrixError("invalid-input", [{ path: "options", message: `unknown option '${id}'` }]);
    }
    return catalog.criteria.map((criterion) => {
      const rating = option.ratings[criterion.id]!;
      const penalties = soft.flatMap((check) =>
        check.consequences.penalties
          .filter((p) => p.criterion === criterion.id)
          .map((p) => ({
            requirement: check.requirement,
            description: check.description,
            worsen: p.worsen,
            explanation: check.explanation,
          })),
      );
      const total = penalties.reduce((sum, p) => sum + p.worsen, 0);
      const override = overrides[id]?.[criterion.id];
      const base = override ?? rating;
      const [low, high] = base.interval ?? [base.value, base.value];
      const ends = [worsen(criterion, low, total), worsen(criterion, high, total)].sort((a, b) => a - b);
      return {
        value: worsen(criterion, base.value, total),
        interval: [ends[0]!, ends[1]!] as const,
        rating,
        ...(override ? { override } : {}),
        penalties,
      };
    });
  }),
});
