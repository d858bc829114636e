// Laws of the scoring methods, checked on random problems. Only laws that hold are stated; where a
// method is known to break one (rank reversal), the test shows that it can.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { methodNames, scoreMatrix, topsis, type DecisionProblem, type MethodOptions } from "../../src/index";
import { methodArb, problemArb } from "./arbitraries";

const scores = (p: DecisionProblem, m: MethodOptions) => scoreMatrix(p, m).scores;
const expectClose = (a: readonly number[], b: readonly number[]) =>
  a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x))));

/** Option `worse` made from option `better` by worsening some criteria: `better` dominates it. */
const withDominated = fc
  .tuple(
    problemArb({ min: 2, max: 7 }),
    fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 5, maxLength: 5 }),
  )
  .map(([p, deltas]) => {
    const better = p.matrix[0]!;
    const worse = better.map((x, j) =>
      p.directions[j] === "benefit" ? x - deltas[j]! * (x / 10) : x + deltas[j]!,
    );
    return { ...p, matrix: [better, ...p.matrix.slice(1, -1), worse] };
  });

describe("laws of every method", () => {
  test.prop([problemArb(), methodArb])("scores are finite and within the method's range", (p, m) => {
    const s = scores(p, m);
    expect(s.every(Number.isFinite)).toBe(true);
    const [lo, hi] =
      m.method === "promethee2"
        ? [-1, 1]
        : m.method === "wsm" && m.normalization === "vector"
          ? [0, Infinity]
          : [0, 1];
    expect(s.every((x) => x >= lo - 1e-12 && x <= hi + 1e-12)).toBe(true);
  });

  const withPermutation = problemArb({ min: 2, max: 8 }).chain((p) =>
    fc.tuple(
      fc.constant(p),
      fc.shuffledSubarray(
        p.matrix.map((_, i) => i),
        { minLength: p.matrix.length, maxLength: p.matrix.length },
      ),
    ),
  );
  test.prop([withPermutation, methodArb])("permuting the options permutes the scores", ([p, order], m) => {
    const permuted = { ...p, matrix: order.map((i) => p.matrix[i]!) };
    const original = scores(p, m);
    expectClose(
      scores(permuted, m),
      order.map((i) => original[i]!),
    );
  });

  test.prop([problemArb(), methodArb, fc.nat(4), fc.double({ min: 0.01, max: 1000, noNaN: true })])(
    "multiplying a criterion by a positive constant changes no score",
    (p, m, column, k) => {
      const j = column % p.weights.length;
      // In floating point, x·k can round two values a few ulps apart into one (or apart): then the
      // scaled data are another problem, and a threshold method (PROMETHEE's usual criterion)
      // rightly scores it otherwise. The law is for scalings that keep every comparison.
      const values = p.matrix.map((row) => row[j]!);
      fc.pre(values.every((a) => values.every((b) => Math.sign(a - b) === Math.sign(a * k - b * k))));
      const scaled = { ...p, matrix: p.matrix.map((row) => row.map((x, c) => (c === j ? x * k : x))) };
      expectClose(scores(scaled, m), scores(p, m));
    },
  );

  test.prop([withDominated, methodArb])("a dominated option never outranks its dominator", (p, m) => {
    const s = scores(p, m);
    expect(s[s.length - 1]!).toBeLessThanOrEqual(s[0]! + 1e-12);
  });

  test.prop([
    problemArb(),
    methodArb,
    fc.nat(4),
    fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: 8, maxLength: 8 }),
  ])("a criterion of zero weight has no influence", (p, m, column, values) => {
    const j = column % p.weights.length;
    const weights = p.weights.map((w, c) => (c === j ? 0 : w));
    fc.pre(weights.some((w) => w > 1e-6));
    const changed = {
      ...p,
      weights,
      matrix: p.matrix.map((row, i) => row.map((x, c) => (c === j ? values[i]! : x))),
    };
    expectClose(scores(changed, m), scores({ ...p, weights }, m));
  });

  test.prop([problemArb(), methodArb, fc.double({ min: 0.001, max: 1000, noNaN: true })])(
    "multiplying every weight by a positive constant changes no score",
    (p, m, k) => {
      // Subnormal weights (fast-check draws 5e-324) lose their ratios when scaled, or vanish: the
      // law is for weights that stay normal numbers.
      const normal = (w: number) => w === 0 || w >= 1e-300;
      fc.pre(p.weights.every((w) => normal(w) && normal(w * k)));
      expectClose(scores({ ...p, weights: p.weights.map((w) => w * k) }, m), scores(p, m));
    },
  );
});

