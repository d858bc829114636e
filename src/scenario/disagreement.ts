import * as E from "fp-ts/lib/Either.js";
import { compareEither } from "../comparison/compare";
import { orThrow, PolicyMatrixError } from "../errors";
import type { AssumptionsInput } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import type { Evidence } from "../model/evidence";
import type { Perspective, RatingBelief } from "../model/perspective";
import { ASSUMPTIONS_OBJECT, catalogArgument, objectArgument } from "../model/arguments";
import { sameOptions, topOptions } from "./diff";
import { firstUnderWeights } from "../discovery/space";

/** What two actors' disagreement comes from: nothing (they agree), their values, their beliefs, or both. */
export type DisagreementSource = "nothing" | "values" | "beliefs" | "both";

/** One change of a single assumption after which both actors put the same option(s) first. */
export type Crux =
  | {
      readonly kind: "state";
      readonly precondition: string;
      readonly from: string;
      readonly to: string;
      /** The options both put first after the change. */
      readonly top: readonly string[];
    }
  | {
      readonly kind: "weight";
      /** The actor whose weight on this criterion moves, its other weights held. */
      readonly actor: string;
      readonly criterion: string;
      /** Its weight, and the nearest weight (to 3 decimals) at which both put the same option first. */
      readonly from: number;
      readonly to: number;
      /** The other actor's weight on this criterion, for comparison. */
      readonly other: number;
      readonly top: readonly string[];
    }
  | {
      readonly kind: "belief";
      /** The actor who gives up its belief (`drops`) or takes the other's (`adopts`). */
      readonly actor: string;
      readonly change: "drops" | "adopts";
      readonly option: string;
      readonly criterion: string;
      /** The belief's rating, and what it rests on: the quote behind the belief this changes. */
      readonly value: number;
      readonly rationale: string;
      readonly evidence: readonly Evidence[];
      readonly top: readonly string[];
    };

/** Where two perspectives part, and what single change would bring them to the same first option. */
export interface Disagreement {
  readonly a: string;
  readonly b: string;
  /** The precondition states and the method both were compared under. */
  readonly states: Readonly<Record<string, string>>;
  readonly method: string;
  /** Each one's first option(s), by its values and beliefs. */
  readonly top: { readonly a: readonly string[]; readonly b: readonly string[] };
  /**
   * The first options with values and beliefs exchanged: A's weights on B's beliefs, and B's
   * weights on A's beliefs (each on the analyst's ratings where the beliefs are silent).
   */
  readonly exchanged: {
    readonly aValuesBBeliefs: readonly string[];
    readonly bValuesABeliefs: readonly string[];
  };
  /**
   * `values` when the first option follows the weights in both exchanges, `beliefs` when it follows
   * the beliefs, `both` otherwise; `nothing` when they agree already.
   */
  readonly differIn: DisagreementSource;
  /** Each single change (a state, one weight moved as little as needed, one belief dropped or taken) that makes them agree. */
  readonly cruxes: readonly Crux[];
}

/** Every criterion's weight under a perspective (criteria it leaves out weigh 0). */
const fullWeights = (catalog: Catalog, p: Perspective): Record<string, number> =>
  Object.fromEntries(catalog.criteria.map((c) => [c.id, p.weights[c.id] ?? 0]));

/** The catalog with one perspective's rating beliefs replaced (the rest untouched). */
const withBeliefs = (catalog: Catalog, id: string, ratings: readonly RatingBelief[]): Catalog => ({
  ...catalog,
  perspectives: catalog.perspectives.map((p) =>
    p.id === id ? { ...p, beliefs: { ...p.beliefs, ratings: [...ratings] } } : p,
  ),
});

const perspectiveOf = (
  catalog: Catalog,
  id: unknown,
  path: string,
): E.Either<PolicyMatrixError, Perspective> => {
  const p = catalog.perspectives.find((x) => x.id === id);
  return p
    ? E.right(p)
    : E.left(
        new PolicyMatrixError("invalid-input", [
          {
            path,
            message: `unknown perspective ${typeof id === "string" ? `'${id}'` : String(id)} (known: ${catalog.perspectives.map((x) => x.id).join(", ")})`,
          },
        ]),
      );
};

