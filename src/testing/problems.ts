import fc from "fast-check";
import type { DecisionProblem } from "../methods/problem";
import type { MethodOptions } from "../methods/method-options";

/** Sizes and value range of generated decision problems. */
export interface ProblemShape {
  readonly rows?: { readonly min: number; readonly max: number };
  readonly columns?: { readonly min: number; readonly max: number };
  /** Values are drawn in [min, max]; keep min > 0 for the weighted product. */
  readonly values?: { readonly min: number; readonly max: number };
}

/**
 * Decision problems (matrix, weights with at least one > 0, directions) of the given shape.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(decisionProblems({ rows: { min: 2, max: 4 } }), (p) => p.matrix.length >= 2));
 * ```
 */
export const decisionProblems = (shape: ProblemShape = {}): fc.Arbitrary<DecisionProblem> => {
  const values = shape.values ?? { min: 0.5, max: 100 };
  return fc
    .record({
      rows: fc.integer(shape.rows ?? { min: 1, max: 8 }),
      columns: fc.integer(shape.columns ?? { min: 1, max: 5 }),
    })
    .chain(({ rows, columns }) =>
      fc.record({
        matrix: fc.array(
          fc.array(fc.double({ ...values, noNaN: true }), { minLength: columns, maxLength: columns }),
          {
            minLength: rows,
            maxLength: rows,
          },
        ),
        weights: fc
          .array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: columns, maxLength: columns })
          .filter((w) => w.some((x) => x > 1e-6)),
        directions: fc.array(fc.constantFrom<"benefit" | "cost">("benefit", "cost"), {
          minLength: columns,
          maxLength: columns,
        }),
      }),
    );
};

/**
 * Every scoring method, with the normalizations it takes (PROMETHEE II with the usual function).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(methods(), (m) => ["wsm", "wpm", "topsis", "vikor", "promethee2"].includes(m.method)));
 * ```
 */
export const methods = (): fc.Arbitrary<MethodOptions> => {
  const normalization = fc.constantFrom(
    "min-max" as const,
    "vector" as const,
    "sum" as const,
    "max" as const,
  );
  return fc.oneof(
    normalization.map((n) => ({ method: "wsm" as const, normalization: n })),
    fc.constant({ method: "wpm" as const }),
    normalization.map((n) => ({ method: "topsis" as const, normalization: n })),
    fc.double({ min: 0, max: 1, noNaN: true }).map((v) => ({ method: "vikor" as const, v })),
    fc.constant({ method: "promethee2" as const }),
  );
};
