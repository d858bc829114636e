// Each method against published worked examples. Expected values are the publications', not ours.
import { describe, expect, it } from "vitest";
import { promethee2, topsis, vikor, wpm, wsm } from "../../src/index";

/** Every value within `tolerance` of the published one (publications round to a few digits). */
const within = (actual: readonly number[], expected: readonly number[], tolerance: number) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, i) => expect(Math.abs(x - expected[i]!)).toBeLessThanOrEqual(tolerance));
};

// Chakraborty, Zavadskas and Antucheviciene (2015), "Applications of WASPAS method as a
// multi-criteria decision-making tool", Economic Computation and Economic Cybernetics Studies and
// Research 49(1), 5-22, Example 2. WASPAS with lambda = 1 is the WSM and with lambda = 0 the WPM, both
// on the linear normalization x/max (benefit) and min/x (cost).
const chakraborty = {
  matrix: [
    [581818, 54.49, 3, 5500],
    [595454, 49.73, 3, 4500],
    [586060, 51.24, 3, 5000],
    [522727, 45.71, 3, 5800],
    [561818, 52.66, 3, 5200],
    [543030, 74.46, 4, 5600],
    [522727, 75.42, 4, 5800],
    [486970, 62.62, 4, 5600],
    [509394, 65.87, 4, 6400],
    [513333, 70.67, 4, 6000],
  ],
  weights: [0.467, 0.16, 0.095, 0.278],
  directions: ["cost", "cost", "cost", "benefit"] as ("cost" | "benefit")[],
};
const linearRatio = chakraborty.matrix.map((row) =>
  row.map((x, j) => {
    const column = chakraborty.matrix.map((r) => r[j]!);
    return chakraborty.directions[j] === "cost" ? Math.min(...column) / x : x / Math.max(...column);
  }),
);

// Papathanasiou and Ploskas (2018), Multiple Criteria Decision Aid: Methods, Examples and Python
// Implementations, Springer: the example of chapters 2 (VIKOR) and 3 (PROMETHEE).
const papathanasiou = {
  matrix: [
    [8, 7, 2, 1],
    [5, 3, 7, 5],
    [7, 5, 6, 4],
    [9, 9, 7, 3],
    [11, 10, 3, 7],
    [6, 9, 5, 4],
  ],
  weights: [0.4, 0.3, 0.1, 0.2],
  directions: ["benefit", "benefit", "benefit", "benefit"] as ("benefit" | "cost")[],
};

describe("wsm", () => {
  it("reproduces Chakraborty et al. (2015), Example 2, WASPAS lambda = 1", () => {
    // The paper's ratio normalization is applied first; `max` then leaves those columns as they are.
    const r = wsm(
      {
        matrix: linearRatio,
        weights: chakraborty.weights,
        directions: linearRatio[0]!.map(() => "benefit" as const),
      },
      { normalization: "max" },
    );
    within(r.scores, [0.859, 0.8194, 0.843, 0.942, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784], 1e-4);
    expect(r.ranks).toEqual([6, 10, 8, 1, 5, 9, 7, 3, 2, 4]);
  });
});

describe("wpm", () => {
  it("reproduces Chakraborty et al. (2015), Example 2, WASPAS lambda = 0, from the raw matrix", () => {
    const r = wpm(chakraborty);
    within(r.scores, [0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697], 1e-4);
    expect(r.ranks).toEqual([6, 10, 8, 1, 5, 9, 7, 3, 2, 4]);
  });

  it("reproduces the ratios of Triantaphyllou's example (Wikipedia, 'Weighted product model')", () => {
    // P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059.
    const r = wpm({
      matrix: [
        [25, 20, 15, 30],
        [10, 30, 20, 30],
        [30, 10, 30, 10],
      ],
      weights: [0.2, 0.15, 0.4, 0.25],
      directions: ["benefit", "benefit", "benefit", "benefit"],
    });
    const [a1, a2, a3] = r.scores as [number, number, number];
    expect(a1 / a2).toBeCloseTo(1.007, 3);
    expect(a1 / a3).toBeCloseTo(1.067, 3);
    expect(a2 / a3).toBeCloseTo(1.059, 3);
    expect(r.ranking).toEqual([0, 1, 2]);
  });
});

