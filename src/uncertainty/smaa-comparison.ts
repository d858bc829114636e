import * as E from "fp-ts/lib/Either.js";
import type { AssumptionsInput } from "../model/assumptions";
import { pipe } from "fp-ts/lib/function.js";
import { setupComparison } from "../comparison/setup";
import { fail, orThrow, type PolicyMatrixError } from "../errors";
import type { MethodOptions } from "../methods/method-options";
import type { Catalog } from "../model/catalog";
import { resolveAssumptionsEither, type ResolvedAssumptions } from "../scenario/resolve";
import type { SmaaResult } from "./finalize";
import { smaaEither, smaaSyncEither, type SmaaControl } from "./smaa";
import type { SmaaOptionsInput, SmaaProblem } from "./smaa-options";

/** A comparison's SMAA problem: the numbers, the method from the assumptions, and the labels. */
export interface ComparisonSmaaProblem {
  readonly problem: SmaaProblem;
  readonly method: MethodOptions;
  /** Option ids, in the problem's row order. */
  readonly options: readonly string[];
  /** Criterion ids, in the problem's column order. */
  readonly criteria: readonly string[];
  /** The assumptions, resolved: what the problem was built under. */
  readonly assumptions: ResolvedAssumptions;
}

/** An SMAA result with the option and criterion ids its rows and columns stand for, and its assumptions. */
export type ComparisonSmaa = SmaaResult & {
  readonly options: readonly string[];
  readonly criteria: readonly string[];
  readonly assumptions: ResolvedAssumptions;
};

/** Either twin of `comparisonSmaaProblem`. */
export const comparisonSmaaProblemEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, ComparisonSmaaProblem> =>
  pipe(
    resolveAssumptionsEither(catalog, assumptions),
    E.chain((a) => setupComparison(catalog, a)),
    E.map((s) => ({
      problem: {
        ...s.problem,
        intervals: s.intervals.map((row) =>
          row.map(([lo, hi]) => (lo === hi ? null : ([lo, hi] as [number, number]))),
        ),
        // Blocked options rank after every feasible one under `rank-last`, as in the comparison.
        tiers: s.included.map((f) => (s.assumptions.infeasible === "rank-last" && !f.feasible ? 1 : 0)),
        offsets: s.penalties.map((p) => -p.risk - p.infeasible),
      },
      method: s.method,
      options: s.ids,
      criteria: s.criteria.map((c) => c.id),
      assumptions: s.assumptions,
    })),
  );

/**
 * The SMAA problem behind a comparison: its matrix with every rating's interval, the assumptions'
 * weights (used by the `fixed` weight model), tiers for blocked options and offsets for penalties.
 * Feed it to `smaa`, `smaaShard` or the parallel runner with `method` from here.
 *
 * @example
 * ```ts
 * const p = comparisonSmaaProblem(builtinCatalog(), { method: "topsis" });
 * p.options.length; // 16
 * p.method.method; // "topsis"
 * ```
 */
export const comparisonSmaaProblem = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): ComparisonSmaaProblem => orThrow(comparisonSmaaProblemEither(catalog, assumptions));

type Options = Omit<SmaaOptionsInput, "method">;

/** Where the assumptions set weights (their own, a perspective's values, the risk burden's), if they do. */
export const weightsSetBy = (a: AssumptionsInput): string | undefined => {
  if (a.weights && Object.keys(a.weights).length > 0) return "assumptions.weights";
  const p = a.perspective;
  if (p !== undefined && (typeof p === "string" || p.use !== "beliefs"))
    return `the perspective '${typeof p === "string" ? p : p.id}' (its values)`;
  if ((a.riskBurden?.weight ?? 0) > 0) return "assumptions.riskBurden.weight";
  return undefined;
};

/**
 * SMAA's default samples every weight, so weights the assumptions set would go unused without a
 * word: the run must say what it does with them (`fixed` holds them, any other model samples).
 */
const weightsDecided = (
  assumptions: AssumptionsInput,
  options: Options,
): E.Either<PolicyMatrixError, void> => {
  const setBy =
    options !== null && typeof options === "object" && options.weights === undefined
      ? weightsSetBy(assumptions)
      : undefined;
  return setBy === undefined
    ? E.right(undefined)
    : fail(
        "invalid-input",
        "options.weights",
        `${setBy} sets weights, which SMAA's default (weights sampled uniformly) would not use: give weights { kind: "fixed" } to hold them (only ratings vary), or { kind: "simplex" } to sample every weight`,
      );
};
const label =
  (p: ComparisonSmaaProblem) =>
  (r: SmaaResult): ComparisonSmaa => ({
    ...r,
    options: p.options,
    criteria: p.criteria,
    assumptions: p.assumptions,
  });

/** The Either twin of `smaaCompare`. */
export const smaaCompareEither = async (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
  options: Options = {},
  control: SmaaControl = {},
): Promise<E.Either<PolicyMatrixError, ComparisonSmaa>> => {
  const p = pipe(
    comparisonSmaaProblemEither(catalog, assumptions),
    E.chainFirst(() => weightsDecided(assumptions, options)),
  );
  if (E.isLeft(p)) return p;
  return E.map(label(p.right))(
    await smaaEither(p.right.problem, { ...options, method: p.right.method }, control),
  );
};

/**
 * SMAA of a comparison: how sure can one be of its ranking, given that weights are contested and
 * ratings are judgments with intervals? Samples weights (uniform on the simplex by default) and
 * every rating within its interval (`ratings: "fixed"` holds them), under the assumptions' method;
 * blocked options are handled as the assumptions say. When the assumptions set weights (their
 * own, a perspective's values, the risk burden's), `options.weights` must say what to do with
 * them: `{ kind: "fixed" }` holds them, another model samples every weight; without it the run is
 * refused rather than quietly ignore them. Asynchronous, with progress and cancellation (see `smaa`).
 *
 * @example
 * ```ts
 * const r = await smaaCompare(builtinCatalog(), {}, { samples: 20000, seed: 1 });
 * r.options.indexOf("ground-intervention"); // 15
 * r.acceptability[r.options.indexOf("ground-intervention")][0]; // 0
 * ```
 */
export const smaaCompare = async (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
  options: Options = {},
  control: SmaaControl = {},
): Promise<ComparisonSmaa> => orThrow(await smaaCompareEither(catalog, assumptions, options, control));

/** The Either twin of `smaaCompareSync`. */
export const smaaCompareSyncEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
  options: Options = {},
): E.Either<PolicyMatrixError, ComparisonSmaa> =>
  pipe(
    comparisonSmaaProblemEither(catalog, assumptions),
    E.chainFirst(() => weightsDecided(assumptions, options)),
    E.chain((p) => pipe(smaaSyncEither(p.problem, { ...options, method: p.method }), E.map(label(p)))),
  );

/**
 * SMAA of a comparison on this thread, in one go (see `smaaCompare`).
 *
 * @example
 * ```ts
 * const r = smaaCompareSync(builtinCatalog(), { preset: "2025-08" }, { samples: 5000 });
 * r.acceptability.length; // 16
 * ```
 */
export const smaaCompareSync = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
  options: Options = {},
): ComparisonSmaa => orThrow(smaaCompareSyncEither(catalog, assumptions, options));
