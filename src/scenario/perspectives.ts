import * as E from "fp-ts/lib/Either.js";
import * as A from "fp-ts/lib/Array.js";
import { pipe } from "fp-ts/lib/function.js";
import { compareEither } from "../comparison/compare";
import type { Comparison } from "../comparison/types";
import { orThrow, PolicyMatrixError } from "../errors";
import type { AssumptionsInput, PerspectiveChoice } from "../model/assumptions";
import type { Catalog } from "../model/catalog";

/**
 * One perspective's comparisons under the same assumptions: with its values alone (its weights,
 * the analyst's ratings), with its values and beliefs, and, if it argues for any, with the
 * precondition states it argues for as well.
 */
export interface PerspectiveComparison {
  readonly perspective: string;
  readonly name: string;
  readonly actor: string;
  /** Its weights and beliefs. */
  readonly comparison: Comparison;
  /** Its weights alone, on the analyst's ratings and risks. */
  readonly valuesOnly: Comparison;
  /** Its weights and beliefs under the conditions it argues for (absent when it argues for none). */
  readonly withConditions?: Comparison;
  /** Its weights alone under the conditions it argues for (absent when it argues for none). */
  readonly valuesOnlyWithConditions?: Comparison;
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
  const refused = ignored(assumptions ?? {});
  if (refused) return E.left(refused);
  const under = (perspective: PerspectiveChoice) => compareEither(catalog, { ...assumptions, perspective });
  return pipe(
    [...catalog.perspectives],
    A.traverse(E.Applicative)((p) =>
      pipe(
        E.Do,
        E.bind("comparison", () => under({ id: p.id, use: "values-and-beliefs", conditions: false })),
        E.bind("valuesOnly", () => under({ id: p.id, use: "values", conditions: false })),
        E.bind("argued", () =>
          Object.keys(p.conditions).length === 0
            ? E.right(undefined)
            : E.sequenceArray([
                under({ id: p.id, use: "values-and-beliefs", conditions: true }),
                under({ id: p.id, use: "values", conditions: true }),
              ]),
        ),
        E.map(({ comparison, valuesOnly, argued }) => ({
          perspective: p.id,
          name: p.name,
          actor: p.actor,
          comparison,
          valuesOnly,
          ...(argued ? { withConditions: argued[0]!, valuesOnlyWithConditions: argued[1]! } : {}),
        })),
      ),
    ),
  );
};

/**
 * Compares the options once per perspective in the catalog, under the same states and method:
 * what each actor would choose by its values alone, by its values and beliefs, and under the
 * conditions it argues for. The assumptions must not carry weights or a perspective of their own
 * (each perspective brings its own).
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
