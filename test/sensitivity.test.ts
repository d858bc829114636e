import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  breakEven,
  builtinCatalog,
  compare,
  scoreMatrix,
  stabilityCompare,
  tornado,
  tornadoCompare,
  weightStability,
  rankScores,
  TIE_TOLERANCE,
  type DecisionProblem,
  type MethodOptions,
} from "../src/index";
import { reweight } from "../src/sensitivity/reweight";
import { methodArb } from "./methods/arbitraries";

/** Problems of whole-number ratings whose options all differ (no exact or near ties between rows). */
const distinctProblemArb = (rows: { min: number; max: number }) =>
  fc.record({ n: fc.integer(rows), m: fc.integer({ min: 2, max: 5 }) }).chain(({ n, m }) =>
    fc.record({
      matrix: fc.uniqueArray(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
        selector: (row) => row.join(","),
      }),
      weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: m, maxLength: m }),
      directions: fc.array(fc.constantFrom<"benefit" | "cost">("benefit", "cost"), {
        minLength: m,
        maxLength: m,
      }),
    }),
  );

/** The ranking with criterion j's weight share at t. */
/** The scores (offsets added) with criterion j's weight at t, the others rescaled in proportion. */
const scoresAt = (p: DecisionProblem & { offsets?: number[] }, m: MethodOptions, j: number, t: number) => {
  const total = p.weights.reduce((a, b) => a + b, 0);
  const w = reweight(
    p.weights.map((x) => x / total),
    j,
    t,
    new Float64Array(p.weights.length),
  );
  const { matrix, directions } = p;
  const scores = scoreMatrix({ matrix, directions, weights: Array.from(w) }, m).scores;
  return scores.map((x, i) => x + (p.offsets?.[i] ?? 0));
};

/** Each option's rank at weight t, options tied within TIE_TOLERANCE sharing one (as in the score table). */
const ranksAt = (p: DecisionProblem & { offsets?: number[] }, m: MethodOptions, j: number, t: number) =>
  rankScores(scoresAt(p, m, j, t)).ranks;

const rankingAt = (p: DecisionProblem & { offsets?: number[] }, m: MethodOptions, j: number, t: number) => {
  const scores = scoresAt(p, m, j, t);
  return scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
};

/** Whether an option's score at weight t is the best, or tied with it (TIE_TOLERANCE). */
const leads = (
  p: DecisionProblem & { offsets?: number[] },
  m: MethodOptions,
  j: number,
  t: number,
  option: number,
) => {
  const scores = scoresAt(p, m, j, t);
  const best = Math.max(...scores);
  return scores[option]! >= best - TIE_TOLERANCE * Math.max(1, Math.abs(best));
};

describe("weight stability", () => {
  describe.each([
    ["weighted sum", { method: "wsm" }],
    ["TOPSIS", { method: "topsis" }],
    ["PROMETHEE II", { method: "promethee2", preference: "linear", q: 1, p: 6 }],
    ["weighted product", { method: "wpm" }],
    ["VIKOR", { method: "vikor" }],
    ["VIKOR, v = 0.2", { method: "vikor", v: 0.2 }],
  ] as [string, MethodOptions][])("%s", (_, m) => {
    test.prop(
      [distinctProblemArb({ min: 2, max: 6 }), fc.nat(4), fc.double({ min: 0, max: 1, noNaN: true })],
      {
        numRuns: 60,
      },
    )(
      "exact intervals contain the weight; the ranking is constant inside and changes just outside",
      (p, column, u) => {
        const j = column % p.weights.length;
        const s = weightStability(p, m)[j]!;
        expect(s.exact).toBe(true);
        const [lo, hi] = s.ranking;
        expect(lo <= s.weight + 1e-12 && s.weight <= hi + 1e-12).toBe(true);
        const inside = lo + (hi - lo) * (0.02 + 0.96 * u);
        // VIKOR's scores can jump, and the current weight can sit on a jump at an end of its
        // interval: which side it falls on is then up to the last bit of the weight arithmetic.
        // There, the ranking inside is the one to compare with; elsewhere, the one at the weight.
        const atEnd = Math.min(s.weight - lo, hi - s.weight) <= 1e-12 && hi - lo > 1e-6;
        const now = ranksAt(p, m, j, atEnd ? inside : s.weight);
        if (hi - lo > 1e-6) {
          expect(ranksAt(p, m, j, inside)).toEqual(now);
          expect(ranksAt(p, m, j, lo + (hi - lo) * (0.98 - 0.96 * u))).toEqual(now);
        }
        const eps = 1e-7;
        const changesAbove = hi < 1 - eps && ranksAt(p, m, j, hi + eps).join() !== now.join();
        const changesBelow = lo > eps && ranksAt(p, m, j, lo - eps).join() !== now.join();
        if (hi - lo > 1e-12) {
          // A proper interval: the ranking changes just past each end that is not an end of [0, 1].
          if (hi < 1 - eps) expect(changesAbove).toBe(true);
          if (lo > eps) expect(changesBelow).toBe(true);
        } else if (lo > eps && hi < 1 - eps) {
          // Options tied at the current weight: a move one way or the other reorders them.
          expect(changesAbove || changesBelow).toBe(true);
        }
        expect(s.top[0] <= lo + 1e-12 && hi <= s.top[1] + 1e-12).toBe(true);
      },
    );
  });

  test.prop(
    [
      distinctProblemArb({ min: 2, max: 5 }),
      methodArb,
      fc.nat(4),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.option(fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 6, maxLength: 6 })),
    ],
    {
      numRuns: 40,
    },
  )(
    "every method, with offsets or not: the top option holds inside its interval (exact ones anywhere, numeric ones on their grid)",
    (problem, m, column, u, offsets) => {
      const p = offsets ? { ...problem, offsets: offsets.slice(0, problem.matrix.length) } : problem;
      const j = column % p.weights.length;
      const s = weightStability(p, m)[j]!;
      const [lo, hi] = s.top;
      expect(lo <= s.weight + 1e-9 && s.weight <= hi + 1e-9).toBe(true);
      expect(s.exact).toBe(!(offsets && ["topsis", "wpm"].includes(m.method)));
      const points = s.exact
        ? [lo + (hi - lo) * (0.01 + 0.98 * u)]
        : Array.from({ length: 401 }, (_, k) => s.weight + (k - 200) / 400).filter(
            (t) => t > lo + 1e-6 && t < hi - 1e-6,
          );
      // The current weight may sit exactly where the top changes (VIKOR can jump there): a last bit
      // of weight arithmetic decides which side it is on. Strictly inside, it must be the top.
      // Options tied within the tie tolerance share the lead, whichever of them rounding puts first.
      const inside = s.weight > lo + 1e-6 && s.weight < hi - 1e-6;
      const top = rankingAt(p, m, j, inside || points.length === 0 ? s.weight : points[0]!)[0]!;
      if (hi - lo > 1e-6) for (const t of points) expect(leads(p, m, j, t, top)).toBe(true);
    },
  );

  it("works on a comparison, blocked options ranked last as there", () => {
    const all = stabilityCompare(builtinCatalog());
    expect(all).toHaveLength(builtinCatalog().criteria.length);
    for (const s of all) expect(s.top[0] <= s.weight && s.weight <= s.top[1]).toBe(true);
  });
});