/** The Either twin of `disagreement`. */
export const disagreementEither = (
  catalog: Catalog,
  a: string,
  b: string,
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, Disagreement> => {
  const given = catalogArgument(catalog);
  if (E.isLeft(given)) return given;
  const object = objectArgument(assumptions, "assumptions", ASSUMPTIONS_OBJECT, "invalid-assumptions");
  if (E.isLeft(object)) return object;
  const pa = perspectiveOf(catalog, a, "a");
  if (E.isLeft(pa)) return pa;
  const pb = perspectiveOf(catalog, b, "b");
  if (E.isLeft(pb)) return pb;
  const taken = (["perspective", "weights"] as const).filter((k) => {
    const v: unknown = assumptions[k];
    return v !== undefined && !(typeof v === "object" && v !== null && Object.keys(v).length === 0);
  });
  if (taken.length > 0) {
    return E.left(
      new PolicyMatrixError(
        "invalid-assumptions",
        taken.map((k) => ({
          path: `assumptions.${k}`,
          message: `each actor brings its own ${k === "weights" ? "weights" : "perspective"}, so this would be ignored; leave it out`,
        })),
      ),
    );
  }
  try {
    return E.right(disagreementOf(catalog, pa.right, pb.right, assumptions));
  } catch (error) {
    if (error instanceof PolicyMatrixError) return E.left(error);
    throw error;
  }
};

const disagreementOf = (
  catalog: Catalog,
  pa: Perspective,
  pb: Perspective,
  base: AssumptionsInput,
): Disagreement => {
  const run = (c: Catalog, assumptions: AssumptionsInput) =>
    topOptions(orThrow(compareEither(c, assumptions)));
  const both = (c: Catalog, id: string, extra: AssumptionsInput = {}) =>
    run(c, { ...base, ...extra, perspective: { id, use: "values-and-beliefs", conditions: false } });
  const mixed = (values: Perspective, beliefs: Perspective) =>
    run(catalog, {
      ...base,
      perspective: { id: beliefs.id, use: "beliefs", conditions: false },
      weights: fullWeights(catalog, values),
    });
  const top = { a: both(catalog, pa.id), b: both(catalog, pb.id) };
  const exchanged = { aValuesBBeliefs: mixed(pa, pb), bValuesABeliefs: mixed(pb, pa) };
  const agree = sameOptions(top.a, top.b);
  const differIn: DisagreementSource = agree
    ? "nothing"
    : sameOptions(exchanged.aValuesBBeliefs, top.a) && sameOptions(exchanged.bValuesABeliefs, top.b)
      ? "values"
      : sameOptions(exchanged.aValuesBBeliefs, top.b) && sameOptions(exchanged.bValuesABeliefs, top.a)
        ? "beliefs"
        : "both";
  const under = orThrow(compareEither(catalog, base));
  const context = {
    a: pa.id,
    b: pb.id,
    states: under.assumptions.preconditions,
    method: under.method.method,
  };
  if (agree) return { ...context, top, exchanged, differIn, cruxes: [] };

  const cruxes: Crux[] = [];
  const agreeing = (x: string[], y: string[]) => (sameOptions(x, y) ? x : undefined);

  // One precondition in another state, for both.
  const states = context.states;
  for (const pre of catalog.preconditions) {
    for (const s of pre.states) {
      if (s.id === states[pre.id]) continue;
      const preconditions = { ...(base.preconditions ?? {}), [pre.id]: s.id };
      const t = agreeing(both(catalog, pa.id, { preconditions }), both(catalog, pb.id, { preconditions }));
      if (t) cruxes.push({ kind: "state", precondition: pre.id, from: states[pre.id]!, to: s.id, top: t });
    }
  }

  // One actor's weight on one criterion moved (its other weights held) as little as makes it put
  // the other's first option first.
  for (const [mover, other, target] of [
    [pa, pb, top.b],
    [pb, pa, top.a],
  ] as const) {
    const first = firstUnderWeights(catalog, {
      ...base,
      perspective: { id: mover.id, use: "beliefs", conditions: false },
    });
    const own = catalog.criteria.map((c) => mover.weights[c.id] ?? 0);
    const reach = Math.max(
      10,
      2 * Math.max(...own, ...catalog.criteria.map((c) => other.weights[c.id] ?? 0)),
    );
    catalog.criteria.forEach((c, j) => {
      const at = (w: number) => {
        const weights = own.map((x, k) => (k === j ? w : x));
        return weights.some((x) => x > 0) && sameOptions(first(weights), target);
      };
      const to = nearestAgreement(at, own[j]!, reach);
      if (to === undefined) return;
      const t = run(catalog, {
        ...base,
        perspective: { id: mover.id, use: "values-and-beliefs", conditions: false },
        weights: { ...fullWeights(catalog, mover), [c.id]: to },
      });
      // The comparison itself confirms the change (the search scores with SMAA's kernels).
      if (sameOptions(t, target)) {
        cruxes.push({
          kind: "weight",
          actor: mover.id,
          criterion: c.id,
          from: own[j]!,
          to,
          other: other.weights[c.id] ?? 0,
          top: t,
        });
      }
    });
  }

  // One actor drops one of its beliefs, or takes one of the other's (in place of its own there).
  for (const [mover, other, target] of [
    [pa, pb, top.b],
    [pb, pa, top.a],
  ] as const) {
    const own = mover.beliefs.ratings;
    const cell = (x: RatingBelief) => `${x.option}\n${x.criterion}`;
    own.forEach((belief, k) => {
      const t = both(
        withBeliefs(
          catalog,
          mover.id,
          own.filter((_, j) => j !== k),
        ),
        mover.id,
      );
      if (sameOptions(t, target))
        cruxes.push({ kind: "belief", actor: mover.id, change: "drops", ...beliefOf(belief), top: t });
    });
    for (const belief of other.beliefs.ratings) {
      const t = both(
        withBeliefs(catalog, mover.id, [...own.filter((x) => cell(x) !== cell(belief)), belief]),
        mover.id,
      );
      if (sameOptions(t, target))
        cruxes.push({ kind: "belief", actor: mover.id, change: "adopts", ...beliefOf(belief), top: t });
    }
  }
  return { ...context, top, exchanged, differIn, cruxes };
};

/**
 * The weight nearest to `from` within [0, reach] at which `agrees` holds: scanned outward from
 * `from` in steps of reach/400 on both sides, the first change of verdict then narrowed by
 * bisection, and the agreeing end rounded to 3 decimals away from `from` (kept only if it still
 * agrees). An agreement narrower than a step can be missed.
 */
const nearestAgreement = (
  agrees: (w: number) => boolean,
  from: number,
  reach: number,
): number | undefined => {
  if (agrees(from)) return from;
  const step = reach / 400;
  for (let k = 1; k <= 400; k++) {
    for (const sign of [-1, 1]) {
      const w = from + sign * k * step;
      if (w < 0 || w > reach || !agrees(w)) continue;
      // Between the last disagreeing point and this one: bisect to the boundary.
      let inside = w;
      let outside = Math.max(0, from + sign * (k - 1) * step);
      for (let i = 0; i < 40 && Math.abs(inside - outside) > 1e-9 * reach; i++) {
        const mid = (inside + outside) / 2;
        if (agrees(mid)) inside = mid;
        else outside = mid;
      }
      const rounded = sign > 0 ? Math.ceil(inside * 1000) / 1000 : Math.floor(inside * 1000) / 1000;
      return agrees(rounded) ? rounded : inside;
    }
  }
  return undefined;
};

const beliefOf = (b: RatingBelief) => ({
  option: b.option,
  criterion: b.criterion,
  value: b.value,
  rationale: b.rationale,
  evidence: b.evidence,
});

/**
 * Where two actors part: each one's first option by its values and beliefs; the same with values
 * and beliefs exchanged (A's weights on B's beliefs, B's weights on A's), which says whether they
 * differ in what they value, in what they believe, or in both; and the cruxes: each single change
 * after which both put the same option first (one precondition state for both; one actor's weight on
 * one criterion moved as little as needed, its other weights held; or one actor dropping one of its
 * beliefs or taking one of the other's), each belief with the quote it rests on. The assumptions set the rest (states, method)
 * and must not carry weights or a perspective. Risk beliefs are not tried: risks are outside the
 * score unless `riskBurden` weighs them.
 *
 * @example
 * ```ts
 * const d = disagreement(builtinCatalog(), "heritage", "bi-experts");
 * [d.top.a, d.exchanged.aValuesBBeliefs, d.differIn]; // [["economic-leverage"], ["law-enforcement-cooperation", "intelligence-sharing"], "both"]
 * // Economic leverage leads Heritage's ranking narrowly: eight single changes bring them together,
 * // the first a smaller weight on drug flow, 2 -> 1.249.
 * [d.cruxes.length, d.cruxes[0].criterion, d.cruxes[0].to]; // [8, "drug-flow", 1.249]
 * const { kind, actor, criterion, from, to, top } = disagreement(builtinCatalog(), "hard-line", "sheinbaum").cruxes[0];
 * [kind, actor, criterion, from, to, top]; // ["weight", "hard-line", "speed", 4, 1.999, ["law-enforcement-cooperation"]]
 * ```
 */
export const disagreement = (
  catalog: Catalog,
  a: string,
  b: string,
  assumptions: AssumptionsInput = {},
): Disagreement => orThrow(disagreementEither(catalog, a, b, assumptions));
