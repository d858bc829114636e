import fc from "fast-check";
import { methodNames } from "../methods/method-options";
import type { AssumptionsInput, RatingOverride } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import { documentedStates } from "../feasibility/documented-states";

/** What `assumptionsFor` may vary, and what it must keep. */
export interface AssumptionsShape {
  /** Preconditions held at these states in every sample. */
  readonly pin?: Readonly<Record<string, string>>;
  /** Vary presets and perspectives too (default true). */
  readonly startingPoints?: boolean;
  /** Vary the method (default: only the weighted sum). */
  readonly methods?: boolean;
  /** Vary the ratings within their intervals (default false). */
  readonly ratings?: boolean;
}

/**
 * Any state of every precondition of a catalog, with `pin` held fixed; shrinking goes toward the
 * latest documented states.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * fc.assert(fc.property(preconditionStates(catalog, { aumf: "enacted" }), (s) => s.aumf === "enacted"));
 * ```
 */
export const preconditionStates = (
  catalog: Catalog,
  pin: Readonly<Record<string, string>> = {},
): fc.Arbitrary<Record<string, string>> => {
  const documented = documentedStates(catalog);
  return fc.record(
    Object.fromEntries(
      catalog.preconditions.map((p) => {
        // The documented state first: fast-check shrinks toward it, so a counterexample keeps only
        // the states that differ for a reason.
        const today = documented[p.id];
        const states = [...p.states.map((s) => s.id)].sort((a, b) => +(b === today) - +(a === today));
        return [p.id, pin[p.id] !== undefined ? fc.constant(pin[p.id]!) : fc.constantFrom(...states)];
      }),
    ),
  );
};

/**
 * Weights for every criterion of a catalog (0..10, at least one > 0), by criterion id; shrinking
 * goes toward each criterion's default weight (rounded), so a counterexample keeps only the
 * weights that matter.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(criterionWeights(builtinCatalog()), (w) => Object.keys(w).length === 10));
 * ```
 */
export const criterionWeights = (catalog: Catalog): fc.Arbitrary<Record<string, number>> =>
  fc
    .record(
      Object.fromEntries(
        catalog.criteria.map((c) => {
          const d = Math.min(10, Math.max(0, Math.round(c.weight)));
          // Offsets shrink toward 0: the weight toward its default.
          return [c.id, fc.integer({ min: -d, max: 10 - d }).map((x) => x + d)];
        }),
      ),
    )
    .filter((w) => Object.values(w).some((x) => x > 0));

/**
 * Rating overrides that keep every rating of a catalog within its interval (the analyst's range).
 * Each rating is overridden or not; an override is the catalog's value plus an offset within the
 * interval, so that fast-check shrinks it toward the catalog's own rating and drops the overrides
 * a failure does not need: a counterexample lists only the ratings that matter.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * fc.assert(fc.property(ratingsWithinIntervals(catalog), (r) => (r["sof-raids"]?.speed?.value ?? 4) >= 4));
 * ```
 */
export const ratingsWithinIntervals = (
  catalog: Catalog,
): fc.Arbitrary<Record<string, Record<string, RatingOverride>>> =>
  fc
    .tuple(
      ...catalog.options.flatMap((o) =>
        catalog.criteria.map((c) => {
          const r = o.ratings[c.id]!;
          const [lo, hi] = r.interval ?? [r.value, r.value];
          // Offsets shrink toward 0, the catalog's value (which the interval contains).
          const override = fc.double({ min: lo - r.value, max: hi - r.value, noNaN: true }).map((offset) => ({
            option: o.id,
            criterion: c.id,
            value: Math.min(hi, Math.max(lo, r.value + offset)),
          }));
          return fc.option(override, { nil: undefined });
        }),
      ),
    )
    .map((cells) => {
      const out: Record<string, Record<string, RatingOverride>> = {};
      for (const cell of cells) {
        if (!cell) continue;
        (out[cell.option] ??= {})[cell.criterion] = {
          value: cell.value,
          rationale: "sampled within the analyst's interval",
        };
      }
      return out;
    });