// Every method, VIKOR included: improving option a lowers (or keeps) its S and R, and can only
// raise the others' (a new best on a criterion widens everyone else's gap there); the best S or R
// falls only to a's own, and the worst stays or, when it was a's, falls to no less than a's. Each of
// a's two shares (x − best)/(worst − best) therefore falls or stays, and so does its Q.
describe("monotonicity (every method)", () => {
  test.prop([problemArb(), methodArb, fc.nat(7), fc.nat(4), fc.double({ min: 0.01, max: 10, noNaN: true })])(
    "improving an option on one criterion never lowers its score",
    (p, m, row, column, delta) => {
      const i = row % p.matrix.length;
      const j = column % p.weights.length;
      const improved =
        p.directions[j] === "benefit" ? p.matrix[i]![j]! + delta : p.matrix[i]![j]! * (1 - delta / 20);
      const q = {
        ...p,
        matrix: p.matrix.map((r, a) => (a === i ? r.map((x, c) => (c === j ? improved : x)) : r)),
      };
      expect(scores(q, m)[i]!).toBeGreaterThanOrEqual(scores(p, m)[i]! - 1e-12);
    },
  );
});

describe("rank reversal, a documented property", () => {
  it("TOPSIS can reverse two options' order when a third, worse one is added", () => {
    const base = { weights: [1, 1], directions: ["benefit", "benefit"] as ("benefit" | "cost")[] };
    const two = topsis({
      ...base,
      matrix: [
        [3, 3],
        [4, 2],
      ],
    });
    const three = topsis({
      ...base,
      matrix: [
        [3, 3],
        [4, 2],
        [1, 2],
      ],
    });
    expect(two.ranking.slice(0, 2)).toEqual([0, 1]);
    expect(three.ranks[1]!).toBeLessThan(three.ranks[0]!);
  });

  it("the weighted sum over fixed bounds cannot: adding an option changes no other score", () => {
    const base = { weights: [1, 1], directions: ["benefit", "benefit"] as ("benefit" | "cost")[] };
    const options = {
      method: "wsm" as const,
      bounds: [
        [0, 10],
        [0, 10],
      ] as [number, number][],
    };
    const two = scoreMatrix(
      {
        ...base,
        matrix: [
          [3, 3],
          [4, 2],
        ],
      },
      options,
    );
    const three = scoreMatrix(
      {
        ...base,
        matrix: [
          [3, 3],
          [4, 2],
          [1, 2],
        ],
      },
      options,
    );
    expect(three.scores.slice(0, 2)).toEqual(two.scores);
  });
});

