import * as E from "fp-ts/lib/Either.js";
import * as A from "fp-ts/lib/Array.js";
import { pipe } from "fp-ts/lib/function.js";
import { compareEither } from "../comparison/compare";
import type { Comparison } from "../comparison/types";
import { orThrow, PolicyMatrixError } from "../errors";
import type { AssumptionsInput, PerspectiveChoice } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import { kendall } from "../methods/rank-correlation";
import { ASSUMPTIONS_OBJECT, catalogArgument, objectArgument } from "../model/arguments";

/** One perspective's comparisons under the same states: by its values, by its beliefs, by both. */
export interface PerspectiveParts {
  /** Its weights and beliefs. */
  readonly both: Comparison;
  /** Its weights alone, on the analyst's ratings and risks. */
  readonly values: Comparison;
  /** Its beliefs alone, with the catalog's default weights (absent when it states no beliefs). */
  readonly beliefs?: Comparison;
}

/**
 * One perspective's comparisons under the same assumptions, and again under the precondition
 * states it argues for (absent when it argues for none): by its values alone (its weights, the
 * analyst's ratings), by its beliefs alone (its ratings, the default weights) and by both. Comparing
 * the three says whether the actor's choice comes from what it values, from what it believes, or
 * from the two together.
 */
export interface PerspectiveComparison {
  readonly perspective: string;
  readonly name: string;
  readonly actor: string;
  /** Its weights and beliefs (the same as `parts.both`). */
  readonly comparison: Comparison;
  readonly parts: PerspectiveParts;
  readonly withConditions?: PerspectiveParts;
}

const ignored = (assumptions: AssumptionsInput): PolicyMatrixError | undefined => {
  const keys = (["weights", "perspective"] as const).filter((k) => {
    const v: unknown = assumptions[k];
    return (
      v !== undefined &&
      !(k === "weights" && typeof v === "object" && v !== null && Object.keys(v).length === 0)
    );
  });
  return keys.length === 0
    ? undefined
    : new PolicyMatrixError(
        "invalid-assumptions",
        keys.map((k) => ({
          path: `assumptions.${k}`,
          message: `every perspective brings its own ${k === "weights" ? "weights" : "choice"}, so this would be ignored; leave it out`,
        })),
      );
};

/** The Either twin of `comparePerspectives`. */
export const comparePerspectivesEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, PerspectiveComparison[]> => {
  const given = catalogArgument(catalog);
  if (E.isLeft(given)) return given;
  const object = objectArgument(assumptions, "assumptions", ASSUMPTIONS_OBJECT, "invalid-assumptions");
  if (E.isLeft(object)) return object;
  const refused = ignored(assumptions);
  if (refused) return E.left(refused);
  const under = (perspective: PerspectiveChoice) => compareEither(catalog, { ...assumptions, perspective });
  const parts = (
    id: string,
    hasBeliefs: boolean,
    conditions: boolean,
  ): E.Either<PolicyMatrixError, PerspectiveParts> =>
    pipe(
      E.Do,
      E.bind("both", () => under({ id, use: "values-and-beliefs", conditions })),
      E.bind("values", () => under({ id, use: "values", conditions })),
      E.bind("beliefs", () => (hasBeliefs ? under({ id, use: "beliefs", conditions }) : E.right(undefined))),
      E.map(({ both, values, beliefs }) => ({ both, values, ...(beliefs ? { beliefs } : {}) })),
    );
  return pipe(
    [...catalog.perspectives],
    A.traverse(E.Applicative)((p) => {
      const hasBeliefs = p.beliefs.ratings.length + p.beliefs.risks.length > 0;
      return pipe(
        E.Do,
        E.bind("now", () => parts(p.id, hasBeliefs, false)),
        E.bind("argued", () =>
          Object.keys(p.conditions).length === 0 ? E.right(undefined) : parts(p.id, hasBeliefs, true),
        ),
        E.map(({ now, argued }) => ({
          perspective: p.id,
          name: p.name,
          actor: p.actor,
          comparison: now.both,
          parts: now,
          ...(argued ? { withConditions: argued } : {}),
        })),
      );
    }),
  );
};

/**
 * Compares the options once per perspective in the catalog, under the same states and method:
 * what each actor would choose by its values alone, by its beliefs alone and by both, and again
 * under the conditions it argues for. The assumptions must not carry weights or a perspective of
 * their own (each perspective brings its own).
 *
 * @example
 * ```ts
 * const all = comparePerspectives(builtinCatalog());
 * all.map((p) => p.perspective); // ["heritage", "dea-maltz", "hard-line", "rubio", "milley", "bi-experts", "sheinbaum", "kaine"]
 * ```
 */
export const comparePerspectives = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): PerspectiveComparison[] => orThrow(comparePerspectivesEither(catalog, assumptions));

/** How two perspectives' rankings agree: Kendall's τ-b, and the options they rank furthest apart. */
export interface PerspectivePair {
  readonly a: string;
  readonly b: string;
  /** Kendall's τ-b between their rankings by values and beliefs (1: the same order); null when either ranks all options equal. */
  readonly kendall: number | null;
  /** The options whose ranks differ most between the two, with both ranks; the largest gap first. */
  readonly apart: readonly { readonly option: string; readonly rankA: number; readonly rankB: number }[];
}

/**
 * The disagreement summary of `comparePerspectives`: for every pair of perspectives, Kendall's τ-b
 * between their rankings (values and beliefs, under the same states) and the options they rank
 * furthest apart; least agreeing pair first.
 *
 * @example
 * ```ts
 * const pairs = perspectivePairs(comparePerspectives(builtinCatalog()));
 * pairs.length; // 28
 * pairs.every((p) => p.kendall === null || (p.kendall >= -1 && p.kendall <= 1)); // true
 * ```
 */
export const perspectivePairs = (all: readonly PerspectiveComparison[], furthest = 2): PerspectivePair[] => {
  const pairs: PerspectivePair[] = [];
  all.forEach((x, i) =>
    all.slice(i + 1).forEach((y) => {
      const options = x.comparison.rows.map((r) => r.option);
      const rankIn = (c: Comparison) => new Map(c.rows.map((r) => [r.option, r.rank]));
      const rx = rankIn(x.comparison);
      const ry = rankIn(y.comparison);
      const a = options.map((o) => rx.get(o)!);
      const b = options.map((o) => ry.get(o) ?? options.length);
      const apart = options
        .map((option, k) => ({ option, rankA: a[k]!, rankB: b[k]! }))
        .filter((o) => o.rankA !== o.rankB)
        .sort(
          (p, q) =>
            Math.abs(q.rankA - q.rankB) - Math.abs(p.rankA - p.rankB) || p.option.localeCompare(q.option),
        )
        .slice(0, furthest);
      pairs.push({ a: x.perspective, b: y.perspective, kendall: kendall(a, b), apart });
    }),
  );
  return pairs.sort(
    (p, q) => (p.kendall ?? 2) - (q.kendall ?? 2) || `${p.a} ${p.b}`.localeCompare(`${q.a} ${q.b}`),
  );
};
