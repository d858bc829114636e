import * as E from "fp-ts/lib/Either.js";
import type { PolicyMatrixError } from "../errors";
import { noSpread, normalizeValues, type Normalization } from "../matrix/normalize";
import { toRows, type MethodOutput } from "./explanation";
import type { PreparedProblem } from "./problem";

/** Options of TOPSIS: the normalization (default `vector`, as in Hwang and Yoon 1981). */
export interface TopsisOptions {
  readonly normalization?: Normalization;
  readonly bounds?: readonly (readonly [number, number])[];
}

/**
 * TOPSIS (Hwang and Yoon 1981): weight the normalized matrix, take the ideal (best value per
 * criterion) and anti-ideal (worst), and score each option by its relative closeness
 * d⁻ / (d⁺ + d⁻) in Euclidean distance. Normalized values are benefit-oriented (a cost criterion
 * under `vector` becomes 1 − x/‖x‖), which gives exactly the textbook distances. A criterion whose
 * weighted values spread over less than `CONSTANT_SPREAD` of their size counts as constant. An option that sits
 * at the ideal scores 1, also when ideal and anti-ideal coincide (every criterion constant).
 */
export const topsis = (
  p: PreparedProblem,
  options: TopsisOptions = {},
): E.Either<PolicyMatrixError, MethodOutput> =>
  E.map((normalized: Float64Array) => {
    const { rows, columns } = p;
    const weighted = new Float64Array(normalized.length);
    const ideal = new Float64Array(columns).fill(-Infinity);
    const antiIdeal = new Float64Array(columns).fill(Infinity);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const v = p.weights[j]! * normalized[i * columns + j]!;
        weighted[i * columns + j] = v;
        ideal[j] = Math.max(ideal[j]!, v);
        antiIdeal[j] = Math.min(antiIdeal[j]!, v);
      }
    }
    // A criterion whose weighted values spread over no more than rounding noise separates nobody:
    // left in, it would blow 1e-16 differences up into whole distances.
    const flat = ideal.map((hi, j) => +noSpread(antiIdeal[j]!, hi));
    const toIdeal = new Float64Array(rows);
    const toAntiIdeal = new Float64Array(rows);
    const scores = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      let plus = 0;
      let minus = 0;
      for (let j = 0; j < columns; j++) {
        if (flat[j]) continue;
        const v = weighted[i * columns + j]!;
        plus += (v - ideal[j]!) * (v - ideal[j]!);
        minus += (v - antiIdeal[j]!) * (v - antiIdeal[j]!);
      }
      toIdeal[i] = Math.sqrt(plus);
      toAntiIdeal[i] = Math.sqrt(minus);
      const total = toIdeal[i]! + toAntiIdeal[i]!;
      scores[i] = total === 0 ? 1 : toAntiIdeal[i]! / total;
    }
    return {
      scores,
      explanation: {
        kind: "topsis" as const,
        weighted: toRows(weighted, rows, columns),
        ideal: Array.from(ideal),
        antiIdeal: Array.from(antiIdeal),
        distanceToIdeal: Array.from(toIdeal),
        distanceToAntiIdeal: Array.from(toAntiIdeal),
      },
    };
  })(normalizeValues(p, options.normalization ?? "vector", options.bounds));