describe("break-even", () => {
  it("finds where two options tie, exactly for the weighted sum", () => {
    const p: DecisionProblem = {
      matrix: [
        [1, 0],
        [0, 1],
      ],
      weights: [3, 1],
      directions: ["benefit", "benefit"],
    };
    expect(breakEven(p, 0, 1, 0)).toEqual({ weight: 0.5, leaderBelow: 1, exact: true });
    expect(
      breakEven(
        {
          ...p,
          matrix: [
            [1, 1],
            [0, 0],
          ],
        },
        0,
        1,
        0,
      ),
    ).toBeNull();
  });

  test.prop([distinctProblemArb({ min: 2, max: 4 }), methodArb, fc.nat(4)], { numRuns: 30 })(
    "at the break-even weight the two options score the same (within tolerance)",
    (p, m, column) => {
      const j = column % p.weights.length;
      const r = breakEven(p, 0, 1, j, m);
      if (!r) return;
      const below = rankingAt(p, m, j, Math.max(0, r.weight - 1e-4));
      const above = rankingAt(p, m, j, Math.min(1, r.weight + 1e-4));
      expect(below.indexOf(0) < below.indexOf(1)).not.toBe(above.indexOf(0) < above.indexOf(1));
    },
  );
});

describe("TOPSIS in closed form", () => {
  test.prop([distinctProblemArb({ min: 2, max: 6 }), fc.nat(4)], { numRuns: 60 })(
    "the break-even weight is where the two closenesses are equal, and the lead changes there",
    (p, column) => {
      const j = column % p.weights.length;
      const m: MethodOptions = { method: "topsis" };
      const r = breakEven(p, 0, 1, j, m);
      if (!r) return;
      expect(r.exact).toBe(true);
      const at = scoresAt(p, m, j, r.weight);
      expect(Math.abs(at[0]! - at[1]!)).toBeLessThanOrEqual(1e-9);
      const below = scoresAt(p, m, j, Math.max(0, r.weight - 1e-6));
      expect(below[0]! > below[1]! ? 0 : 1).toBe(r.leaderBelow);
    },
  );

  it("finds the crossing nearest the current weight where two options swap and swap back", () => {
    // Options 0 and 6 cross twice as the first weight moves (from 2/7): near 0.056 and 0.518.
    const p: DecisionProblem = {
      matrix: [
        [0.34, 0.81, 0.81, 0.11],
        [0.68, 0.92, 0.04, 0.79],
        [0.94, 0.59, 0.13, 0.02],
        [0.51, 0.18, 0.76, 0.3],
        [0.18, 0.65, 0.68, 0.98],
        [0.23, 0.03, 0.38, 0.38],
        [0.36, 0.79, 0.42, 0.29],
      ],
      weights: [2, 3, 1, 1],
      directions: ["benefit", "benefit", "benefit", "benefit"],
    };
    const m: MethodOptions = { method: "topsis" };
    const lead = (t: number) => {
      const s = scoresAt(p, m, 0, t);
      return s[0]! > s[6]! ? 0 : 6;
    };
    const swaps = Array.from({ length: 2000 }, (_, k) => k / 2000).filter(
      (t) => lead(t) !== lead(t + 1 / 2000),
    );
    expect(swaps.map((t) => Math.round(t * 100) / 100)).toEqual([0.06, 0.52]);
    const r = breakEven(p, 0, 6, 0, m)!;
    expect(r.exact).toBe(true);
    expect(r.weight).toBeGreaterThan(swaps[0]!);
    expect(r.weight).toBeLessThan(swaps[0]! + 1 / 2000);
    const at = scoresAt(p, m, 0, r.weight);
    expect(Math.abs(at[0]! - at[6]!)).toBeLessThanOrEqual(1e-12);
    expect(r.leaderBelow).toBe(lead(r.weight - 1e-6));
    expect(lead(r.weight + 1e-6)).not.toBe(r.leaderBelow);
    // The stability interval of the ranking, checked on a fine grid and just past its ends.
    const st = weightStability(p, m)[0]!;
    expect(st.exact).toBe(true);
    const now = ranksAt(p, m, 0, st.weight).join();
    for (let k = 0; k <= 1000; k++) {
      const t = k / 1000;
      if (t > st.ranking[0] + 1e-9 && t < st.ranking[1] - 1e-9) expect(ranksAt(p, m, 0, t).join()).toBe(now);
    }
    expect(ranksAt(p, m, 0, st.ranking[1] + 1e-9).join()).not.toBe(now);
    expect(ranksAt(p, m, 0, st.ranking[0] - 1e-9).join()).not.toBe(now);
  });
});