/**
 * Assumptions valid for a catalog: precondition states (with `pin` held), weights, and optionally
 * a preset, a perspective, a method and ratings within their intervals. Shrinks toward fewer
 * changes, so a failing claim reports the smallest assumptions that break it.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * fc.assert(fc.property(assumptionsFor(catalog, { pin: { "mexican-consent": "opposed" } }), (a) => a.preconditions["mexican-consent"] === "opposed"));
 * ```
 */
export const assumptionsFor = (
  catalog: Catalog,
  shape: AssumptionsShape = {},
): fc.Arbitrary<AssumptionsInput> => {
  const optional = <T>(on: boolean | undefined, arb: fc.Arbitrary<T>) =>
    on ? fc.option(arb, { nil: undefined }) : fc.constant(undefined);
  const starts = shape.startingPoints ?? true;
  return fc
    .record({
      preconditions: preconditionStates(catalog, shape.pin),
      weights: criterionWeights(catalog),
      preset: optional(
        starts && catalog.presets.length > 0,
        fc.constantFrom(...catalog.presets.map((p) => p.id), "-"),
      ),
      perspective: optional(
        starts && catalog.perspectives.length > 0,
        fc.constantFrom(...catalog.perspectives.map((p) => p.id), "-"),
      ),
      method: optional(shape.methods, fc.constantFrom(...methodNames)),
      ratings: optional(shape.ratings, ratingsWithinIntervals(catalog)),
    })
    .map((a) => {
      const out: Record<string, unknown> = { preconditions: a.preconditions, weights: a.weights };
      if (a.preset && a.preset !== "-") out.preset = a.preset;
      if (a.perspective && a.perspective !== "-") {
        out.perspective = a.perspective;
        delete out.weights; // a perspective's weights, not random ones
      }
      if (a.method) out.method = a.method;
      if (a.ratings) out.ratings = a.ratings;
      return out as AssumptionsInput;
    });
};

/** Two scenarios that differ in exactly one assumption, and which one. */
export interface ScenarioPair {
  readonly a: AssumptionsInput;
  readonly b: AssumptionsInput;
  readonly changed: string;
}

/**
 * Pairs of assumptions for a catalog that differ in one thing only: one precondition's state, one
 * criterion's weight, or the method.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(scenarioPairs(builtinCatalog()), (p) => p.changed.length > 0));
 * ```
 */
export const scenarioPairs = (catalog: Catalog): fc.Arbitrary<ScenarioPair> =>
  fc
    .record({
      preconditions: preconditionStates(catalog),
      weights: criterionWeights(catalog),
      which: fc.constantFrom("precondition", "weight", "method"),
      precondition: fc.constantFrom(...catalog.preconditions.map((p) => p.id)),
      criterion: fc.constantFrom(...catalog.criteria.map((c) => c.id)),
      weight: fc.integer({ min: 0, max: 10 }),
      pick: fc.nat(),
      method: fc.constantFrom(...methodNames),
    })
    .map((x) => {
      const a: AssumptionsInput = { preconditions: x.preconditions, weights: x.weights };
      if (x.which === "precondition") {
        const states = catalog.preconditions.find((p) => p.id === x.precondition)!.states.map((s) => s.id);
        const others = states.filter((s) => s !== x.preconditions[x.precondition]);
        const to = others[x.pick % others.length]!;
        return {
          a,
          b: { ...a, preconditions: { ...x.preconditions, [x.precondition]: to } },
          changed: `preconditions.${x.precondition}`,
        };
      }
      if (x.which === "weight") {
        const to = x.weight === x.weights[x.criterion] ? x.weight + 1 : x.weight;
        return {
          a,
          b: { ...a, weights: { ...x.weights, [x.criterion]: to } },
          changed: `weights.${x.criterion}`,
        };
      }
      return {
        a: { ...a, method: "wsm" as const },
        b: { ...a, method: x.method === "wsm" ? ("topsis" as const) : x.method },
        changed: "method",
      };
    })
    .filter((p) => Object.values(p.b.weights ?? {}).some((w) => w > 0));
