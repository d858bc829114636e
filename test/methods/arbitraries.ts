import { fc } from "@fast-check/vitest";
import type { DecisionProblem, MethodOptions, Normalization } from "../../src/index";

export type Direction = "benefit" | "cost";

/** Decision problems of 1..8 options and 1..5 criteria, values > 0 (every method accepts them), some weight > 0. */
export const problemArb = (
  rows: { min: number; max: number } = { min: 1, max: 8 },
): fc.Arbitrary<DecisionProblem> =>
  fc.record({ rows: fc.integer(rows), columns: fc.integer({ min: 1, max: 5 }) }).chain(({ rows, columns }) =>
    fc.record({
      matrix: fc.array(
        fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: columns, maxLength: columns }),
        { minLength: rows, maxLength: rows },
      ),
      weights: fc
        .array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: columns, maxLength: columns })
        .filter((w) => w.some((x) => x > 1e-6)),
      directions: fc.array(fc.constantFrom<Direction>("benefit", "cost"), {
        minLength: columns,
        maxLength: columns,
      }),
    }),
  );

const normalizationArb = fc.constantFrom<Normalization>("min-max", "vector", "sum", "max");

/** Every method, with the normalizations it takes; PROMETHEE II with the usual function (scale-free). */
export const methodArb: fc.Arbitrary<MethodOptions> = fc.oneof(
  normalizationArb.map((normalization) => ({ method: "wsm" as const, normalization })),
  fc.constant({ method: "wpm" as const }),
  normalizationArb.map((normalization) => ({ method: "topsis" as const, normalization })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((v) => ({ method: "vikor" as const, v })),
  fc.constant({ method: "promethee2" as const }),
);
