// The WebAssembly sample loop against the JavaScript one: the same bits, on every shape, method,
// weight model and seed; where it does not apply, the JavaScript loop runs; the committed bytes are
// the compiler's output for the committed source.
import { fc, test } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { bytesModule, bytesModuleText, compileKernel } from "../../scripts/build-wasm";
import {
  smaa,
  smaaShard,
  smaaSync,
  type DecisionProblem,
  type MethodOptions,
  type SmaaOptionsInput,
  type SmaaProblem,
} from "../../src/index";
import { decisionProblems } from "../../src/testing/index";
import { RandomStream } from "../../src/uncertainty/random";
import type { WeightModel } from "../../src/uncertainty/smaa-options";
import { exponential, sampleWeights } from "../../src/uncertainty/weights";

const wasmMethods: fc.Arbitrary<MethodOptions> = fc.oneof(
  fc.record({
    method: fc.constant("wsm" as const),
    normalization: fc.constantFrom("min-max" as const, "vector" as const, "sum" as const, "max" as const),
  }),
  fc.record({
    method: fc.constant("topsis" as const),
    normalization: fc.constantFrom("vector" as const, "min-max" as const),
  }),
  fc.record({ method: fc.constant("wpm" as const) }),
  fc.record({ method: fc.constant("vikor" as const), v: fc.constantFrom(0, 0.2, 0.5, 1) }),
  fc.record({
    method: fc.constant("promethee2" as const),
    preference: fc.constantFrom("usual" as const, "linear" as const, "gaussian" as const),
    p: fc.constant(20),
    q: fc.constant(2),
    s: fc.constant(10),
  }),
);

/** A weight model for `columns` criteria, with intervals wide enough to sample from quickly. */
const weightModels = (columns: number): fc.Arbitrary<WeightModel> =>
  fc.oneof(
    fc.constant({ kind: "simplex" as const }),
    fc.constant({ kind: "fixed" as const }),
    fc
      .shuffledSubarray(
        Array.from({ length: columns }, (_, j) => j),
        { minLength: columns, maxLength: columns },
      )
      .map((order) => ({ kind: "ordinal" as const, order })),
    fc.constant({
      kind: "intervals" as const,
      bounds: Array.from({ length: columns }, (): [number, number] => [0, Math.min(1, 3 / columns)]),
    }),
  );

/** Problems of 1..40 options (more than one 16-option chunk) and 1..11 criteria, some rows repeated. */
const cases = fc
  .record({
    problem: decisionProblems({ rows: { min: 1, max: 40 }, columns: { min: 1, max: 11 } }),
    repeat: fc.nat(3),
    method: wasmMethods,
    seed: fc.integer(),
    samples: fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 16_000, max: 40_000 })),
  })
  .chain((c) =>
    weightModels(c.problem.directions.length).map((weights) => ({
      problem: { ...c.problem, matrix: [...c.problem.matrix, ...c.problem.matrix.slice(0, c.repeat)] },
      options: { method: c.method, seed: c.seed, samples: c.samples, weights } satisfies SmaaOptionsInput,
    })),
  );

/**
 * Comparisons' problems: ratings within intervals (about half the cells), normalized min-max over
 * stated bounds under the weighted sum, with tiers (feasible before blocked) and offsets
 * (penalties), each sometimes; some rows repeated, so that exact ties occur.
 */
