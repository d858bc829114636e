import { fc, test } from "@fast-check/vitest";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  comparisonSmaaProblem,
  either,
  FEW_SAMPLES,
  finalizeSmaa,
  mergeSmaa,
  scoreMatrix,
  smaa,
  smaaShard,
  smaaCompareSync,
  smaaSync,
  type DecisionProblem,
  type MethodOptions,
} from "../../src/index";
import { makeKernel } from "../../src/uncertainty/kernels";
import { prepareProblem } from "../../src/methods/problem";
import { methodArb, problemArb } from "../methods/arbitraries";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const small = { samples: 3000 };

describe("smaa: laws", () => {
  test.prop([problemArb({ min: 1, max: 6 }), methodArb, fc.integer()], { numRuns: 40 })(
    "rank acceptability rows and columns each sum to 1",
    (p, method, seed) => {
      // Duplicate the first option so that exact ties occur too.
      const problem = { ...p, matrix: [...p.matrix, p.matrix[0]!] };
      const r = smaaSync(problem, { ...small, method, seed });
      for (const row of r.acceptability) expect(sum(row)).toBeCloseTo(1, 9);
      for (let k = 0; k < problem.matrix.length; k++)
        expect(sum(r.acceptability.map((row) => row[k]!))).toBeCloseTo(1, 9);
      r.pairwise.forEach((row, a) =>
        row.forEach((x, b) => a !== b && expect(x + r.pairwise[b]![a]!).toBeCloseTo(1, 9)),
      );
    },
  );

  test.prop(
    [
      problemArb({ min: 2, max: 6 }),
      methodArb.filter((m) => m.method !== "vikor" || (m.v ?? 0.5) > 0),
      fc.integer(),
    ],
    {
      numRuns: 40,
    },
  )("a dominated option never ranks first under weights on the simplex", (p, method, seed) => {
    const better = p.matrix[0]!;
    const worse = better.map((x, j) => (p.directions[j] === "benefit" ? x * 0.5 : x * 2));
    const r = smaaSync({ ...p, matrix: [...p.matrix, worse] }, { ...small, method, seed });
    expect(r.acceptability.at(-1)![0]).toBe(0);
  });

  test.prop([problemArb({ min: 1, max: 7 }), methodArb])(
    "each method's sampling kernel scores as the method does",
    (p, method) => {
      const prepared = prepareProblem(p);
      if (E.isLeft(prepared)) throw prepared.left;
      const kernel = makeKernel(prepared.right, method);
      kernel.prepare(prepared.right.values);
      const out = new Float64Array(p.matrix.length);
      kernel.score(prepared.right.weights, out);
      const expected = scoreMatrix(p, method).scores;
      out.forEach((x, i) => expect(Math.abs(x - expected[i]!)).toBeLessThan(1e-9));
    },
  );

  test.prop([problemArb({ min: 2, max: 5 }), fc.integer(), fc.integer({ min: 1, max: 3 })], { numRuns: 15 })(
    "shards merge, in any order, into exactly the single run",
    (p, seed, cut) => {
      const options = { samples: 16384 * 3 + 100, seed };
      const whole = smaaSync(p, options);
      const at = cut * 16384;
      const merged = finalizeSmaa(
        p,
        options,
        mergeSmaa([
          smaaShard(p, options, { start: at, end: options.samples }),
          smaaShard(p, options, { start: 0, end: at }),
        ]),
      );
      expect(merged).toEqual(whole);
    },
  );

  it("converges to the exact value on a two-option case computed by hand", () => {
    // Scores w1 and 0.25 w1 + (1 − w1): option 0 ranks first iff w1 > 4/7, so with probability 3/7.
    const problem: DecisionProblem = {
      matrix: [
        [4, 0],
        [1, 4],
      ],
      weights: [1, 1],
      directions: ["benefit", "benefit"],
    };
    const r = smaaSync(problem, {
      method: {
        method: "wsm",
        bounds: [
          [0, 4],
          [0, 4],
        ],
      },
      samples: 200_000,
      seed: 11,
    });
    expect(Math.abs(r.acceptability[0]![0]! - 3 / 7)).toBeLessThan(4 * r.standardError.max);
    expect(r.pairwise[0]![1]).toBeCloseTo(r.acceptability[0]![0]!, 12);
    // The central weights of option 0: w1 uniform on (4/7, 1), so its mean is 11/14.
    expect(r.central[0]![0]!).toBeCloseTo(11 / 14, 2);
  });

  it("is the deterministic ranking when weights are fixed and ratings certain", () => {
    const p: DecisionProblem = {
      matrix: [
        [3, 1],
        [1, 3],
        [2, 2.5],
      ],
      weights: [2, 1],
      directions: ["benefit", "benefit"],
    };
    const r = smaaSync(p, { samples: 500, weights: { kind: "fixed" } });
    const ranks = scoreMatrix(p).ranks;
    r.acceptability.forEach((row, i) => row.forEach((x, k) => expect(x).toBe(k + 1 === ranks[i] ? 1 : 0)));
    expect(r.confidence[0]).toBe(1);
    expect(r.central[1]).toBeNull();
  });
});

