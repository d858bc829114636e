import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { orThrow, type PolicyMatrixError } from "../errors";
import { parseMethod, type MethodOptions } from "../methods/method-options";
import { prepareProblem, type DecisionProblem, type PreparedProblem } from "../methods/problem";
import { runMethod } from "../methods/score-matrix";
import { TIE_TOLERANCE, tied } from "../methods/ranking";
import { makeKernel, type Kernel } from "../uncertainty/kernels";
import { reweight } from "./reweight";

/** Numeric searches (every method but the weighted sum) stop within this distance of the boundary. */
export const STABILITY_TOLERANCE = 1e-6;
const GRID = 400;

/** Over which range of one criterion's weight (others rescaled in proportion) the result stays put. */
export interface WeightStability {
  readonly criterion: number;
  /** The criterion's current share of the weights. */
  readonly weight: number;
  /** The weight interval over which the top option stays the same. */
  readonly top: readonly [number, number];
  /** The weight interval over which the whole ranking stays the same. */
  readonly ranking: readonly [number, number];
  /**
   * True where the crossings are solved in closed form: the weighted sum, PROMETHEE II and the
   * weighted product on the log scale (scores linear in the weight), and TOPSIS (squared distances
   * quadratic in it); for the product and TOPSIS, only without offsets. False for VIKOR (and those
   * two with offsets): found numerically, on a grid of 1/400 and then to `STABILITY_TOLERANCE`; a
   * change and change back between two grid points can be missed.
   */
  readonly exact: boolean;
}

/** Tiers (a lower tier ranks first) and offsets (added to scores), as in SMAA and comparisons. */
export interface Extras {
  readonly tiers?: readonly number[] | undefined;
  readonly offsets?: readonly number[] | undefined;
}

/** Scores of all options (offsets added) with criterion j's weight at t: a reusable evaluator. */
export const scorerAt = (p: PreparedProblem, method: MethodOptions, extras: Extras = {}) => {
  const kernel: Kernel = makeKernel(p, method);
  kernel.prepare(p.values);
  const w = new Float64Array(p.columns);
  return (j: number, t: number, out: Float64Array) => {
    kernel.score(reweight(p.weights, j, t, w), out);
    if (extras.offsets) for (let i = 0; i < out.length; i++) out[i] = out[i]! + extras.offsets[i]!;
  };
};

const tierOf = (extras: Extras, i: number) => extras.tiers?.[i] ?? 0;

const orderOf = (scores: Float64Array, extras: Extras): number[] =>
  Array.from(scores, (_, i) => i).sort(
    (a, b) => tierOf(extras, a) - tierOf(extras, b) || scores[b]! - scores[a]! || a - b,
  );

/**
 * The ranking as the score table states it: each option's rank, options of a tier whose scores tie
 * (within `TIE_TOLERANCE`, in a chain) sharing one; or, for the top, which options share rank 1.
 * Rounding noise between options that tie whatever the weight does not change it.
 */
const rankingKey = (scores: Float64Array, extras: Extras, full: boolean): string => {
  const order = orderOf(scores, extras);
  const ranks = new Array<number>(order.length);
  order.forEach((i, position) => {
    const previous = order[position - 1];
    ranks[i] =
      previous !== undefined &&
      tierOf(extras, previous) === tierOf(extras, i) &&
      tied(scores[previous]!, scores[i]!)
        ? ranks[previous]!
        : position + 1;
  });
  return full ? ranks.join(",") : order.filter((i) => ranks[i] === 1).join(",");
};

/**
 * Whether scores are linear in a weight, so that crossings can be solved exactly: the weighted sum
 * and PROMETHEE II net flows are; the weighted product is on the log scale (when no offsets are
 * added to it).
 */
export const isLinearInWeights = (method: MethodOptions, extras: Extras): boolean =>
  method.method === "wsm" ||
  method.method === "promethee2" ||
  (method.method === "wpm" && !extras.offsets?.some((x) => x !== 0));