const uncertainCases = fc
  .record({
    problem: decisionProblems({ rows: { min: 1, max: 24 }, columns: { min: 1, max: 9 } }),
    repeat: fc.nat(2),
    spreads: fc.array(
      fc.option(
        fc.tuple(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true })),
        { nil: null },
      ),
      { minLength: 300, maxLength: 300 },
    ),
    tiers: fc.option(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 30, maxLength: 30 }), {
      nil: undefined,
    }),
    offsets: fc.option(
      fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 30, maxLength: 30 }),
      { nil: undefined },
    ),
    seed: fc.integer(),
    samples: fc.integer({ min: 1, max: 20_000 }),
    confidenceSamples: fc.integer({ min: 1, max: 20_000 }),
  })
  .chain((c) => {
    const matrix = [...c.problem.matrix, ...c.problem.matrix.slice(0, c.repeat)];
    const columns = c.problem.directions.length;
    const intervals = matrix.map((row, i) =>
      row.map((x, j) => {
        const spread = c.spreads[(i * columns + j) % c.spreads.length];
        return spread ? ([x - spread[0], x + spread[1]] as [number, number]) : null;
      }),
    );
    const bounds = Array.from({ length: columns }, (_, j): [number, number] => [
      Math.min(...intervals.map((row, i) => row[j]?.[0] ?? matrix[i]![j]!)) - 1,
      Math.max(...intervals.map((row, i) => row[j]?.[1] ?? matrix[i]![j]!)) + 1,
    ]);
    return weightModels(columns).map((weights) => ({
      problem: {
        ...c.problem,
        matrix,
        intervals,
        ...(c.tiers ? { tiers: matrix.map((_, i) => c.tiers![i]!) } : {}),
        ...(c.offsets ? { offsets: matrix.map((_, i) => c.offsets![i]!) } : {}),
      },
      options: {
        method: { method: "wsm" as const, normalization: "min-max" as const, bounds },
        seed: c.seed,
        samples: c.samples,
        confidenceSamples: c.confidenceSamples,
        weights,
      } satisfies SmaaOptionsInput,
    }));
  });

/** Three options, two criteria: small enough to read. */
const three: DecisionProblem = {
  matrix: [
    [1, 2],
    [2, 1],
    [3, 0.5],
  ],
  weights: [1, 1],
  directions: ["benefit", "benefit"],
};

const withoutEngine = <T extends { engine: string }>({ engine: _, ...rest }: T) => rest;

/** Runs in WebAssembly, and gives what the JavaScript loop gives, bit for bit. */
const expectSameBits = (problem: SmaaProblem, options: SmaaOptionsInput) => {
  const wasm = smaaSync(problem, options);
  const js = smaaSync(problem, { ...options, engine: "js" });
  expect(wasm.engine).toBe("webassembly");
  expect(js.engine).toBe("javascript");
  expect(withoutEngine(wasm)).toEqual(withoutEngine(js));
};

