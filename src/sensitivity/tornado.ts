import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { fail, fromZodError, orThrow, type PolicyMatrixError } from "../errors";
import { parseMethod, type MethodOptions } from "../methods/method-options";
import { prepareProblem } from "../methods/problem";
import { rankScores } from "../methods/ranking";
import { runMethod } from "../methods/score-matrix";
import { SmaaProblem } from "../uncertainty/smaa-options";

/** The option with one rating at one end of its interval: the rating, its score and rank, and whether it shares the rank. */
export interface TornadoEnd {
  readonly value: number;
  /** The method's score plus the problem's offset for the option (its penalties), as a comparison scores it. */
  readonly score: number;
  /** Its rank, after every option of a lower tier (blocked options rank last), as a comparison ranks it. */
  readonly rank: number;
  readonly tied: boolean;
}

/** One bar of a tornado: an option's score with one rating at each end of its interval. */
export interface TornadoBar {
  readonly criterion: number;
  readonly low: TornadoEnd;
  readonly high: TornadoEnd;
  /** |score at high − score at low|. */
  readonly swing: number;
}

/** The Either twin of `tornado`. */
export const tornadoEither = (
  input: SmaaProblem,
  option: number,
  methodInput: MethodOptions = { method: "wsm" },
): E.Either<PolicyMatrixError, TornadoBar[]> => {
  const parsedProblem = SmaaProblem.safeParse(input);
  if (!parsedProblem.success) return E.left(fromZodError("invalid-input", "", parsedProblem.error));
  const parsedMethod = parseMethod(methodInput);
  if (E.isLeft(parsedMethod)) return parsedMethod;
  const problem = parsedProblem.data;
  const method = parsedMethod.right;
  if (!(Number.isInteger(option) && option >= 0 && option < problem.matrix.length)) {
    return fail(
      "invalid-input",
      "option",
      `expected an index from 0 to ${problem.matrix.length - 1}, got ${option}`,
    );
  }
  const scoreWith = (j: number, value: number) =>
    pipe(
      prepareProblem({
        ...problem,
        matrix: problem.matrix.map((row, i) =>
          i === option ? row.map((x, k) => (k === j ? value : x)) : row,
        ),
      }),
      E.chain((p) => runMethod(p, method)),
      E.map((out): TornadoEnd => {
        // Scored and ranked as the comparison does: offsets (penalties) added, a lower tier first,
        // and scores within TIE_TOLERANCE sharing a rank.
        const scores = Array.from(out.scores, (x, i) => x + (problem.offsets?.[i] ?? 0));
        const tierOf = (i: number) => problem.tiers?.[i] ?? 0;
        const group = scores.map((_, i) => i).filter((i) => tierOf(i) === tierOf(option));
        const before = scores.filter((_, i) => tierOf(i) < tierOf(option)).length;
        const ranking = rankScores(group.map((i) => scores[i]!));
        const k = group.indexOf(option);
        return {
          value,
          score: scores[option]!,
          rank: before + ranking.ranks[k]!,
          tied: ranking.ties.some((t) => t.includes(k)),
        };
      }),
    );
  const row = problem.matrix[option]!;
  const bars: TornadoBar[] = [];
  for (let j = 0; j < row.length; j++) {
    const [lo, hi] = problem.intervals?.[option]?.[j] ?? [row[j]!, row[j]!];
    const low = scoreWith(j, lo);
    const high = scoreWith(j, hi);
    if (E.isLeft(low)) return low;
    if (E.isLeft(high)) return high;
    bars.push({
      criterion: j,
      low: low.right,
      high: high.right,
      swing: Math.abs(high.right.score - low.right.score),
    });
  }
  return E.right(bars.sort((x, y) => y.swing - x.swing || x.criterion - y.criterion));
};

/**
 * A one-at-a-time tornado: for each criterion, the option's score (and rank) with its rating at the
 * low and at the high end of its interval, the other ratings as they are; largest swing first.
 *
 * @example
 * ```ts
 * const p = { matrix: [[5, 5], [6, 4]], weights: [1, 1], directions: ["benefit", "benefit"], intervals: [[[3, 7], [4, 6]], [null, null]] };
 * tornado(p, 0, { method: "wsm", bounds: [[0, 10], [0, 10]] }).map((b) => b.criterion); // [0, 1]
 * ```
 */
export const tornado = (
  problem: SmaaProblem,
  option: number,
  method: MethodOptions = { method: "wsm" },
): TornadoBar[] => orThrow(tornadoEither(problem, option, method));