/** TOPSIS without offsets: its crossings are roots of a quadratic (see `closenessCrossings`). */
export const hasClosedForm = (method: MethodOptions, extras: Extras): boolean =>
  method.method === "topsis" && !extras.offsets?.some((x) => x !== 0);

/** Scores at a weight on the scale where they are linear in it (logarithms for the weighted product). */
export const linearScorer = (p: PreparedProblem, method: MethodOptions, extras: Extras) => {
  const score = scorerAt(p, method, extras);
  return (j: number, t: number, out: Float64Array) => {
    score(j, t, out);
    if (method.method === "wpm") for (let i = 0; i < out.length; i++) out[i] = Math.log(out[i]!);
  };
};

/** Exact intervals where scores are linear in t: each pair crosses at most once. */
const linearIntervals = (p: PreparedProblem, method: MethodOptions, j: number, extras: Extras) => {
  const score = linearScorer(p, method, extras);
  const at0 = new Float64Array(p.rows);
  const at1 = new Float64Array(p.rows);
  score(j, 0, at0);
  score(j, 1, at1);
  const t0 = p.weights[j]!;
  const now = at0.map((x, i) => x + (at1[i]! - x) * t0);
  const order = orderOf(now, extras);
  // d(t) = difference of a pair's scores, linear: d(t) = d0 + (d1 − d0) t, positive at t0.
  const keep = (a: number, b: number, range: [number, number]) => {
    if (tierOf(extras, a) !== tierOf(extras, b)) return; // different tiers never swap
    const d0 = at0[a]! - at0[b]!;
    const d1 = at1[a]! - at1[b]!;
    const scale = TIE_TOLERANCE * Math.max(1, Math.abs(at0[a]!), Math.abs(at1[a]!));
    // Parallel lines never cross (and, tied now, stay tied whatever the weight).
    if (Math.abs(d1 - d0) <= scale) return;
    if (Math.abs(d0 + (d1 - d0) * t0) <= scale) {
      // Tied at the current weight only: any move reorders them.
      range[0] = t0;
      range[1] = t0;
      return;
    }
    const cross = d0 / (d0 - d1);
    if (cross > t0) range[1] = Math.min(range[1], cross);
    else if (cross < t0) range[0] = Math.max(range[0], cross);
  };
  const top: [number, number] = [0, 1];
  for (const k of order.slice(1)) keep(order[0]!, k, top);
  const ranking: [number, number] = [...top];
  for (let x = 1; x < order.length; x++)
    for (let y = x + 1; y < order.length; y++) keep(order[x]!, order[y]!, ranking);
  return { top, ranking };
};

/** The real roots u >= 0 of c2 u² + c1 u + c0 (coefficients below `small` count as zero). */
const nonNegativeRoots = (c2: number, c1: number, c0: number, small: number): number[] => {
  if (Math.abs(c2) <= small) return Math.abs(c1) <= small ? [] : [-c0 / c1].filter((u) => u >= 0);
  const disc = c1 * c1 - 4 * c2 * c0;
  // A slightly negative discriminant is a touching point blurred by rounding: kept as a candidate.
  if (disc < -(small * small)) return [];
  const q = -(c1 + Math.sign(c1 || 1) * Math.sqrt(Math.max(0, disc))) / 2;
  return [q / c2, ...(q !== 0 ? [c0 / q] : [])].filter((u) => u >= 0);
};

/**
 * TOPSIS in closed form. With criterion j's weight at t and the others at (1 − t)βₖ, the ideal and
 * anti-ideal scale with the weights, so each squared distance is t²A + (1 − t)²B. Two closenesses
 * d⁻/(d⁺ + d⁻) are equal where d⁻ₐd⁺ᵦ = d⁻ᵦd⁺ₐ: squared and divided by (1 − t)⁴, where
 * c₂u² + c₁u + c₀ = 0 with u = (t / (1 − t))². Returns, for a pair of options, the weights in (0, 1)
 * where they may cross, or "always" where they score the same whatever the weight.
 */