describe("the WebAssembly sample loop", () => {
  test.prop([cases], { numRuns: 60 })(
    "gives the same bits as the JavaScript loop: tallies and results",
    ({ problem, options }) => {
      expectSameBits(problem, options);
      const range = { start: 0, end: options.samples };
      expect(smaaShard(problem, options, range)).toEqual(
        smaaShard(problem, { ...options, engine: "js" }, range),
      );
    },
  );

  test.prop([uncertainCases], { numRuns: 40 })(
    "and on comparisons' problems: sampled ratings, tiers, offsets, confidence factors",
    ({ problem, options }) => expectSameBits(problem, options),
  );

  test.prop(
    [
      cases.chain((c) =>
        fc.record({
          tiers: fc.array(fc.integer({ min: 0, max: 2 }), {
            minLength: c.problem.matrix.length,
            maxLength: c.problem.matrix.length,
          }),
          offsets: fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), {
            minLength: c.problem.matrix.length,
            maxLength: c.problem.matrix.length,
          }),
          c: fc.constant(c),
        }),
      ),
    ],
    { numRuns: 30 },
  )("and with tiers and offsets, on every method it runs", ({ tiers, offsets, c }) => {
    // The weighted product with offsets goes the JavaScript way (its scores are not on the log scale).
    const withOffsets = c.options.method.method !== "wpm";
    const problem = { ...c.problem, tiers, ...(withOffsets ? { offsets } : {}) };
    expectSameBits(problem, c.options);
  });

  it("counts exact ties the same way (every sample tied under fixed weights)", () => {
    const problem: DecisionProblem = {
      matrix: [
        [1, 2],
        [1, 2],
        [2, 1],
        [1, 2],
        [0, 0],
      ],
      weights: [1, 1],
      directions: ["benefit", "benefit"],
    };
    for (const weights of [{ kind: "fixed" as const }, { kind: "simplex" as const }]) {
      expectSameBits(problem, { samples: 20_000, seed: 4, weights });
    }
    // Under equal fixed weights, options 0..3 tie for first (share 1/4 each place), option 4 is last.
    const fixed = smaaSync(problem, { samples: 1000, weights: { kind: "fixed" } });
    expect(fixed.acceptability[0]).toEqual([0.25, 0.25, 0.25, 0.25, 0]);
    expect(fixed.acceptability[4]).toEqual([0, 0, 0, 0, 1]);
    expect(fixed.pairwise[0]![1]).toBe(0.5);
  });

  it("reports the interval model's failure as the JavaScript loop does", () => {
    // Three criteria, two weights below 1e-4: about two samples in 10^8 fit.
    const problem: DecisionProblem = {
      matrix: three.matrix.map((row) => [...row, 1]),
      weights: [1, 1, 1],
      directions: ["benefit", "benefit", "benefit"],
    };
    const bounds: [number, number][] = [
      [0, 1e-4],
      [0, 1e-4],
      [0, 1],
    ];
    const options = { samples: 10, weights: { kind: "intervals" as const, bounds } };
    const tooNarrow = "options.weights.bounds: the weight intervals are too narrow";
    expect(() => smaaSync(problem, options)).toThrow(tooNarrow);
    expect(() => smaaSync(problem, { ...options, engine: "js" })).toThrow(tooNarrow);
  });

  it("samples the one point there is when the lower bounds sum to 1", () => {
    const point = {
      kind: "intervals" as const,
      bounds: [
        [0.25, 0.25],
        [0.75, 0.75],
      ] as [number, number][],
    };
    const problem = { ...three, weights: [1, 3] };
    for (const engine of ["auto", "js"] as const) {
      const r = smaaSync(problem, { samples: 5000, weights: point, engine });
      const fixed = smaaSync(problem, { samples: 5000, weights: { kind: "fixed" }, engine });
      expect({ ...r, weights: fixed.weights }).toEqual(fixed);
    }
  });

  it("covers tiers and offsets, sampled ratings under stated bounds, and leaves the rest to JavaScript", () => {
    const problem = three;
    const engine = (p: object, o: SmaaOptionsInput = {}) =>
      smaaSync(p as DecisionProblem, { samples: 100, ...o }).engine;
    const uncertain = {
      ...problem,
      intervals: [
        [[0.5, 1.5], null],
        [null, null],
        [null, null],
      ],
    };
    const bounded = {
      method: "wsm" as const,
      bounds: [
        [0, 4],
        [0, 4],
      ] as [number, number][],
    };
    expect(engine(problem)).toBe("webassembly");
    expect(engine({ ...problem, tiers: [0, 1, 0] })).toBe("webassembly");
    expect(engine({ ...problem, offsets: [0, -0.1, 0] })).toBe("webassembly");
    expect(engine(uncertain, { method: bounded })).toBe("webassembly");
    // Ratings normalized over the sampled values themselves, or by TOPSIS, go the JavaScript way.
    expect(engine(uncertain)).toBe("javascript");
    expect(engine(uncertain, { method: { method: "topsis" } })).toBe("javascript");
    // The weighted product runs as a weighted sum of log-ratios, unless offsets are added to it.
    expect(engine(problem, { method: { method: "wpm" } })).toBe("webassembly");
    expect(engine({ ...problem, tiers: [0, 1, 0] }, { method: { method: "wpm" } })).toBe("webassembly");
    expect(engine({ ...problem, offsets: [0, -0.1, 0] }, { method: { method: "wpm" } })).toBe("javascript");
    expect(engine(uncertain, { method: { method: "wpm" } })).toBe("javascript");
    expect(engine(problem, { method: { method: "vikor" } })).toBe("webassembly");
    expect(engine(uncertain, { method: { method: "vikor" } })).toBe("javascript");
    const many = Array.from({ length: 256 }, (_, i) => [i % 7, (i * 13) % 11]);
    expect(engine({ ...problem, matrix: many })).toBe("javascript");
  });

  it("runs in JavaScript while a refused synchronous compile goes on in the background, then in WebAssembly", async () => {
    vi.resetModules();
    const Module = WebAssembly.Module;
    vi.stubGlobal("WebAssembly", {
      ...WebAssembly,
      Module: function refused() {
        throw new RangeError(
          "WebAssembly.Compile is disallowed on the main thread, if the buffer size is larger than 4KB",
        );
      },
      compile: WebAssembly.compile,
      Instance: WebAssembly.Instance,
    });
    try {
      const fresh = await import("../../src/index");
      const problem = three;
      const options = { samples: 20_000, seed: 9 };
      const first = fresh.smaaSync(problem, options);
      expect(first.engine).toBe("javascript");
      const later = await fresh.smaa(problem, options);
      expect(later.engine).toBe("webassembly");
      expect(withoutEngine(later)).toEqual(withoutEngine(first));
    } finally {
      vi.unstubAllGlobals();
      expect(WebAssembly.Module).toBe(Module);
      vi.resetModules();
    }
  });

  it("is what the async and single-threaded entry points use alike", async () => {
    const problem = three;
    const a = await smaa(problem, { samples: 40_000, seed: 2 });
    expect(a).toEqual(smaaSync(problem, { samples: 40_000, seed: 2 }));
  });

  it("is built from the committed source: bytes.ts is the compiler's output", async () => {
    const committed = readFileSync(join(__dirname, "../..", bytesModule), "utf8");
    expect(bytesModuleText(await compileKernel())).toBe(committed);
  }, 60_000);
});