describe("edge cases", () => {
  const all = methodNames.map((method) => ({ method }) as MethodOptions);

  it.each(all)("one option: finite, rank 1 ($method)", (m) => {
    const r = scoreMatrix({ matrix: [[3, 5]], weights: [1, 2], directions: ["benefit", "cost"] }, m);
    expect(Number.isFinite(r.scores[0]!)).toBe(true);
    expect(r.ranks).toEqual([1]);
  });

  it.each(all)("one criterion: the order of the values ($method)", (m) => {
    expect(
      scoreMatrix({ matrix: [[2], [5], [3]], weights: [1], directions: ["benefit"] }, m).ranking,
    ).toEqual([1, 2, 0]);
    expect(scoreMatrix({ matrix: [[2], [5], [3]], weights: [1], directions: ["cost"] }, m).ranking).toEqual([
      0, 2, 1,
    ]);
  });

  it.each(all)("all-equal columns: every option ties, no NaN ($method)", (m) => {
    const r = scoreMatrix(
      {
        matrix: [
          [4, 4],
          [4, 4],
          [4, 4],
        ],
        weights: [1, 1],
        directions: ["benefit", "cost"],
      },
      m,
    );
    expect(r.scores.every(Number.isFinite)).toBe(true);
    expect(r.ties).toEqual([[0, 1, 2]]);
    expect(r.ranks).toEqual([1, 1, 1]);
  });

  it.each(all)("huge and tiny magnitudes rank as their scaled-down twins ($method)", (m) => {
    const base = { weights: [1, 1], directions: ["benefit", "cost"] as ("benefit" | "cost")[] };
    const small = scoreMatrix(
      {
        ...base,
        matrix: [
          [1, 3],
          [2, 1],
          [3, 2],
        ],
      },
      m,
    );
    const huge = scoreMatrix(
      {
        ...base,
        matrix: [
          [1e300, 3e-300],
          [2e300, 1e-300],
          [3e300, 2e-300],
        ],
      },
      m,
    );
    expect(huge.scores.every(Number.isFinite)).toBe(true);
    if (m.method !== "promethee2") expectClose(huge.scores, small.scores);
    expect(huge.ranking).toEqual(small.ranking);
  });

  it("reports ties with a stated tolerance, and breaks them by input order", () => {
    const r = scoreMatrix({
      matrix: [
        [1, 2],
        [2, 1],
        [0, 0],
      ],
      weights: [1, 1],
      directions: ["benefit", "benefit"],
    });
    expect(r.ties).toEqual([[0, 1]]);
    expect(r.ranks).toEqual([1, 1, 3]);
    expect(r.ranking).toEqual([0, 1, 2]);
  });

  it.each([
    [
      { matrix: [[1, 2], [3]], weights: [1, 1], directions: ["benefit", "benefit"] },
      {},
      "matrix[1]: expected 2 values, got 1",
    ],
    [
      { matrix: [[1, 2]], weights: [1], directions: ["benefit", "benefit"] },
      {},
      "weights: expected 2 weights, got 1",
    ],
    [
      { matrix: [[1, 2]], weights: [1, -1], directions: ["benefit", "benefit"] },
      {},
      "weights[1]: expected a number >= 0, got -1",
    ],
    [
      { matrix: [[1, 2]], weights: [0, 0], directions: ["benefit", "benefit"] },
      {},
      "weights: expected at least one weight > 0, got all zero",
    ],
    [
      { matrix: [[1, Number.NaN]], weights: [1, 1], directions: ["benefit", "benefit"] },
      {},
      "matrix[0][1]: expected a finite number, got NaN",
    ],
    [{ matrix: [[1, 2]], weights: [1, 1], directions: ["benefit", "up"] }, {}, "directions[1]"],
    [
      { matrix: [[1, 0]], weights: [1, 1], directions: ["benefit", "benefit"] },
      { method: "wpm" },
      "matrix[0][1]: the weighted product needs values > 0, got 0",
    ],
    [
      { matrix: [[1, 2]], weights: [1, 1], directions: ["benefit", "benefit"] },
      { method: "promethee2", preference: "v-shape" },
      "p: the v-shape function needs p > 0",
    ],
    [
      { matrix: [[1, 2]], weights: [1, 1], directions: ["benefit", "benefit"] },
      { method: "promethee2", preference: ["linear", "usual"], q: [2, 0], p: [1, 0] },
      "p[0]: the linear function needs p > q, got q = 2, p = 1",
    ],
    [
      { matrix: [[1, -2]], weights: [1, 1], directions: ["benefit", "benefit"] },
      { method: "wsm", normalization: "sum" },
      "matrix[0][1]: sum normalization needs values >= 0, got -2",
    ],
    [
      { matrix: [[1, 2]], weights: [1, 1], directions: ["benefit", "benefit"] },
      { method: "electre" },
      "options.method",
    ],
  ])("rejects %j with a message naming the place", (problem, options, message) => {
    expect(() =>
      scoreMatrix(problem as DecisionProblem, { method: "wsm", ...options } as MethodOptions),
    ).toThrow(message);
  });
});