export const closenessCrossings = (p: PreparedProblem, method: MethodOptions, j: number) => {
  const kernel = makeKernel(p, method);
  kernel.prepare(p.values);
  const gaps = kernel.wasm;
  if (gaps?.kind !== "closeness") throw new Error("closenessCrossings: not a TOPSIS kernel");
  const beta = reweight(p.weights, j, 0, new Float64Array(p.columns));
  const terms = (squares: Float64Array, i: number) => {
    let rest = 0;
    for (let k = 0; k < p.columns; k++)
      if (k !== j) rest += beta[k]! * beta[k]! * squares[i * p.columns + k]!;
    return { at: squares[i * p.columns + j]!, rest };
  };
  const plus = Array.from({ length: p.rows }, (_, i) => terms(gaps.toBest, i));
  const minus = Array.from({ length: p.rows }, (_, i) => terms(gaps.toWorst, i));
  return (a: number, b: number): number[] | "always" => {
    const [P, Q, R, S] = [plus[a]!.at, plus[a]!.rest, minus[a]!.at, minus[a]!.rest];
    const [Pb, Qb, Rb, Sb] = [plus[b]!.at, plus[b]!.rest, minus[b]!.at, minus[b]!.rest];
    // (u R + S)(u Pb + Qb) − (u Rb + Sb)(u P + Q)
    const c2 = R * Pb - Rb * P;
    const c1 = R * Qb + S * Pb - Rb * Q - Sb * P;
    const c0 = S * Qb - Sb * Q;
    const small = 1e-12 * (R + S + Rb + Sb) * (P + Q + Pb + Qb);
    if (Math.abs(c2) <= small && Math.abs(c1) <= small && Math.abs(c0) <= small) return "always";
    return nonNegativeRoots(c2, c1, c0, small)
      .map((u) => Math.sqrt(u) / (1 + Math.sqrt(u)))
      .filter((t) => t > 0 && t < 1);
  };
};

/**
 * Exact TOPSIS intervals: every weight where two options may cross is known, so between two
 * neighbouring ones the order is that of any point inside; walking out from the current weight,
 * an interval ends at the first crossing after which the order differs.
 */
const closedFormIntervals = (p: PreparedProblem, method: MethodOptions, j: number, extras: Extras) => {
  const crossings = closenessCrossings(p, method, j);
  const score = scorerAt(p, method, extras);
  const buffer = new Float64Array(p.rows);
  const t0 = p.weights[j]!;
  score(j, t0, buffer);
  const now = Float64Array.from(buffer);
  const order = orderOf(now, extras);
  const key = (t: number, full: boolean) => {
    score(j, t, buffer);
    return rankingKey(buffer, extras, full);
  };
  const interval = (pairs: (readonly [number, number])[], full: boolean): [number, number] => {
    const points: number[] = [];
    for (const [a, b] of pairs) {
      if (tierOf(extras, a) !== tierOf(extras, b)) continue; // different tiers never swap
      const found = crossings(a, b);
      if (found === "always") continue;
      // Tied at the current weight only: any move reorders them.
      if (tied(now[a]!, now[b]!)) return [t0, t0];
      points.push(...found);
    }
    points.sort((x, y) => x - y);
    const target = rankingKey(now, extras, full);
    const reach = (ahead: number[], end: number) => {
      let from = t0;
      for (const point of [...ahead, end]) {
        if (key((from + point) / 2, full) !== target) return from;
        from = point;
      }
      return end;
    };
    return [
      reach(points.filter((t) => t < t0).reverse(), 0),
      reach(
        points.filter((t) => t > t0),
        1,
      ),
    ];
  };
  const top = order.slice(1).map((k) => [order[0]!, k] as const);
  const all = order.flatMap((a, x) => order.slice(x + 1).map((b) => [a, b] as const));
  return { top: interval(top, false), ranking: interval(all, true) };
};