describe("the weight sampler", () => {
  it("draws exponentials: −ln u to a relative 1e-13, at the ends of the range too", () => {
    const draws = [0, 1, 2, 3, 2 ** 16, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 2, 2 ** 32 - 1];
    const rng = new RandomStream(1, 2);
    for (let k = 0; k < 200_000; k++) draws.push(rng.nextUint32() >>> (k % 32));
    let worst = 0;
    for (const r of draws) {
      const exact = -Math.log((r + 0.5) / 2 ** 32);
      worst = Math.max(worst, Math.abs(exponential(r) - exact) / exact);
    }
    expect(worst).toBeLessThan(1e-13);
  });

  it("meets lower bounds exactly: intervals of [0, 1] are the simplex, bit for bit", () => {
    const problem: DecisionProblem = {
      matrix: [
        [1, 2, 3],
        [3, 1, 2],
        [2, 3, 1],
      ],
      weights: [1, 1, 1],
      directions: ["benefit", "benefit", "cost"],
    };
    const whole = { kind: "intervals" as const, bounds: [0, 1, 2].map((): [number, number] => [0, 1]) };
    for (const engine of ["auto", "js"] as const) {
      const a = smaaSync(problem, { samples: 20_000, seed: 5, engine });
      const b = smaaSync(problem, { samples: 20_000, seed: 5, engine, weights: whole });
      expect({ ...b, weights: a.weights }).toEqual(a);
    }
  });

  it("samples a box of ±50% around nine weights, which plain rejection from the simplex could not", () => {
    const center = [0.2, 0.27, 0.2, 0.03, 0.07, 0.07, 0.03, 0.07, 0.06];
    const bounds = center.map((w): [number, number] => [0.5 * w, 1.5 * w]);
    const problem: DecisionProblem = {
      matrix: [0, 1, 2].map((i) => center.map((_, j) => ((i + 1) * (j + 3)) % 7)),
      weights: center,
      directions: center.map(() => "benefit" as const),
    };
    const r = smaaSync(problem, { samples: 20_000, seed: 1, weights: { kind: "intervals", bounds } });
    r.central.forEach((w) =>
      w?.forEach((x, j) => expect(x >= bounds[j]![0] && x <= bounds[j]![1]).toBe(true)),
    );
    expect(withoutEngine(r)).toEqual(
      withoutEngine(
        smaaSync(problem, { samples: 20_000, seed: 1, weights: { kind: "intervals", bounds }, engine: "js" }),
      ),
    );
  });

  it("is uniform on the simplex: each weight's marginal is Beta(1, m − 1) (Kolmogorov–Smirnov, 1%)", () => {
    const m = 6;
    const n = 20_000;
    const rng = new RandomStream(7, 0);
    const out = new Float64Array(m);
    const scratch = new Float64Array(m);
    const first: number[] = [];
    const last: number[] = [];
    for (let k = 0; k < n; k++) {
      rng.reseed(7, k);
      sampleWeights({ kind: "simplex" }, out, rng, out, scratch);
      expect(Math.abs(out.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-15);
      expect(out.every((w) => w > 0)).toBe(true);
      first.push(out[0]!);
      last.push(out[m - 1]!);
    }
    for (const sample of [first, last]) {
      sample.sort((a, b) => a - b);
      const cdf = (t: number) => 1 - (1 - t) ** (m - 1);
      const d = Math.max(...sample.map((x, i) => Math.max((i + 1) / n - cdf(x), cdf(x) - i / n)));
      expect(d).toBeLessThan(1.63 / Math.sqrt(n));
    }
  });
});
