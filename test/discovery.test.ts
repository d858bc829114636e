import { fc, test } from "@fast-check/vitest";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  boxSpec,
  decisiveSpec,
  disagreement,
  disagreementSpec,
  discover,
  discoverShard,
  either,
  mergeDiscovery,
  insideBox,
  paste,
  peel,
  renderDiscovery,
  renderSvg,
  trajectorySpec,
  type PrimDimension,
} from "../src/index";
import { referencePaste, referencePeel } from "./prim-reference";

const x: PrimDimension[] = [{ name: "x", kind: "continuous" }];

describe("PRIM (Friedman and Fisher 1999, 'Bump hunting in high-dimensional data')", () => {
  it("peels a worked example as computed by hand", () => {
    // Ten scenarios x = 0..9, the target holds for x >= 7. With alpha = 0.1 each peel removes one
    // scenario; removing the lowest always raises the density (3/10, 3/9, ..., 3/3), removing the
    // highest lowers it, so the low side goes first, until the box [7, 9] holds only hits; a further
    // peel would leave fewer than minSupport (0.3 x 10 = 3) scenarios.
    const data = Array.from({ length: 10 }, (_, i) => [i]);
    const y = data.map(([v]) => v! >= 7);
    const path = peel(data, y, x, { alpha: 0.1, minSupport: 0.3 });
    expect(path.map((b) => b.limits[0])).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((low) => ({ kind: "continuous", low, high: 9 })),
    );
    expect(path.map((b) => b.density)).toEqual([3 / 10, 3 / 9, 3 / 8, 3 / 7, 3 / 6, 3 / 5, 3 / 4, 1]);
    expect(path.map((b) => b.coverage)).toEqual(new Array(8).fill(1));
    // Pasting widens while the density holds: with the target at x >= 6, [7, 9] grows to [6, 9].
    const wider = data.map(([v]) => v! >= 6);
    expect(paste(data, wider, x, [{ kind: "continuous", low: 7, high: 9 }], { alpha: 0.1 }).limits).toEqual([
      { kind: "continuous", low: 6, high: 9 },
    ]);
  });

  it("recovers a box planted in uniform data, a category included", () => {
    let s = 7;
    const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const dims: PrimDimension[] = [
      { name: "a", kind: "continuous" },
      { name: "b", kind: "continuous" },
      { name: "c", kind: "categorical", categories: ["p", "q", "r"] },
    ];
    const data = Array.from({ length: 3000 }, () => [next(), next(), Math.floor(next() * 3)]);
    const y = data.map(([a, b, c]) => a! > 0.3 && a! < 0.7 && b! > 0.5 && c !== 2 && next() < 0.95);
    const path = peel(data, y, dims, { alpha: 0.05, minSupport: 0.05 });
    const box = path.reduce((m, b) => (b.coverage >= 0.6 && b.density > m.density ? b : m));
    const [a, b, c] = box.limits;
    expect(a).toMatchObject({ kind: "continuous" });
    if (a!.kind === "continuous") {
      expect(Math.abs(a!.low - 0.3)).toBeLessThan(0.08);
      expect(Math.abs(a!.high - 0.7)).toBeLessThan(0.08);
    }
    expect(b).toMatchObject({ kind: "continuous" });
    if (b!.kind === "continuous") expect(Math.abs(b!.low - 0.5)).toBeLessThan(0.08);
    expect(c).toEqual({ kind: "categorical", keep: [0, 1] });
    expect(box.density).toBeGreaterThan(0.85);
  });

  test.prop(
    [
      fc.array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2 }), fc.boolean()),
        {
          minLength: 20,
          maxLength: 120,
        },
      ),
    ],
    { numRuns: 60 },
  )("while peeling the density never falls, the boxes nest, and every count is the counted share", (rows) => {
    const dims: PrimDimension[] = [
      { name: "v", kind: "continuous" },
      { name: "k", kind: "categorical", categories: ["a", "b", "c"] },
    ];
    const data = rows.map(([v, k]) => [v, k]);
    const y = rows.map(([, , t]) => t);
    const path = peel(data, y, dims, { alpha: 0.1, minSupport: 0.1 });
    const hits = y.filter(Boolean).length;
    path.forEach((box, k) => {
      const inside = insideBox(data, box.limits);
      const got = inside.filter((i) => y[i]).length;
      expect([box.count, box.hits]).toEqual([inside.length, got]);
      expect(box.coverage).toBe(hits === 0 ? 0 : got / hits);
      expect(box.support).toBe(inside.length / data.length);
      if (k > 0) {
        expect(box.density).toBeGreaterThanOrEqual(path[k - 1]!.density);
        const before = new Set(insideBox(data, path[k - 1]!.limits));
        expect(inside.every((i) => before.has(i))).toBe(true);
        expect(box.count).toBeGreaterThanOrEqual(Math.ceil(0.1 * data.length));
      }
    });
  });
  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 20 }).map((v) => v / 20),
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.integer({ min: 0, max: 3 }),
          fc.boolean(),
        ),
        { minLength: 20, maxLength: 200 },
      ),
      fc.constantFrom(0.05, 0.1, 0.2),
      fc.constantFrom(0.05, 0.2),
    ],
    { numRuns: 150 },
  )(
    "peels and pastes exactly as PRIM's definition, candidate by candidate over all the data (ties included)",
    (rows, alpha, minSupport) => {
      const dims: PrimDimension[] = [
        { name: "u", kind: "continuous" },
        { name: "v", kind: "continuous" },
        { name: "k", kind: "categorical", categories: ["a", "b", "c", "d"] },
      ];
      const data = rows.map(([u, v, k]) => [u, v, k]);
      const y = rows.map(([, , , t]) => t);
      const path = peel(data, y, dims, { alpha, minSupport });
      expect(path).toEqual(referencePeel(data, y, dims, alpha, minSupport));
      for (const box of [path.at(-1)!, path[Math.floor(path.length / 2)]!]) {
        expect(paste(data, y, dims, box.limits, { alpha })).toEqual(
          referencePaste(data, y, dims, box.limits, alpha),
        );
      }
    },
  );
});

