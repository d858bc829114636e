import * as E from "fp-ts/lib/Either.js";
import type { PolicyMatrixError } from "../errors";
import { noSpread, normalizeValues } from "../matrix/normalize";
import { toRows, type MethodOutput } from "./explanation";
import type { PreparedProblem } from "./problem";
import { maxOf, minOf } from "../matrix/extremes";

/** Options of VIKOR: v, the weight of the strategy of maximum group utility (default 0.5). */
export interface VikorOptions {
  readonly v?: number;
}

const spread = (xs: Float64Array): [number, number] => [minOf(xs), maxOf(xs)];

/**
 * VIKOR (Opricovic 1998; Opricovic and Tzeng 2004). With f*ⱼ the best and f⁻ⱼ the worst value:
 * Sᵢ = Σⱼ wⱼ (f*ⱼ − fᵢⱼ)/(f*ⱼ − f⁻ⱼ), Rᵢ = maxⱼ of the same terms, and
 * Qᵢ = v (Sᵢ − S*)/(S⁻ − S*) + (1 − v)(Rᵢ − R*)/(R⁻ − R*). Lower Q is better; the score is 1 − Q
 * so that higher is better as for every method. A constant criterion contributes 0; when every S
 * (or R) is equal (up to rounding: `noSpread`), its term is 0. Also reports Opricovic's two conditions (acceptable advantage
 * DQ = 1/(n − 1); acceptable stability: the best by Q is also best by S or R) and the compromise set.
 */
export const vikor = (
  p: PreparedProblem,
  options: VikorOptions = {},
): E.Either<PolicyMatrixError, MethodOutput> =>
  E.map((r: Float64Array) => {
    const v = options.v ?? 0.5;
    const { rows, columns } = p;
    const terms = new Float64Array(rows * columns);
    const S = new Float64Array(rows);
    const R = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      let sum = 0;
      let worst = 0;
      for (let j = 0; j < columns; j++) {
        // (f* − f)/(f* − f⁻) is 1 − the min-max normalized value.
        const term = p.weights[j]! * (1 - r[i * columns + j]!);
        terms[i * columns + j] = term;
        sum += term;
        worst = Math.max(worst, term);
      }
      S[i] = sum;
      R[i] = worst;
    }
    const [sBest, sWorst] = spread(S);
    const [rBest, rWorst] = spread(R);
    // An S (or R) without spread has no say: divided by rounding noise, it would turn 1e-17
    // differences into whole points of Q.
    const [sFlat, rFlat] = [noSpread(sBest, sWorst), noSpread(rBest, rWorst)];
    const Q = S.map((s, i) => {
      const groupTerm = sFlat ? 0 : (s - sBest) / (sWorst - sBest);
      const regretTerm = rFlat ? 0 : (R[i]! - rBest) / (rWorst - rBest);
      return v * groupTerm + (1 - v) * regretTerm;
    });
    const byQ = Array.from({ length: rows }, (_, i) => i).sort((a, b) => Q[a]! - Q[b]! || a - b);
    const first = byQ[0]!;
    const dq = rows > 1 ? 1 / (rows - 1) : 0;
    const acceptableAdvantage = rows < 2 || Q[byQ[1]!]! - Q[first]! >= dq;
    const acceptableStability = noSpread(sBest, S[first]!) || noSpread(rBest, R[first]!);
    const compromiseSet = !acceptableAdvantage
      ? byQ.filter((i) => Q[i]! - Q[first]! < dq)
      : !acceptableStability
        ? byQ.slice(0, 2)
        : [first];
    return {
      scores: Q.map((q) => 1 - q),
      explanation: {
        kind: "vikor" as const,
        v,
        regret: toRows(terms, rows, columns),
        S: Array.from(S),
        R: Array.from(R),
        Q: Array.from(Q),
        acceptableAdvantage,
        acceptableStability,
        compromiseSet,
      },
    };
  })(normalizeValues(p, "min-max"));
