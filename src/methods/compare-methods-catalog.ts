import * as E from "fp-ts/lib/Either.js";
import type { AssumptionsInput } from "../model/assumptions";
import * as A from "fp-ts/lib/Array.js";
import { pipe } from "fp-ts/lib/function.js";
import { compareEither } from "../comparison/compare";
import { orThrow, type PolicyMatrixError } from "../errors";
import type { Catalog } from "../model/catalog";
import { agreementOf, bordaOf, type MethodComparison } from "./compare-methods";
import { methodNames, type MethodName } from "./method-options";

/** Every method's ranking of a catalog's options under the same assumptions, how they agree, and a consensus. */
export interface CatalogMethodComparison {
  /** Option ids; every `ranks` and `scores` array follows this order. */
  readonly options: readonly string[];
  readonly results: readonly {
    readonly method: MethodName;
    readonly ranks: readonly number[];
    readonly scores: readonly number[];
  }[];
  readonly agreement: MethodComparison["agreement"];
  readonly consensus: MethodComparison["consensus"];
}

/** The Either twin of `compareMethodsOn`. */
export const compareMethodsOnEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, CatalogMethodComparison> =>
  pipe(
    [...methodNames],
    A.traverse(E.Applicative)((method) => compareEither(catalog, { ...assumptions, method })),
    E.map((comparisons) => {
      const options = comparisons[0]!.rows.map((r) => r.option).sort((a, b) => a.localeCompare(b));
      const results = comparisons.map((c, k) => {
        const byOption = new Map(c.rows.map((r) => [r.option, r]));
        return {
          method: methodNames[k]!,
          ranks: options.map((o) => byOption.get(o)!.rank),
          scores: options.map((o) => byOption.get(o)!.score),
        };
      });
      return {
        options,
        results,
        agreement: agreementOf(results),
        consensus: bordaOf(results, options.length),
      };
    }),
  );

/**
 * Compares a catalog's options under every method with the same assumptions (each run as
 * `compare` runs it: blocked options, penalties and scales included), with Spearman's and
 * Kendall's agreement between methods and a Borda consensus.
 *
 * @example
 * ```ts
 * const c = compareMethodsOn(builtinCatalog());
 * c.results.map((r) => r.method); // ["wsm", "wpm", "topsis", "vikor", "promethee2"]
 * c.options[c.consensus.order[0]]; // "law-enforcement-cooperation"
 * ```
 */
export const compareMethodsOn = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): CatalogMethodComparison => orThrow(compareMethodsOnEither(catalog, assumptions));
