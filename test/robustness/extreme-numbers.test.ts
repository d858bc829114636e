// Issue 14, "numbers that must not be wrong": every method gives finite scores, in the order the
// scores say and respecting dominance, for any finite input, however far apart its magnitudes.
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  builtinCatalog,
  compare,
  either,
  scoreMatrix,
  type DecisionProblem,
  type MethodOptions,
} from "../../src/index";
import { findDominanceViolation } from "../../src/testing/index";

/** Positive values from 1e-300 to 1e300, so that every normalization applies. */
const magnitude = fc.oneof(
  fc.double({ min: 1e-300, max: 1e-100, noNaN: true }),
  fc.double({ min: 0.5, max: 100, noNaN: true }),
  fc.double({ min: 1e100, max: 1e300, noNaN: true }),
);

/** Any finite value, of either sign, from the smallest to the largest magnitude (and 0). */
const signed = fc.oneof(
  magnitude,
  magnitude.map((x) => -x),
  fc.constant(0),
  fc.double({ min: -Number.MAX_VALUE, max: Number.MAX_VALUE, noNaN: true }),
);

const problemsOf = (value: fc.Arbitrary<number>): fc.Arbitrary<DecisionProblem> =>
  fc
    .record({ rows: fc.integer({ min: 2, max: 5 }), columns: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, columns }) =>
      fc.record({
        matrix: fc.array(fc.array(value, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
        weights: fc.array(fc.oneof(fc.constant(1), fc.double({ min: 1e-300, max: 1e300, noNaN: true })), {
          minLength: columns,
          maxLength: columns,
        }),
        directions: fc.array(fc.constantFrom<"benefit" | "cost">("benefit", "cost"), {
          minLength: columns,
          maxLength: columns,
        }),
      }),
    );

/** The methods defined on values of any sign. */
const signedMethods: fc.Arbitrary<MethodOptions> = fc.oneof(
  fc
    .constantFrom("min-max" as const, "vector" as const)
    .chain((normalization) =>
      fc.constantFrom<MethodOptions>({ method: "wsm", normalization }, { method: "topsis", normalization }),
    ),
  fc.constant<MethodOptions>({ method: "vikor" }),
  fc.constant<MethodOptions>({ method: "promethee2" }),
  fc
    .double({ min: 1e-300, max: 1e300, noNaN: true })
    .map((s): MethodOptions => ({ method: "promethee2", preference: "gaussian", s })),
);

const methods: fc.Arbitrary<MethodOptions> = fc.oneof(
  fc
    .constantFrom("min-max" as const, "vector" as const, "sum" as const, "max" as const)
    .chain((normalization) =>
      fc.constantFrom<MethodOptions>({ method: "wsm", normalization }, { method: "topsis", normalization }),
    ),
  fc.constant<MethodOptions>({ method: "wpm" }),
  fc.constant<MethodOptions>({ method: "vikor" }),
  fc.constant<MethodOptions>({ method: "promethee2" }),
  fc
    .double({ min: 1e-300, max: 1e300, noNaN: true })
    .map((s): MethodOptions => ({ method: "promethee2", preference: "gaussian", s })),
);

const holds = (p: DecisionProblem, m: MethodOptions) => {
  const r = scoreMatrix(p, m);
  expect(r.scores.every(Number.isFinite)).toBe(true);
  // Each option ranks after one that scores at least as much, or ties with it (shared rank).
  for (let k = 1; k < r.ranking.length; k++) {
    const [a, b] = [r.ranking[k - 1]!, r.ranking[k]!];
    expect(r.scores[a]! >= r.scores[b]! || r.ranks[a] === r.ranks[b]).toBe(true);
  }
  expect(findDominanceViolation(p, m)).toBeUndefined();
};

describe("any finite input", () => {
  it.prop([problemsOf(magnitude), methods], { numRuns: 400 })(
    "positive, 1e-300 to 1e300: finite scores, ranked as they say, respecting dominance (every method)",
    holds,
  );

  it.prop([problemsOf(signed), signedMethods], { numRuns: 400 })(
    "of any sign, up to ±1.8e308: the same (the methods defined on any sign)",
    holds,
  );

  it("sum normalization of a cost spanning 1e-200 to 1e200 puts the cheap option first", () => {
    const r = scoreMatrix(
      { matrix: [[1e200], [1e-200]], weights: [1], directions: ["cost"] },
      { method: "wsm", normalization: "sum" },
    );
    expect(r.scores).toEqual([0, 1]);
    expect(r.ranking).toEqual([1, 0]);
  });

  it("PROMETHEE's Gaussian preference when d² and s² both overflow, or both underflow", () => {
    for (const [x, s] of [
      [1e300, 1e300],
      [1e-300, 1e-300],
    ] as const) {
      const r = scoreMatrix(
        { matrix: [[x], [0]], weights: [1], directions: ["benefit"] },
        { method: "promethee2", preference: "gaussian", s },
      );
      // d/s = 1: P = 1 − e^(−1/2) for the larger, 0 for the other; net flows ±0.3935.
      expect(r.scores[0]).toBeCloseTo(1 - Math.exp(-0.5), 12);
      expect(r.scores[1]).toBeCloseTo(-(1 - Math.exp(-0.5)), 12);
    }
  });

  it("a penalty beyond 1000 is refused with its limit; at the limit, scores stay finite and ordered", () => {
    const catalog = builtinCatalog();
    for (const a of [
      { riskBurden: { penalty: 1e308 } },
      { infeasible: "penalize" as const, infeasiblePenalty: 1001 },
    ]) {
      const r = either.compare(catalog, a);
      expect(r._tag === "Left" && r.left.message).toMatch(/expected a penalty from 0 to 1000/);
    }
    const c = compare(catalog, {
      riskBurden: { penalty: 1000 },
      infeasible: "penalize",
      infeasiblePenalty: 1000,
    });
    const scores = c.rows.map((row) => row.score);
    expect(scores.every(Number.isFinite)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