describe("smaa: weight models and rating intervals", () => {
  const p: DecisionProblem = {
    matrix: [
      [5, 8, 4],
      [7, 6, 8],
      [8, 8, 6],
      [7, 4, 6],
    ],
    weights: [1, 1, 1],
    directions: ["benefit", "benefit", "benefit"],
  };

  it("respects an ordinal ranking of the criteria", () => {
    const r = smaaSync(p, { samples: 20000, weights: { kind: "ordinal", order: [1, 0, 2] } });
    for (const w of r.central) if (w) expect(w[1]! >= w[0]! && w[0]! >= w[2]!).toBe(true);
  });

  it("keeps weights within their intervals", () => {
    const bounds: [number, number][] = [
      [0.1, 0.3],
      [0.3, 0.6],
      [0.2, 0.5],
    ];
    const r = smaaSync(p, { samples: 20000, weights: { kind: "intervals", bounds } });
    for (const w of r.central)
      if (w) w.forEach((x, j) => expect(x >= bounds[j]![0] && x <= bounds[j]![1]).toBe(true));
  });

  it("samples ratings within their intervals, and reports confidence factors below 1", () => {
    const certain = smaaSync(p, { samples: 20000, weights: { kind: "fixed" } });
    const uncertain = smaaSync(
      { ...p, intervals: p.matrix.map((row) => row.map((x) => [x - 2, x + 2] as [number, number])) },
      { samples: 20000, weights: { kind: "fixed" }, confidenceSamples: 5000 },
    );
    expect(certain.acceptability[2]![0]).toBe(1);
    expect(uncertain.acceptability[2]![0]).toBeLessThan(1);
    expect(uncertain.acceptability[2]![0]).toBeGreaterThan(0.2);
    expect(uncertain.confidence[2]).toBeGreaterThan(0);
    expect(uncertain.confidence[2]).toBeLessThan(1);
  });

  it("ranks a lower tier first and adds offsets", () => {
    const tiered = smaaSync({ ...p, tiers: [0, 0, 1, 0] }, small);
    expect(tiered.acceptability[2]![3]).toBe(1);
    const offset = smaaSync({ ...p, offsets: [10, 0, 0, 0] }, small);
    expect(offset.acceptability[0]![0]).toBe(1);
  });

  it("gives the same result for the same seed, and another for another seed", () => {
    expect(smaaSync(p, { samples: 5000, seed: 1 })).toEqual(smaaSync(p, { samples: 5000, seed: 1 }));
    expect(smaaSync(p, { samples: 5000, seed: 2 }).acceptability).not.toEqual(
      smaaSync(p, { samples: 5000, seed: 1 }).acceptability,
    );
  });
});

describe("smaa: progress, cancellation and errors", () => {
  const p: DecisionProblem = {
    matrix: [
      [1, 2],
      [2, 1],
    ],
    weights: [1, 1],
    directions: ["benefit", "benefit"],
  };

  it("reports progress block by block and matches the synchronous run", async () => {
    const seen: number[] = [];
    const r = await smaa(p, { samples: 50000, seed: 4 }, { onProgress: (x) => seen.push(x.done) });
    expect(seen).toEqual([16384, 32768, 49152, 50000]);
    expect(r).toEqual(smaaSync(p, { samples: 50000, seed: 4 }));
  });

  it("stops with a 'cancelled' error when the signal aborts", async () => {
    const controller = new AbortController();
    const r = await either.smaa(
      p,
      { samples: 200_000 },
      { onProgress: () => controller.abort(), signal: controller.signal },
    );
    expect(E.isLeft(r) && r.left.code).toBe("cancelled");
  });

  it.each([
    [
      {
        ...p,
        intervals: [
          [[2, 3], null],
          [null, null],
        ],
      },
      {},
      "intervals[0][0]: expected low <= 1 <= high, got [2, 3]",
    ],
    [
      p,
      {
        weights: {
          kind: "intervals",
          bounds: [
            [0, 0.2],
            [0, 0.2],
          ],
        },
      },
      "options.weights.bounds: no weights summing to 1 fit these intervals",
    ],
    [
      p,
      { weights: { kind: "ordinal", order: [0, 0] } },
      "options.weights.order: expected an ordering of all 2 criterion indices",
    ],
    [
      {
        ...p,
        intervals: [
          [[0, 1], null],
          [null, null],
        ],
      },
      { method: { method: "wpm" } },
      "intervals[0][0]: the weighted product needs values > 0",
    ],
    [p, { samples: 0 }, "options.samples"],
    [{ ...p, tiers: [0] }, {}, "tiers: expected 2 values, got 1"],
  ])("rejects %j %j", (problem, options, message) => {
    const r = either.smaaSync(problem as DecisionProblem, options as { method?: MethodOptions });
    expect(E.isLeft(r) && r.left.message).toContain(message);
  });

  it("rejects shards off the block grid and overlapping merges", () => {
    const r = either.smaaShard(p, { samples: 40000 }, { start: 100, end: 40000 });
    expect(E.isLeft(r) && r.left.message).toBe("range.start: expected a multiple of 16384, got 100");
    const a = smaaShard(p, { samples: 40000 }, { start: 0, end: 32768 });
    const b = smaaShard(p, { samples: 40000 }, { start: 16384, end: 40000 });
    const m = either.mergeSmaa([a, b]);
    expect(E.isLeft(m) && m.left.message).toBe(
      "accumulators: sample ranges overlap at 16384: a sample would count twice",
    );
  });
});

