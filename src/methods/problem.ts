import * as E from "fp-ts/lib/Either.js";
import { z } from "zod";
import { fromZodError, PolicyMatrixError } from "../errors";
import { Direction } from "../model/criterion";
import { FiniteNumber, NonNegative } from "../model/numbers";
import { maxOf } from "../matrix/extremes";

/**
 * A decision problem on numbers alone: `matrix[i][j]` is option i on criterion j, one weight and one
 * direction per criterion. The methods know nothing else.
 */
export const DecisionProblem = z
  .object({
    matrix: z.array(z.array(FiniteNumber)).min(1, "expected at least one option (row)"),
    weights: z.array(NonNegative),
    directions: z.array(Direction),
  })
  .superRefine((p, ctx) => {
    const columns = p.matrix[0]?.length ?? 0;
    if (columns === 0)
      ctx.addIssue({
        code: "custom",
        path: ["matrix", 0],
        message: "expected at least one criterion (column)",
      });
    p.matrix.forEach((row, i) => {
      if (row.length !== columns) {
        ctx.addIssue({
          code: "custom",
          path: ["matrix", i],
          message: `expected ${columns} values, got ${row.length}`,
        });
      }
    });
    if (p.weights.length !== columns) {
      ctx.addIssue({
        code: "custom",
        path: ["weights"],
        message: `expected ${columns} weights, got ${p.weights.length}`,
      });
    } else if (columns > 0 && !p.weights.some((w) => w > 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["weights"],
        message: "expected at least one weight > 0, got all zero",
      });
    }
    if (p.directions.length !== columns) {
      ctx.addIssue({
        code: "custom",
        path: ["directions"],
        message: `expected ${columns} directions, got ${p.directions.length}`,
      });
    }
  });
export type DecisionProblem = z.infer<typeof DecisionProblem>;

/** A validated problem in the form the methods compute on: row-major values and weights summing to 1. */
export interface PreparedProblem {
  readonly rows: number;
  readonly columns: number;
  /** Row-major: value of option i on criterion j at `i * columns + j`. */
  readonly values: Float64Array;
  /** Normalized to sum to 1. */
  readonly weights: Float64Array;
  readonly benefit: readonly boolean[];
}

/** Validates a problem and prepares it for the methods; errors name the place (`weights[2]`). */
export const prepareProblem = (input: unknown): E.Either<PolicyMatrixError, PreparedProblem> => {
  const parsed = DecisionProblem.safeParse(input);
  if (!parsed.success) return E.left(fromZodError("invalid-input", "", parsed.error));
  const { matrix, weights, directions } = parsed.data;
  const rows = matrix.length;
  const columns = weights.length;
  const values = new Float64Array(rows * columns);
  matrix.forEach((row, i) => values.set(row, i * columns));
  // Divide by the largest weight first, so that huge weights cannot overflow the sum.
  const largest = maxOf(weights);
  const total = weights.reduce((sum, w) => sum + w / largest, 0);
  return E.right({
    rows,
    columns,
    values,
    weights: Float64Array.from(weights, (w) => w / largest / total),
    benefit: directions.map((d) => d === "benefit"),
  });
};
