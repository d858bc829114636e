import * as E from "fp-ts/lib/Either.js";
import * as A from "fp-ts/lib/Array.js";
import { pipe } from "fp-ts/lib/function.js";
import { compareEither } from "../comparison/compare";
import type { Comparison } from "../comparison/types";
import { orThrow, type PolicyMatrixError } from "../errors";
import type { AssumptionsInput } from "../model/assumptions";
import type { Catalog } from "../model/catalog";

/** One perspective's comparison: who, and what they would choose. */
export interface PerspectiveComparison {
  readonly perspective: string;
  readonly name: string;
  readonly actor: string;
  readonly comparison: Comparison;
}

/** The Either twin of `comparePerspectives`. */
export const comparePerspectivesEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, PerspectiveComparison[]> =>
  pipe(
    [...catalog.perspectives],
    A.traverse(E.Applicative)((p) =>
      pipe(
        // Each perspective's weights replace the assumptions' own: that is the point of the comparison.
        compareEither(catalog, { ...assumptions, weights: {}, perspective: p.id }),
        E.map((comparison) => ({ perspective: p.id, name: p.name, actor: p.actor, comparison })),
      ),
    ),
  );

/**
 * Compares the options once per perspective in the catalog (each actor's weights, the same
 * states and method): who would choose what.
 *
 * @example
 * ```ts
 * const all = comparePerspectives(builtinCatalog());
 * all.map((p) => p.perspective); // ["milley", "heritage", "dea-maltz", "bi-experts", "sheinbaum", "kaine"]
 * ```
 */
export const comparePerspectives = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): PerspectiveComparison[] => orThrow(comparePerspectivesEither(catalog, assumptions));
