import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { fail, orThrow, type PolicyMatrixError } from "../errors";
import type { MethodOptions } from "../methods/method-options";
import type { DecisionProblem } from "../methods/problem";
import { tied } from "../methods/ranking";
import {
  crossingsOf,
  isLinearInWeights,
  linearScorer,
  preparedWithMethod,
  STABILITY_TOLERANCE,
  type Extras,
} from "./stability";

const GRID = 400;

/** Where two options tie as one criterion's weight moves: the weight, and which one leads below it. */
export interface BreakEven {
  /** The weight of the criterion at which the two options score the same. */
  readonly weight: number;
  /** The option that scores higher just below that weight. */
  readonly leaderBelow: number;
  readonly exact: boolean;
}

/** The Either twin of `breakEven`. */
export const breakEvenEither = (
  problem: DecisionProblem & Extras,
  a: number,
  b: number,
  criterion: number,
  methodInput: MethodOptions = { method: "wsm" },
): E.Either<PolicyMatrixError, BreakEven | null> =>
  pipe(
    preparedWithMethod(problem, methodInput),
    E.chain(({ p, method }) => {
      for (const [name, v, max] of [
        ["a", a, p.rows],
        ["b", b, p.rows],
        ["criterion", criterion, p.columns],
      ] as const) {
        if (!(Number.isInteger(v) && v >= 0 && v < max))
          return fail("invalid-input", name, `expected an index from 0 to ${max - 1}, got ${v}`);
      }
      const score = linearScorer(p, method, problem);
      const buffer = new Float64Array(p.rows);
      const gap = (t: number) => {
        score(criterion, t, buffer);
        return buffer[a]! - buffer[b]!;
      };
      // Which option leads at t: +1 a, −1 b, 0 when they tie within the ranking's tolerance (so
      // that rounding noise about a tie is not taken for a crossing).
      const side = (t: number) => {
        score(criterion, t, buffer);
        return tied(buffer[a]!, buffer[b]!) ? 0 : Math.sign(buffer[a]! - buffer[b]!);
      };
      const lead = (t: number) => (gap(Math.max(0, t - 1e-9)) >= 0 ? a : b);
      if (isLinearInWeights(method, problem)) {
        if (!(side(0) * side(1) < 0)) return E.right(null);
        const d0 = gap(0);
        const d1 = gap(1);
        const t = d0 / (d0 - d1);
        return E.right({ weight: t, leaderBelow: d0 > 0 ? a : b, exact: true });
      }
      const t0 = p.weights[criterion]!;
      const crossings = crossingsOf(p, method, criterion, problem);
      if (crossings) {
        // Every weight where the lead can change is known (crossings and breaks): the nearest to
        // the current weight where it does.
        const ends = [0, ...[...crossings.breaks].sort((x, y) => x - y), 1];
        const points: number[] = crossings.breaks.slice();
        for (let k = 0; k + 1 < ends.length; k++) {
          const found = crossings.between(ends[k]!, ends[k + 1]!)(a, b);
          if (found === "always") continue;
          points.push(...found);
        }
        const sorted = [...new Set(points)].sort((x, y) => x - y);
        const crossing = sorted
          .map((t, k) => ({
            t,
            below: side((t + (sorted[k - 1] ?? 0)) / 2),
            above: side((t + (sorted[k + 1] ?? 1)) / 2),
          }))
          .filter((x) => x.below * x.above < 0)
          .sort((x, y) => Math.abs(x.t - t0) - Math.abs(y.t - t0))[0];
        return E.right(
          crossing ? { weight: crossing.t, leaderBelow: crossing.below > 0 ? a : b, exact: true } : null,
        );
      }
      // Numeric: the sign change nearest the current weight, found on a grid, then bisected.
      const candidates = Array.from({ length: GRID + 1 }, (_, k) => k / GRID).sort(
        (x, y) => Math.abs(x - t0) - Math.abs(y - t0),
      );
      for (const t of candidates) {
        const neighbour = t < t0 ? Math.min(1, t + 1 / GRID) : Math.max(0, t - 1 / GRID);
        let [lo, hi] = t < neighbour ? [t, neighbour] : [neighbour, t];
        if (!(side(lo) * side(hi) < 0)) continue;
        while (hi - lo > STABILITY_TOLERANCE) {
          const mid = (lo + hi) / 2;
          if (side(mid) === side(lo)) lo = mid;
          else hi = mid;
        }
        const weight = (lo + hi) / 2;
        return E.right({ weight, leaderBelow: lead(weight - STABILITY_TOLERANCE), exact: false });
      }
      return E.right(null);
    }),
  );

/**
 * The weight of one criterion (the others rescaled in proportion) at which options a and b score
 * the same and the lead changes hands, or null if it does not for any weight in [0, 1] (options
 * that only touch at an end of the range do not cross). Exact where scores are linear in the weight
 * (weighted sum, PROMETHEE II, weighted product on the log scale), and for TOPSIS and VIKOR (the
 * crossing nearest the current weight, a root of a quadratic; for VIKOR possibly a jump of the
 * scores where the best or worst S or R changes hands); numeric within `STABILITY_TOLERANCE` for
 * TOPSIS and the product with offsets (the sign change nearest the current weight).
 *
 * @example
 * ```ts
 * const p = { matrix: [[1, 0], [0, 1]], weights: [3, 1], directions: ["benefit", "benefit"] };
 * breakEven(p, 0, 1, 0); // { weight: 0.5, leaderBelow: 1, exact: true }
 * ```
 */
export const breakEven = (
  problem: DecisionProblem & Extras,
  a: number,
  b: number,
  criterion: number,
  method: MethodOptions = { method: "wsm" },
): BreakEven | null => orThrow(breakEvenEither(problem, a, b, criterion, method));