describe("smaa: what varies, and how much stands behind each figure (issue 14)", () => {
  const catalog = builtinCatalog();
  const withIntervals = comparisonSmaaProblem(catalog, {}).problem;

  it("holds the ratings at their values when asked: the same as a problem without intervals", () => {
    const { intervals: _dropped, ...certain } = withIntervals;
    const held = smaaSync(withIntervals, { samples: 4000, seed: 3, ratings: "fixed" });
    const bare = smaaSync(certain, { samples: 4000, seed: 3 });
    expect(held.acceptability).toEqual(bare.acceptability);
    expect(held.central).toEqual(bare.central);
    expect(held.ratings).toBe("fixed");
    expect(held.standardError.confidence.every((se) => se === null || se === 0)).toBe(true);
  });

  test.prop([problemArb({ min: 2, max: 6 }), fc.integer({ min: 1, max: 3000 }), fc.integer()], {
    numRuns: 30,
  })(
    "support and standard errors: first places are the acceptability's share, bounds follow the counts",
    (p, samples, seed) => {
      const r = smaaSync(p, { samples, seed });
      r.support.central.forEach((firsts, i) => {
        expect(firsts / samples).toBeCloseTo(r.acceptability[i]![0]!, 12);
        expect(r.support.few[i]).toBe(firsts > 0 && firsts < FEW_SAMPLES);
        const se = r.standardError.central[i];
        if (r.central[i] === null) expect(se).toBeNull();
        else
          r.central[i]!.forEach((w, j) => expect(se![j]).toBeCloseTo(Math.sqrt((w * (1 - w)) / firsts), 12));
        const c = r.confidence[i]!;
        const runs = r.support.confidence[i]!;
        if (c === null) expect(r.standardError.confidence[i]).toBeNull();
        else expect(r.standardError.confidence[i]).toBeCloseTo(Math.sqrt((c * (1 - c)) / runs), 12);
      });
    },
  );

  it("counts the rating samples behind each confidence factor", () => {
    const r = smaaSync(withIntervals, { samples: 2000, seed: 1, confidenceSamples: 3000 });
    r.central.forEach((w, i) => expect(r.support.confidence[i]).toBe(w === null ? 0 : 3000));
  });

  it.each([
    [{ weights: { speed: 3 } }, "assumptions.weights"],
    [{ perspective: "kaine" }, "the perspective 'kaine' (its values)"],
    [{ riskBurden: { weight: 1 } }, "assumptions.riskBurden.weight"],
  ] as const)("refuses to ignore the weights of %j: the run must say what it does with them", (a, setBy) => {
    const r = either.smaaCompareSync(catalog, a, { samples: 500 });
    expect(E.isLeft(r) && r.left.message).toBe(
      `options.weights: ${setBy} sets weights, which SMAA's default (weights sampled uniformly) would not use: give weights { kind: "fixed" } to hold them (only ratings vary), or { kind: "simplex" } to sample every weight`,
    );
    expect(E.isRight(either.smaaCompareSync(catalog, a, { samples: 500, weights: { kind: "fixed" } }))).toBe(
      true,
    );
    expect(
      E.isRight(either.smaaCompareSync(catalog, a, { samples: 500, weights: { kind: "simplex" } })),
    ).toBe(true);
  });

  it("uses a perspective's beliefs alone without asking (they set no weights), and holds weights it is told to", () => {
    expect(
      E.isRight(
        either.smaaCompareSync(catalog, { perspective: { id: "kaine", use: "beliefs" } }, { samples: 200 }),
      ),
    ).toBe(true);
    const a = { weights: { speed: 5 } };
    const held = smaaCompareSync(catalog, a, { samples: 2000, seed: 2, weights: { kind: "fixed" } });
    const p = comparisonSmaaProblem(catalog, a);
    expect(held.acceptability).toEqual(
      smaaSync(p.problem, { samples: 2000, seed: 2, method: p.method, weights: { kind: "fixed" } })
        .acceptability,
    );
  });
});
