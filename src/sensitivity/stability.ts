import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { orThrow, type PolicyMatrixError } from "../errors";
import { parseMethod, type MethodOptions } from "../methods/method-options";
import { CONSTANT_SPREAD } from "../matrix/normalize";
import { prepareProblem, type DecisionProblem, type PreparedProblem } from "../methods/problem";
import { runMethod } from "../methods/score-matrix";
import { TIE_TOLERANCE, tied } from "../methods/ranking";
import { makeKernel, type Kernel } from "../uncertainty/kernels";
import { reweight } from "./reweight";
import { maxOf, minOf } from "../matrix/extremes";

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
   * weighted product on the log scale (scores linear in the weight), TOPSIS (squared distances
   * quadratic in it) and VIKOR (piecewise: a quadratic on each piece). False for the product and
   * TOPSIS with offsets: found numerically, on a grid of 1/400 and then to `STABILITY_TOLERANCE`; a
   * change and change back between two grid points can be missed.
   */
  readonly exact: boolean;
}

/** Tiers (a lower tier ranks first) and offsets (added to scores), as in SMAA and comparisons. */
export interface Extras {
  readonly tiers?: readonly number[] | undefined;
  readonly offsets?: readonly number[] | undefined;
}

/** Scores of all options (offsets added) with criterion j's weight at t: a reusable evaluator (the weighted product on the log scale with `"log"`). */
export const scorerAt = (
  p: PreparedProblem,
  method: MethodOptions,
  extras: Extras = {},
  scale: "score" | "log" = "score",
) => {
  const kernel: Kernel = makeKernel(p, method, scale);
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
  return full
    ? ranks.join(",")
    : order
        .filter((i) => ranks[i] === 1)
        .sort((a, b) => a - b)
        .join(",");
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

/** Scores at a weight on the scale where they are linear in it (logarithms for the weighted product). */
export const linearScorer = (p: PreparedProblem, method: MethodOptions, extras: Extras) =>
  scorerAt(p, method, extras, "log");

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

/** The real roots of c2 x² + c1 x + c0 (coefficients within `small` of 0 count as 0; none if all are). */
const quadraticRoots = (c2: number, c1: number, c0: number, small: number): number[] => {
  if (Math.abs(c2) <= small) return Math.abs(c1) <= small ? [] : [-c0 / c1];
  const disc = c1 * c1 - 4 * c2 * c0;
  // A slightly negative discriminant is a touching point blurred by rounding: kept as a candidate.
  if (disc < -(small * small)) return [];
  const q = -(c1 + Math.sign(c1 || 1) * Math.sqrt(Math.max(0, disc))) / 2;
  return [q / c2, ...(q !== 0 ? [c0 / q] : [])];
};

/** A line x0 + x1 t, and the product of two (a quadratic, lowest power first). */
type Line = readonly [number, number];
const times = (x: Line, y: Line): [number, number, number] => [
  x[0] * y[0],
  x[0] * y[1] + x[1] * y[0],
  x[1] * y[1],
];
const minus = (x: Line, y: Line): Line => [x[0] - y[0], x[1] - y[1]];

/**
 * Where a pair of options can swap as criterion j's weight moves, for the methods whose scores are
 * not linear in it but piecewise simple: `breaks` are the weights where the pieces change (inside
 * (0, 1)); `between(lo, hi)` gives, for a pair, the weights in (lo, hi) (one piece) where their
 * scores may be equal, or "always" where they are equal throughout.
 */
export interface Crossings {
  readonly breaks: readonly number[];
  readonly between: (lo: number, hi: number) => (a: number, b: number) => number[] | "always";
}

/**
 * TOPSIS. With criterion j's weight at t and the others at (1 − t)βₖ, the ideal and anti-ideal
 * scale with the weights, so each squared distance is t²A + (1 − t)²B. Two closenesses
 * d⁻/(d⁺ + d⁻) are equal where d⁻ₐd⁺ᵦ = d⁻ᵦd⁺ₐ: squared and divided by (1 − t)⁴, where
 * c₂u² + c₁u + c₀ = 0 with u = (t / (1 − t))². One piece: no breaks.
 */
const closenessCrossings = (p: PreparedProblem, method: MethodOptions, j: number): Crossings => {
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
  const roots = (a: number, b: number): number[] | "always" => {
    const [P, Q, R, S] = [plus[a]!.at, plus[a]!.rest, minus[a]!.at, minus[a]!.rest];
    const [Pb, Qb, Rb, Sb] = [plus[b]!.at, plus[b]!.rest, minus[b]!.at, minus[b]!.rest];
    // (u R + S)(u Pb + Qb) − (u Rb + Sb)(u P + Q)
    const c2 = R * Pb - Rb * P;
    const c1 = R * Qb + S * Pb - Rb * Q - Sb * P;
    const c0 = S * Qb - Sb * Q;
    const small = 1e-12 * (R + S + Rb + Sb) * (P + Q + Pb + Qb);
    if (Math.abs(c2) <= small && Math.abs(c1) <= small && Math.abs(c0) <= small) return "always";
    return quadraticRoots(c2, c1, c0, small)
      .filter((u) => u >= 0)
      .map((u) => Math.sqrt(u) / (1 + Math.sqrt(u)));
  };
  return {
    breaks: [],
    between: (lo, hi) => (a, b) => {
      const found = roots(a, b);
      return found === "always" ? found : found.filter((t) => t > lo && t < hi);
    },
  };
};

/**
 * VIKOR. With criterion j's weight at t and the others at (1 − t)βₖ, each term wₖgᵢₖ is linear in
 * t, so Sᵢ is a line and Rᵢ = max(t gᵢⱼ, (1 − t) maxₖ βₖgᵢₖ) two; S*, S⁻, R*, R⁻ follow one option's
 * line between the weights where two of those lines cross (the breaks). Within a piece, two scores
 * 1 − Q + offset are equal where v ΔS·ΔR⁻* + (1 − v) ΔR·ΔS⁻* − Δoffset·ΔS⁻*·ΔR⁻* = 0, a quadratic.
 */
const compromiseCrossings = (
  p: PreparedProblem,
  method: MethodOptions & { method: "vikor" },
  j: number,
  extras: Extras,
): Crossings => {
  const { rows, columns } = p;
  const kernel = makeKernel(p, method);
  kernel.prepare(p.values);
  const gaps = kernel.wasm;
  if (gaps?.kind !== "compromise") throw new Error("compromiseCrossings: not a VIKOR kernel");
  const { gap: g, v } = gaps;
  const beta = reweight(p.weights, j, 0, new Float64Array(columns));
  const S: Line[] = [];
  const Rup: Line[] = []; // t gᵢⱼ
  const Rdown: Line[] = []; // (1 − t) maxₖ βₖgᵢₖ
  for (let i = 0; i < rows; i++) {
    let rest = 0;
    let most = 0;
    for (let k = 0; k < columns; k++) {
      if (k === j) continue;
      rest += beta[k]! * g[i * columns + k]!;
      most = Math.max(most, beta[k]! * g[i * columns + k]!);
    }
    const at = g[i * columns + j]!;
    S.push([rest, at - rest]);
    Rup.push([0, at]);
    Rdown.push([most, -most]);
  }
  const at = (x: Line, t: number) => x[0] + x[1] * t;
  const cross = (x: Line, y: Line) => {
    const d = minus(x, y);
    return d[1] === 0 ? [] : [-d[0] / d[1]].filter((t) => t > 0 && t < 1);
  };
  const regret = (i: number, t: number) => Math.max(at(Rup[i]!, t), at(Rdown[i]!, t));
  /** Whether a value is (about) the largest or smallest of all: where a crossing moves an extreme. */
  const extremeAt = (value: number, all: number[]) => {
    const [low, high] = [minOf(all), maxOf(all)];
    const slack = 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
    return value >= high - slack || value <= low + slack;
  };
  // The pieces change where an option's R turns (its two lines cross) and where the best or worst S
  // or R passes from one option to another: crossings of two lines at the top or bottom of all.
  const breaks: number[] = [];
  for (let a = 0; a < rows; a++) {
    breaks.push(...cross(Rup[a]!, Rdown[a]!));
    for (let b = a + 1; b < rows; b++) {
      for (const t of cross(S[a]!, S[b]!)) {
        if (
          extremeAt(
            at(S[a]!, t),
            S.map((x) => at(x, t)),
          )
        )
          breaks.push(t);
      }
      for (const x of [Rup[a]!, Rdown[a]!])
        for (const y of [Rup[b]!, Rdown[b]!])
          for (const t of cross(x, y)) {
            if (
              extremeAt(
                regret(a, t),
                Rup.map((_, i) => regret(i, t)),
              )
            )
              breaks.push(t);
          }
    }
  }
  const offset = (i: number) => extras.offsets?.[i] ?? 0;
  return {
    breaks: [...new Set(breaks)],
    between: (lo, hi) => {
      // Which line each max and min follows on this piece: the one that holds at its middle.
      const mid = (lo + hi) / 2;
      const R = Rup.map((up, i) => (at(up, mid) >= at(Rdown[i]!, mid) ? up : Rdown[i]!));
      const extreme = (lines: Line[], sign: 1 | -1) =>
        lines.reduce((best, x) => (sign * (at(x, mid) - at(best, mid)) > 0 ? x : best));
      const size = (x: Line) => Math.abs(x[0]) + Math.abs(x[1]);
      // A spread of rounding noise is none, as `noSpread` has it at each weight.
      const spread = (lines: Line[]) => {
        const [worst, best] = [extreme(lines, 1), extreme(lines, -1)];
        const gap = minus(worst, best);
        return { gap, flat: size(gap) <= CONSTANT_SPREAD * Math.max(size(worst), size(best)) };
      };
      const { gap: spreadS, flat: flatS } = spread(S);
      const { gap: spreadR, flat: flatR } = spread(R);
      return (a, b) => {
        const dS = minus(S[a]!, S[b]!);
        const dR = minus(R[a]!, R[b]!);
        const dO = offset(a) - offset(b);
        // Q_a − Q_b = dO, times the spreads that are not zero (a zero spread's term is 0).
        const parts: [number, number, number][] = [];
        if (!flatS && !flatR) {
          parts.push(
            times([v * dS[0], v * dS[1]], spreadR),
            times([(1 - v) * dR[0], (1 - v) * dR[1]], spreadS),
          );
          const both = times(spreadS, spreadR);
          parts.push([-dO * both[0], -dO * both[1], -dO * both[2]]);
        } else if (!flatS) parts.push(times([v * dS[0], v * dS[1]], [1, 0]), times([-dO, 0], spreadS));
        else if (!flatR)
          parts.push(times([(1 - v) * dR[0], (1 - v) * dR[1]], [1, 0]), times([-dO, 0], spreadR));
        else return dO === 0 ? "always" : [];
        const c = [0, 1, 2].map((k) => parts.reduce((sum, q) => sum + q[k]!, 0));
        const small =
          1e-12 * parts.reduce((sum, q) => sum + Math.abs(q[0]) + Math.abs(q[1]) + Math.abs(q[2]), 0);
        if (c.every((x) => Math.abs(x) <= small)) return "always";
        return quadraticRoots(c[2]!, c[1]!, c[0]!, small).filter((t) => t > lo && t < hi);
      };
    },
  };
};

/**
 * The crossings of the methods that have them in closed form beyond the linear ones: TOPSIS
 * without offsets, and VIKOR; undefined for the others (TOPSIS with offsets is searched numerically).
 */
export const crossingsOf = (
  p: PreparedProblem,
  method: MethodOptions,
  j: number,
  extras: Extras,
): Crossings | undefined => {
  if (method.method === "vikor") return compromiseCrossings(p, method, j, extras);
  if (method.method === "topsis" && !extras.offsets?.some((x) => x !== 0))
    return closenessCrossings(p, method, j);
  return undefined;
};

/**
 * What the interval searches probe: the current weight, the scores there, and the ranking (or the
 * top, when not `full`) as `rankingKey` states it at any weight of criterion j.
 */
const rankingProbe = (p: PreparedProblem, method: MethodOptions, j: number, extras: Extras) => {
  const score = scorerAt(p, method, extras);
  const buffer = new Float64Array(p.rows);
  const t0 = p.weights[j]!;
  score(j, t0, buffer);
  const now = Float64Array.from(buffer);
  const key = (t: number, full: boolean) => {
    score(j, t, buffer);
    return rankingKey(buffer, extras, full);
  };
  return { t0, now, key };
};

/**
 * Exact intervals from known crossings: between two neighbouring weights where something may
 * change (a break, or a crossing of two options), the ranking is that of any point inside; walking
 * out from the current weight, an interval ends at the first such weight after which it differs.
 */
const closedFormIntervals = (
  p: PreparedProblem,
  method: MethodOptions,
  j: number,
  extras: Extras,
  crossings: Crossings,
) => {
  const { t0, now, key } = rankingProbe(p, method, j, extras);
  const order = orderOf(now, extras);
  const interval = (all: (readonly [number, number])[], full: boolean): [number, number] => {
    const pairs = all.filter(([a, b]) => tierOf(extras, a) === tierOf(extras, b)); // tiers never swap
    const target = rankingKey(now, extras, full);
    const reach = (direction: 1 | -1) => {
      const end = direction > 0 ? 1 : 0;
      const ahead = (t: number) => direction * (t - t0) > 0;
      const stops = [...crossings.breaks.filter(ahead), end].sort((x, y) => direction * (x - y));
      let from = t0;
      for (const stop of stops) {
        const [lo, hi] = from < stop ? [from, stop] : [stop, from];
        const at = crossings.between(lo, hi);
        const points = pairs
          .flatMap(([a, b]) => {
            const found = at(a, b);
            return found === "always" ? [] : found;
          })
          .sort((x, y) => direction * (x - y));
        for (const point of [...points, stop]) {
          if (point === from) continue;
          if (key((from + point) / 2, full) !== target) return from;
          from = point;
        }
      }
      return end;
    };
    return [reach(-1), reach(1)];
  };
  const top = order.slice(1).map((k) => [order[0]!, k] as const);
  const all = order.flatMap((a, x) => order.slice(x + 1).map((b) => [a, b] as const));
  return { top: interval(top, false), ranking: interval(all, true) };
};

/** Numeric intervals: scan outward on a grid, then bisect to the tolerance. */
const scannedIntervals = (p: PreparedProblem, method: MethodOptions, j: number, extras: Extras) => {
  const { t0, now, key } = rankingProbe(p, method, j, extras);
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
        if (isLinearInWeights(method, problem)) {
          return {
            criterion: j,
            weight: p.weights[j]!,
            ...linearIntervals(p, method, j, problem),
            exact: true,
          };
        }
        const crossings = crossingsOf(p, method, j, problem);
        const found = crossings
          ? closedFormIntervals(p, method, j, problem, crossings)
          : scannedIntervals(p, method, j, problem);
        return { criterion: j, weight: p.weights[j]!, ...found, exact: crossings !== undefined };
      }),
    ),
  );

/**
 * For each criterion, the interval of its weight (the others rescaled in proportion) over which
 * the top option, and the whole ranking, stay the same: exact where scores are linear in the weight
 * (the weighted sum, PROMETHEE II, the weighted product on the log scale) and for TOPSIS and VIKOR
 * (crossings are roots of a quadratic, for VIKOR on each piece between the weights where the best
 * or worst S or R changes hands); numeric within `STABILITY_TOLERANCE` for TOPSIS and the product
 * with offsets (a scan outward from the current weight on a grid of 1/400, then bisection; it
 * reports the interval around the current weight). Options tied at the current weight make the
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