describe("tornado", () => {
  it("swings an option's score over each rating's interval, largest first", () => {
    const p = {
      matrix: [
        [5, 5],
        [6, 4],
      ],
      weights: [1, 1],
      directions: ["benefit", "benefit"] as ("benefit" | "cost")[],
      intervals: [
        [[3, 7] as [number, number], [4, 6] as [number, number]],
        [null, null],
      ],
    };
    const bars = tornado(p, 0, {
      method: "wsm",
      bounds: [
        [0, 10],
        [0, 10],
      ],
    });
    expect(bars.map((b) => b.criterion)).toEqual([0, 1]);
    expect(bars[0]!.low.score).toBeCloseTo(0.4, 12);
    expect(bars[0]!.high.score).toBeCloseTo(0.6, 12);
    expect(bars[0]!.swing).toBeCloseTo(0.2, 12);
    expect(bars[0]!.high.rank).toBe(1);
    expect(bars[0]!.low.rank).toBe(2);
  });

  it("ranks as the score table does: a score below another only by rounding shares its rank", () => {
    // (0.1 + 0.2) / 2 rounds to 0.15000000000000002, above 0.3 / 2: a tie within TIE_TOLERANCE.
    const p = {
      matrix: [
        [0.3, 0],
        [0.1, 0.2],
      ],
      weights: [1, 1],
      directions: ["benefit", "benefit"] as ("benefit" | "cost")[],
      intervals: [
        [[0.3, 0.4] as [number, number], null],
        [null, null],
      ],
    };
    const method: MethodOptions = {
      method: "wsm",
      bounds: [
        [0, 1],
        [0, 1],
      ],
    };
    const low = tornado(p, 0, method).find((b) => b.criterion === 0)!.low;
    expect(low.score).toBeLessThan(scoreMatrix(p, method).scores[1]!);
    expect(scoreMatrix(p, method).ranks).toEqual([1, 1]);
    expect(low.rank).toBe(1);
    expect(low.tied).toBe(true);
  });

  it("scores and ranks as the comparison does: penalties included, blocked options after the feasible", () => {
    const catalog = builtinCatalog();
    const a = { riskBurden: { penalty: 0.5 }, preconditions: { "mexican-consent": "opposed" } };
    const c = compare(catalog, a);
    const row = c.rows.find((r) => r.option === "training-fid")!;
    expect(row.feasible).toBe(false);
    const feasible = c.rows.filter((r) => r.feasible).length;
    for (const bar of tornadoCompare(catalog, a, "training-fid")) {
      // The score now lies between the scores at the two ends of each rating (the weighted sum is
      // monotone in a rating), penalty and all.
      const [lo, hi] = [Math.min(bar.low.score, bar.high.score), Math.max(bar.low.score, bar.high.score)];
      expect(row.score).toBeGreaterThanOrEqual(lo - 1e-12);
      expect(row.score).toBeLessThanOrEqual(hi + 1e-12);
      expect(Math.min(bar.low.rank, bar.high.rank)).toBeGreaterThan(feasible);
    }
  });

  it("reproduces the comparison's score at each interval end for a built-in option", () => {
    const c = compare(builtinCatalog());
    const row = c.rows.find((r) => r.option === "training-fid")!;
    expect(row.contributions.find((x) => x.criterion === "mexican-role")!.interval).toEqual([1, 5]);
  });
});
