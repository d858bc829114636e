import { PolicyMatrixError } from "../errors";
import { assessFeasibility } from "../feasibility/assess";
import { evaluateCondition, type PreconditionStates } from "../feasibility/condition";
import type { Catalog } from "../model/catalog";
import { catalogIndex } from "../model/catalog-index";
import type { Criterion } from "../model/criterion";
import type { Evidence } from "../model/evidence";
import type { Basis, Rating } from "../model/rating";
import type { ResolvedRating } from "../scenario/beliefs";

/** A penalty an unmet soft requirement put on a rating. */
export interface AppliedPenalty {
  readonly requirement: string;
  readonly description: string;
  readonly worsen: number;
  readonly explanation: string;
}

/**
 * The catalog's rating that applies under the precondition states: the option's own, or the
 * first of its `cases` whose condition holds (`case` then says which, in words).
 */
export interface CatalogRating {
  readonly value: number;
  readonly interval?: readonly [number, number];
  readonly rationale: string;
  readonly basis: Basis;
  readonly evidence: readonly Evidence[];
  readonly case?: string;
}

/** One cell of the decision matrix, and why it holds the number it does. */
export interface MatrixCell {
  /** The rating after penalties, on the criterion's scale. */
  readonly value: number;
  /** The interval after penalties ([value, value] when the rating gives none). */
  readonly interval: readonly [number, number];
  /** The catalog's rating under the states, before penalties: value, rationale, basis, evidence. */
  readonly rating: CatalogRating;
  /** The rating that replaced the catalog's, if any: a perspective's belief or the user's (penalties still apply on top). */
  readonly override?: ResolvedRating;
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

/** The option's rating, or the first of its cases that holds under the states. */
export const ratingUnder = (rating: Rating, states: PreconditionStates): CatalogRating => {
  const { cases, ...own } = rating;
  for (const c of cases) {
    const result = evaluateCondition(c.when, states);
    if (result.holds) {
      const { when, ...fields } = c;
      return { ...fields, case: result.explanation };
    }
  }
  return own;
};

/** Which options a matrix covers, and the ratings that replace the catalog's. */
export interface MatrixChoice {
  /** The options, in row order (default: every option of the catalog). */
  readonly options?: readonly string[];
  /** By option, then criterion: perspectives' beliefs and users' overrides (see `resolveAssumptions`). */
  readonly ratings?: Readonly<Record<string, Readonly<Record<string, ResolvedRating>>>>;
}

/**
 * Builds the decision matrix under precondition states: each option's rating (its case for
 * these states, if it has one), replaced by a belief or override where given, then moved toward
 * worse by the penalties of its unmet soft requirements (clamped to the scale), with the
 * catalog's rating, the replacement and the penalties kept beside each number.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const m = buildMatrix(catalog, documentedStates(catalog), { options: ["drone-strikes"] });
 * const legal = m.criteria.findIndex((c) => c.id === "legal-exposure");
 * m.cells[0][legal].value > m.cells[0][legal].rating.value; // true
 * ```
 */
export const buildMatrix = (
  catalog: Catalog,
  states: PreconditionStates,
  choice: MatrixChoice = {},
): PolicyMatrix => {
  const options = choice.options ?? catalog.options.map((o) => o.id);
  const feasibility = assessFeasibility(catalog, states);
  const byOption = catalogIndex(catalog).option;
  const softOf = new Map(feasibility.map((f) => [f.option, f.penalties]));
  return {
    options,
    criteria: catalog.criteria,
    cells: options.map((id) => {
      const option = byOption.get(id);
      if (!option) {
        throw new PolicyMatrixError("invalid-input", [
          { path: "options", message: `unknown option '${id}'` },
        ]);
      }
      const soft = softOf.get(id) ?? [];
      const replaced = choice.ratings && Object.hasOwn(choice.ratings, id) ? choice.ratings[id] : undefined;
      return catalog.criteria.map((criterion) => {
        const rating = ratingUnder(option.ratings[criterion.id]!, states);
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
        const override =
          replaced && Object.hasOwn(replaced, criterion.id) ? replaced[criterion.id] : undefined;
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
  };
};