describe("discover", () => {
  const catalog = builtinCatalog();
  const dea = { perspective: { id: "dea-maltz", use: "beliefs" as const } };

  it("finds what would have to be true for the DEA's strikes to come first: force authorized", () => {
    const d = discover(
      catalog,
      { kind: "first", option: "drone-strikes" },
      {},
      { samples: 600, seed: 3 },
      dea,
    );
    expect(d.base).toBeGreaterThan(0);
    expect(d.rules.map((r) => r.text)).toContain("presidential-directive ∈ {force-authorized}");
    expect(d.decisive[0]!.dimension).toBe("presidential-directive");
    // The box's counts are the counted shares of the returned scenarios.
    const inside = insideBox(d.scenarios, d.box.limits);
    const hits = inside.filter((i) => d.outcomes[i]).length;
    expect([d.box.count, d.box.hits]).toEqual([inside.length, hits]);
    expect(d.box.coverage).toBe(hits / d.outcomes.filter(Boolean).length);
    expect(d.base).toBe(d.outcomes.filter(Boolean).length / d.samples);
    expect(d.summary).toMatch(
      /→ drone-strikes first in \d+% of these scenarios, \d+% of all scenarios where it holds/,
    );
  });

  it("says how many scenarios hold the target, and warns when the rules rest on few", () => {
    const rare = discover(
      catalog,
      { kind: "top", option: "sof-raids", k: 3 },
      { perspectives: ["hard-line", "heritage"] },
      { samples: 3000, seed: 1 },
    );
    const hits = rare.outcomes.filter(Boolean).length;
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(30);
    const text = renderDiscovery(rare, "text");
    expect(text).toContain(`It holds in ${hits} of them`);
    expect(text).toContain(`Only ${hits} scenarios hold the target: the rules rest on them alone.`);
    expect(text).toContain("beliefs of hard-line, heritage");
    const common = discover(
      catalog,
      { kind: "first", option: "intelligence-sharing" },
      {},
      { samples: 300, seed: 1 },
    );
    expect(renderDiscovery(common, "text")).not.toContain("Only ");
  });

  it("gives the same result for the same seed, and never a rule on a pinned dimension", () => {
    const target = { kind: "above", option: "training-fid", than: "sof-raids" } as const;
    const pin = { "presidential-directive": "force-authorized" };
    const a = discover(catalog, target, { pin }, { samples: 200, seed: 9 });
    expect(discover(catalog, target, { pin }, { samples: 200, seed: 9 })).toEqual(a);
    expect(a.dimensions.map((d) => d.name)).not.toContain("presidential-directive");
    expect(a.rules.map((r) => r.dimension)).not.toContain("presidential-directive");
    expect(discover(catalog, target, { pin }, { samples: 200, seed: 10 }).scenarios).not.toEqual(a.scenarios);
  });

  it("draws the trajectory, the decisive assumptions and a disagreement's two-by-two", async () => {
    const d = discover(
      catalog,
      { kind: "first", option: "drone-strikes" },
      {},
      { samples: 300, seed: 3 },
      dea,
    );
    const layers = trajectorySpec(d).layer as { data: { values: { coverage: number; density: number }[] } }[];
    expect(layers[0]!.data.values.map((v) => [v.coverage, v.density])).toEqual(
      d.trajectory.map((b) => [b.coverage, b.density]),
    );
    expect(layers[1]!.data.values).toEqual([
      { coverage: d.box.coverage, density: d.box.density, box: "chosen box" },
    ]);
    const bars = (decisiveSpec(d).data as { values: { dimension: string; distance: number }[] }).values;
    expect(bars[0]).toMatchObject({ dimension: d.decisive[0]!.dimension, distance: d.decisive[0]!.distance });
    const two = disagreementSpec(disagreement(catalog, "hard-line", "sheinbaum"));
    const cells = (two.data as { values: { values: string; beliefs: string; gives: string }[] }).values;
    expect(cells.map((c) => c.gives)).toEqual([
      "hard-line's choice",
      "hard-line's choice",
      "hard-line's choice",
      "sheinbaum's choice",
    ]);
    // The box's limits: each rule's dimension once, a range's span within the data's, the kept categories in the box.
    const box = boxSpec(d) as unknown as {
      vconcat: {
        data: {
          values: { dimension: string; where?: string; low?: number; high?: number; category?: string }[];
        };
      }[];
    };
    const shown = box.vconcat.flatMap((part) => part.data.values);
    expect([...new Set(shown.map((v) => v.dimension))].sort()).toEqual(
      d.rules.map((r) => r.dimension).sort(),
    );
    for (const v of shown) {
      const k = d.dimensions.findIndex((x) => x.name === v.dimension);
      const limit = d.box.limits[k]!;
      if (limit.kind === "continuous") expect([v.low, v.high]).toEqual([limit.low, limit.high]);
      else {
        const dim = d.dimensions[k]!;
        const c = dim.kind === "categorical" ? dim.categories.indexOf(v.category!) : -1;
        expect(v.where).toBe(limit.keep.includes(c) ? "in the box" : "outside the box");
      }
    }
    for (const spec of [trajectorySpec(d), decisiveSpec(d), boxSpec(d), two])
      expect(await renderSvg(spec)).toMatch(/^<svg/);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 59 }), { maxLength: 4 }), fc.integer({ min: 1, max: 4 })], {
    numRuns: 8,
  })("gives the same bits however the run is split into shards, in any order", (cuts, count) => {
    const target = { kind: "top", option: "training-fid", k: 3 } as const;
    // Every part of the space drawn: states, weights around a perspective, ratings, beliefs, methods.
    const space = {
      weights: { kind: "around", spread: 0.4, perspective: "milley" },
      ratings: "sampled",
      perspectives: ["heritage", "sheinbaum", "kaine"],
      methods: ["wsm", "vikor"],
    } as const;
    const whole = discover(catalog, target, space, { samples: 60, seed: 11 });
    const shards = Array.from({ length: count }, (_, index) =>
      discoverShard(catalog, target, space, { samples: 60, seed: 11, shard: { index, count } }),
    );
    const order = [...shards].sort(
      (a, b) => (cuts.includes(a.from) ? -1 : 0) - (cuts.includes(b.from) ? -1 : 0) || b.from - a.from,
    );
    expect(JSON.stringify(mergeDiscovery(order))).toBe(JSON.stringify(whole));
  });

  it("takes every combination of the free states in turn when the run has room for all, and reports progress", () => {
    const held = {
      "fto-designation": "designated",
      "presidential-directive": "options-ordered",
      "national-emergency": "declared",
      appropriations: "recommended",
    };
    const seen: number[] = [];
    const d = discover(
      catalog,
      { kind: "first", option: "intelligence-sharing" },
      { pin: held },
      { samples: 60, onProgress: (done) => seen.push(done) },
    );
    // mexican-consent (5 states) × aumf (3): 15 combinations, each 4 times in 60 scenarios.
    const counts = new Map<string, number>();
    for (const row of d.scenarios)
      counts.set(`${row[0]},${row[1]}`, (counts.get(`${row[0]},${row[1]}`) ?? 0) + 1);
    expect([...counts.values()]).toEqual(new Array(15).fill(4));
    expect(seen).toEqual([0]);
  });

  it("refuses shards of another run, gaps, overlaps and damage", () => {
    const target = { kind: "first", option: "intelligence-sharing" } as const;
    const shard = (index: number, seed = 1) =>
      discoverShard(catalog, target, {}, { samples: 40, seed, shard: { index, count: 2 } });
    const left = (r: E.Either<{ message: string }, unknown>) => (E.isLeft(r) ? r.left.message : "right");
    expect(left(either.mergeDiscovery([shard(0)]))).toBe("shards: scenarios 20 to 39 are missing");
    expect(left(either.mergeDiscovery([shard(1)]))).toBe("shards: scenarios 0 to 19 are missing");
    expect(left(either.mergeDiscovery([shard(0), shard(0), shard(1)]))).toBe(
      "shards: scenarios from 0 are given twice",
    );
    expect(left(either.mergeDiscovery([shard(0), shard(1, 2)]))).toContain(
      "shards: the shards come from different runs",
    );
    const damaged = { ...shard(0), outcomes: [...shard(0).outcomes.slice(1), 3] } as never;
    expect(left(either.mergeDiscovery([damaged, shard(1)]))).toBe(
      "shards[0]: not a discovery shard (or damaged)",
    );
    expect(left(either.mergeDiscovery([]))).toBe("shards: expected at least one shard");
    expect(left(either.discoverShard(catalog, target, {}, { shard: { index: 2, count: 2 } }))).toContain(
      "options.shard",
    );
  });

  it("refuses a bad target, space or options as a Left naming the place", () => {
    const left = (r: E.Either<{ message: string }, unknown>) => (E.isLeft(r) ? r.left.message : "right");
    expect(left(either.discover(catalog, { kind: "first", option: "nope" }))).toContain(
      "target.option: unknown option 'nope'",
    );
    expect(left(either.discover(catalog, { kind: "top", option: "sof-raids", k: 0 }))).toContain("target.k");
    expect(
      left(either.discover(catalog, { kind: "first", option: "sof-raids" }, { pin: { aumf: "x" } })),
    ).toContain("space.pin.aumf: 'x' is not a state of 'aumf'");
    expect(
      left(either.discover(catalog, { kind: "first", option: "sof-raids" }, {}, { samples: 5 })),
    ).toContain("options.samples");
    expect(
      left(
        either.discover(
          catalog,
          { kind: "first", option: "sof-raids" },
          {},
          {},
          { preconditions: { aumf: "enacted" } },
        ),
      ),
    ).toContain("pin them in the space instead");
    expect(E.isLeft(either.discover(null as never, null as never))).toBe(true);
  });
});