/** Numeric intervals: scan outward on a grid, then bisect to the tolerance. */
const scannedIntervals = (p: PreparedProblem, method: MethodOptions, j: number, extras: Extras) => {
  const score = scorerAt(p, method, extras);
  const buffer = new Float64Array(p.rows);
  const t0 = p.weights[j]!;
  score(j, t0, buffer);
  const now = Float64Array.from(buffer);
  const key = (t: number, full: boolean) => {
    score(j, t, buffer);
    return rankingKey(buffer, extras, full);
  };
  const edge = (full: boolean, direction: 1 | -1): number => {
    const target = rankingKey(now, extras, full);
    let inside = t0;
    for (let k = 1; k <= GRID; k++) {
      const t = Math.min(1, Math.max(0, t0 + (direction * k) / GRID));
      if (key(t, full) !== target) {
        let outside = t;
        while (Math.abs(outside - inside) > STABILITY_TOLERANCE) {
          const mid = (inside + outside) / 2;
          if (key(mid, full) === target) inside = mid;
          else outside = mid;
        }
        return inside;
      }
      inside = t;
      if (t === 0 || t === 1) break;
    }
    return inside;
  };
  return {
    top: [edge(false, -1), edge(false, 1)] as [number, number],
    ranking: [edge(true, -1), edge(true, 1)] as [number, number],
  };
};

/** The problem prepared and the method parsed, the method run once on it to check it applies. */
export const preparedWithMethod = (
  problem: DecisionProblem,
  methodInput: MethodOptions,
): E.Either<PolicyMatrixError, { p: PreparedProblem; method: MethodOptions }> =>
  pipe(
    parseMethod(methodInput),
    E.chain((method) =>
      pipe(
        prepareProblem(problem),
        E.chainFirst((p) => runMethod(p, method)),
        E.map((p) => ({ p, method })),
      ),
    ),
  );

/** The Either twin of `weightStability`. */
export const weightStabilityEither = (
  problem: DecisionProblem & Extras,
  methodInput: MethodOptions = { method: "wsm" },
): E.Either<PolicyMatrixError, WeightStability[]> =>
  pipe(
    preparedWithMethod(problem, methodInput),
    E.map(({ p, method }) =>
      Array.from({ length: p.columns }, (_, j) => {
        const linear = isLinearInWeights(method, problem);
        const exact = linear || hasClosedForm(method, problem);
        const found = linear
          ? linearIntervals(p, method, j, problem)
          : exact
            ? closedFormIntervals(p, method, j, problem)
            : scannedIntervals(p, method, j, problem);
        return { criterion: j, weight: p.weights[j]!, ...found, exact };
      }),
    ),
  );

/**
 * For each criterion, the interval of its weight (the others rescaled in proportion) over which
 * the top option, and the whole ranking, stay the same: exact where scores are linear in the weight
 * (the weighted sum, PROMETHEE II, the weighted product on the log scale) and for TOPSIS (crossings
 * are roots of a quadratic); numeric within `STABILITY_TOLERANCE` for VIKOR, and for TOPSIS and the
 * product with offsets (a scan outward from the current weight on a grid of 1/400, then bisection;
 * it reports the interval around the current weight). Options tied at the current weight make the
 * interval a single point. Optional `tiers` and `offsets` act as in SMAA (a lower tier always
 * ranks first).
 *
 * @example
 * ```ts
 * const s = weightStability({ matrix: [[1, 0], [0, 1]], weights: [3, 1], directions: ["benefit", "benefit"] });
 * s[0].top; // [0.5, 1]
 * ```
 */
export const weightStability = (
  problem: DecisionProblem & Extras,
  method: MethodOptions = { method: "wsm" },
): WeightStability[] => orThrow(weightStabilityEither(problem, method));
