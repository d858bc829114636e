import * as E from "fp-ts/lib/Either.js";
import type { AssumptionsInput } from "../model/assumptions";
import { pipe } from "fp-ts/lib/function.js";
import { fail, orThrow, type PolicyMatrixError } from "../errors";
import type { Catalog } from "../model/catalog";
import { comparisonSmaaProblemEither, type ComparisonSmaaProblem } from "../uncertainty/smaa-comparison";
import { breakEvenEither, type BreakEven } from "./break-even";
import { weightStabilityEither, type WeightStability } from "./stability";
import { tornadoEither, type TornadoBar } from "./tornado";

/** A stability interval labelled with its criterion's id. */
export type CriterionStability = Omit<WeightStability, "criterion"> & { readonly criterion: string };
/** A tornado bar labelled with its criterion's id. */
export type CriterionTornadoBar = Omit<TornadoBar, "criterion"> & { readonly criterion: string };

const indexOf = (p: ComparisonSmaaProblem, kind: "options" | "criteria", id: string, path: string) => {
  const k = p[kind].indexOf(id);
  return k >= 0
    ? E.right(k)
    : fail<number>(
        "invalid-input",
        path,
        `unknown ${kind === "options" ? "option" : "criterion"} '${id}' (known: ${p[kind].join(", ")})`,
      );
};

/** The Either twin of `stabilityCompare`. */
export const stabilityCompareEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, CriterionStability[]> =>
  pipe(
    comparisonSmaaProblemEither(catalog, assumptions),
    E.chain((p) =>
      pipe(
        weightStabilityEither(p.problem, p.method),
        E.map((all) => all.map((s) => ({ ...s, criterion: p.criteria[s.criterion]! }))),
      ),
    ),
  );

/**
 * Weight stability of a comparison: for each criterion, the range of its weight share over which
 * the top option and the whole ranking stay as they are (blocked options and penalties as in the
 * comparison). See `weightStability`.
 *
 * @example
 * ```ts
 * const s = stabilityCompare(builtinCatalog()).find((x) => x.criterion === "legal-exposure");
 * s.top[0] <= s.weight && s.weight <= s.top[1]; // true
 * ```
 */
export const stabilityCompare = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): CriterionStability[] => orThrow(stabilityCompareEither(catalog, assumptions));

/** The Either twin of `tornadoCompare`. */
export const tornadoCompareEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
  option: string,
): E.Either<PolicyMatrixError, CriterionTornadoBar[]> =>
  pipe(
    comparisonSmaaProblemEither(catalog, assumptions),
    E.chain((p) =>
      pipe(
        indexOf(p, "options", option, "option"),
        E.chain((i) => tornadoEither(p.problem, i, p.method)),
        E.map((bars) => bars.map((b) => ({ ...b, criterion: p.criteria[b.criterion]! }))),
      ),
    ),
  );

/**
 * A tornado for one option of a comparison: its score with each rating at the ends of the rating's
 * interval, one at a time, largest swing first.
 *
 * @example
 * ```ts
 * tornadoCompare(builtinCatalog(), {}, "training-fid")[0].criterion; // "mexican-role"
 * ```
 */
export const tornadoCompare = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
  option: string,
): CriterionTornadoBar[] => orThrow(tornadoCompareEither(catalog, assumptions, option));

/** The Either twin of `breakEvenCompare`. */
export const breakEvenCompareEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
  a: string,
  b: string,
  criterion: string,
): E.Either<PolicyMatrixError, (Omit<BreakEven, "leaderBelow"> & { readonly leaderBelow: string }) | null> =>
  pipe(
    comparisonSmaaProblemEither(catalog, assumptions),
    E.chain((p) =>
      pipe(
        E.Do,
        E.apS("i", indexOf(p, "options", a, "a")),
        E.apS("k", indexOf(p, "options", b, "b")),
        E.apS("j", indexOf(p, "criteria", criterion, "criterion")),
        E.chain(({ i, k, j }) => breakEvenEither(p.problem, i, k, j, p.method)),
        E.map((r) => (r ? { ...r, leaderBelow: p.options[r.leaderBelow]! } : null)),
      ),
    ),
  );

/**
 * The weight share of a criterion at which two options of a comparison would score the same.
 *
 * @example
 * ```ts
 * const r = breakEvenCompare(builtinCatalog(), {}, "law-enforcement-cooperation", "intelligence-sharing", "speed");
 * r.leaderBelow; // "law-enforcement-cooperation"
 * r.exact; // true
 * ```
 */
export const breakEvenCompare = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
  a: string,
  b: string,
  criterion: string,
) => orThrow(breakEvenCompareEither(catalog, assumptions, a, b, criterion));
