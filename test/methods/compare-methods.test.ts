import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { compareMethods, either, kendall, methodNames, spearman } from "../../src/index";
import { problemArb } from "./arbitraries";

describe("rank correlations", () => {
  it("match their textbook values", () => {
    expect(spearman([1, 2, 3, 4], [1, 2, 4, 3])).toBeCloseTo(0.8, 12);
    expect(kendall([1, 2, 3, 4], [1, 2, 4, 3])).toBeCloseTo(2 / 3, 12);
    // tau-b with a tie: (5 − 0) / √(5 · 6)
    expect(kendall([1, 2, 2, 4], [1, 3, 2, 4])).toBeCloseTo(5 / Math.sqrt(30), 12);
    // Spearman with ties uses average ranks: [1, 2.5, 2.5, 4] against [1, 3, 2, 4]
    expect(spearman([1, 2, 2, 4], [1, 3, 2, 4])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
  });

  it("are null, not NaN, when a ranking is all ties", () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(kendall([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 10 })])(
    "are 1 against themselves and lie in [−1, 1]",
    (ranks) => {
      fc.pre(new Set(ranks).size > 1);
      expect(spearman(ranks, ranks)).toBeCloseTo(1, 12);
      expect(kendall(ranks, ranks)).toBeCloseTo(1, 12);
      const reversed = ranks.map((r) => -r);
      expect(kendall(ranks, reversed)).toBeCloseTo(-1, 12);
    },
  );
});

describe("compareMethods", () => {
  const problem = {
    matrix: [
      [5, 8, 4],
      [7, 6, 8],
      [8, 8, 6],
      [7, 4, 6],
    ],
    weights: [0.3, 0.4, 0.3],
    directions: ["benefit", "benefit", "benefit"] as ("benefit" | "cost")[],
  };

  it("ranks under all five methods and compares every pair", () => {
    const c = compareMethods(problem);
    expect(c.results.map((r) => r.method)).toEqual([...methodNames]);
    expect(c.agreement).toHaveLength(10);
    expect(c.agreement.every((a) => a.spearman === null || (a.spearman >= -1 && a.spearman <= 1))).toBe(true);
  });

  it("gives a Borda consensus: the sum over methods of n − average rank", () => {
    const c = compareMethods(problem, [{ method: "wsm" }, { method: "topsis" }]);
    const expected = [0, 1, 2, 3].map((i) => c.results.reduce((s, r) => s + (4 - r.ranks[i]!), 0));
    expect(c.consensus.scores).toEqual(expected);
    expect(c.consensus.rule).toBe("borda");
    expect(c.consensus.order[0]).toBe(2);
  });

  test.prop([problemArb({ min: 2, max: 6 })])(
    "a unanimous set of methods has consensus equal to each ranking",
    (p) => {
      const c = compareMethods(p, [{ method: "wsm" }, { method: "wsm" }]);
      expect(c.consensus.ranks).toEqual(c.results[0]!.ranks);
    },
  );

  it("returns the first bad method's error through either", () => {
    const r = either.compareMethods(problem, [{ method: "wsm" }, { method: "vikor", v: 3 }]);
    expect(r._tag).toBe("Left");
    if (r._tag === "Left") expect(r.left.message).toContain("options.v");
  });
});