describe("topsis", () => {
  it("reproduces Tzeng and Huang (2011), Multiple Attribute Decision Making, CRC Press", () => {
    const r = topsis({
      matrix: [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      weights: [0.3, 0.4, 0.3],
      directions: ["benefit", "benefit", "benefit"],
    });
    within(r.scores, [0.5037, 0.6581, 0.7482, 0.334], 1e-4);
    expect(r.ranks).toEqual([3, 2, 1, 4]);
  });
});

describe("vikor", () => {
  it("reproduces Opricovic and Tzeng (2004), EJOR 156, 445-455", () => {
    const r = vikor({
      matrix: [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      weights: [0.5, 0.5],
      directions: ["cost", "benefit"],
    });
    if (r.explanation.kind !== "vikor") throw new Error("expected a VIKOR explanation");
    within(r.explanation.S, [0.5, 0.375, 0.5], 1e-12);
    within(r.explanation.R, [0.5, 0.25, 0.5], 1e-12);
    within(r.explanation.Q, [1, 0, 1], 1e-12);
    expect(r.explanation.acceptableAdvantage).toBe(true);
    expect(r.explanation.acceptableStability).toBe(true);
    expect(r.explanation.compromiseSet).toEqual([1]);
  });

  // Opricovic and Tzeng (2007), "Extended VIKOR method in comparison with outranking methods",
  // EJOR 178, 514-529: six hydropower alternatives, eight criteria, four weight sets.
  const extended = {
    matrix: [
      [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
      [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
      [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
      [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
      [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
      [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
    ],
    directions: ["benefit", "cost", "benefit", "benefit", "cost", "cost", "cost", "benefit"] as (
      "cost" | "benefit"
    )[],
  };
  it.each([
    [
      [1, 1, 1, 1, 1, 1, 1, 1],
      [0.692, 0.7, 0.29, 0.423, 0.28, 0.346],
      [0.125, 0.125, 0.121, 0.125, 0.067, 0.125],
      [0.991, 1.0, 0.473, 0.67, 0.0, 0.578],
      true,
      [4],
    ],
    [
      [2, 2, 2, 2, 1, 1, 1, 1],
      [0.701, 0.6, 0.386, 0.365, 0.317, 0.459],
      [0.167, 0.114, 0.161, 0.167, 0.089, 0.167],
      [1.0, 0.533, 0.552, 0.563, 0.0, 0.686],
      true,
      [4],
    ],
    [
      [1, 1, 1, 1, 2, 2, 2, 2],
      [0.683, 0.8, 0.193, 0.48, 0.243, 0.232],
      [0.113, 0.167, 0.08, 0.122, 0.044, 0.083],
      [0.684, 1.0, 0.147, 0.554, 0.041, 0.191],
      false,
      [4, 2, 5],
    ],
    [
      [1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2],
      [0.678, 0.857, 0.138, 0.513, 0.222, 0.167],
      [0.129, 0.19, 0.057, 0.139, 0.042, 0.06],
      [0.668, 1.0, 0.051, 0.588, 0.058, 0.078],
      false,
      [2, 4, 5],
    ],
  ])("reproduces Opricovic and Tzeng (2007) with weights %j", (weights, S, R, Q, advantage, set) => {
    const r = vikor({ ...extended, weights });
    if (r.explanation.kind !== "vikor") throw new Error("expected a VIKOR explanation");
    within(r.explanation.S, S, 1e-3);
    within(r.explanation.R, R, 1e-3);
    within(r.explanation.Q, Q, 1e-3);
    expect(r.explanation.acceptableAdvantage).toBe(advantage);
    expect(r.explanation.acceptableStability).toBe(true);
    expect(r.explanation.compromiseSet).toEqual(set);
  });

  it("reproduces Papathanasiou and Ploskas (2018), Multiple Criteria Decision Aid, ch. 2, v = 0.625", () => {
    const r = vikor(papathanasiou, { v: 0.625 });
    if (r.explanation.kind !== "vikor") throw new Error("expected a VIKOR explanation");
    within(r.explanation.Q, [0.64, 1.0, 0.693, 0.271, 0.0, 0.694], 1e-3);
  });

  it("gives S no say when every option's S is the same, also when rounding makes them differ", () => {
    // S = 0.5 (1 − t) for both options: equal, but summed in different orders they can differ in
    // the last bit, and divided by that spread the group term would be 0 or 1 by chance.
    for (let k = 0; k <= 40; k++) {
      const t = k / 40;
      const rest = (x: number) => ((1 - t) * x) / 16;
      const r = vikor({
        matrix: [
          [6, 12, 18, 1],
          [6, 1, 1, 2],
        ],
        weights: [t, rest(5), rest(8), rest(3)],
        directions: ["benefit", "cost", "benefit", "benefit"],
      });
      if (r.explanation.kind !== "vikor") throw new Error("expected a VIKOR explanation");
      // Only R separates them: option 0's largest regret 5/16 (1 − t), option 1's 8/16 (1 − t).
      const expected = t === 1 ? [1, 1] : [1, 0.5];
      within(r.scores, expected, 1e-12);
    }
  });
});

describe("promethee2", () => {
  it("reproduces Papathanasiou and Ploskas (2018), Multiple Criteria Decision Aid, ch. 3 (linear, q = 1, p = 2)", () => {
    const r = promethee2(papathanasiou, { preference: "linear", q: 1, p: 2 });
    within(r.scores, [-0.26, -0.52, -0.22, 0.36, 0.7, -0.06], 1e-3);
    expect(r.ranking).toEqual([4, 3, 5, 2, 0, 1]);
  });
});
