import { fc, test } from "@fast-check/vitest";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  diff,
  documentedStates,
  either,
  loadCatalog,
  scoreMatrix,
  type AssumptionsInput,
} from "../../src/index";
import {
  alwaysRanksAbove,
  assumptionsFor,
  brokenCatalogs,
  catalogs,
  checkClaim,
  ClaimFailure,
  differingFromDefaults,
  decisionProblems,
  findDominanceViolation,
  findFeasibilityGatingViolation,
  findMonotonicityViolation,
  findTopInstability,
  findZeroWeightDependence,
  intervalWeights,
  methods,
  neverFeasibleWhen,
  defineClaim,
  orderedWeights,
  ratingsWithinIntervals,
  scenarioPairs,
  simplexWeights,
  topOptionIn,
} from "../../src/testing/index";

const catalog = builtinCatalog();

describe("arbitraries", () => {
  test.prop([simplexWeights(5)])("simplex weights are non-negative and sum to 1", (w) => {
    expect(w.every((x) => x >= 0)).toBe(true);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  const bounds: [number, number][] = [
    [0.05, 0.2],
    [0.3, 0.7],
    [0.1, 0.5],
  ];
  test.prop([intervalWeights(bounds)])("interval weights stay in their intervals and sum to 1", (w) => {
    w.forEach((x, j) => expect(x >= bounds[j]![0] - 1e-12 && x <= bounds[j]![1] + 1e-12).toBe(true));
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  test.prop([orderedWeights([3, 1, 0, 2])])("ordered weights respect the order", (w) => {
    expect(w[3]! >= w[1]! && w[1]! >= w[0]! && w[0]! >= w[2]!).toBe(true);
  });

  test.prop([decisionProblems(), methods()])("decision problems are valid for every method", (p, m) => {
    expect(scoreMatrix(p, m).scores.every(Number.isFinite)).toBe(true);
  });

  test.prop([catalogs()], { numRuns: 50 })("generated catalogs load and compare", (c) => {
    const loaded = loadCatalog(c);
    expect(compare(loaded).rows.length).toBe(c.options.length);
  });

  test.prop([brokenCatalogs()], { numRuns: 50 })("broken catalogs are rejected at the named place", (b) => {
    const r = either.loadCatalog(b.catalog);
    expect(E.isLeft(r) && r.left.issues.map((i) => i.path)).toContain(b.path);
  });

  test.prop([assumptionsFor(catalog, { pin: { aumf: "enacted" }, methods: true, ratings: true })], {
    numRuns: 30,
  })("assumptions are valid for the catalog and keep pinned states", (a) => {
    expect(compare(catalog, a).assumptions.preconditions.aumf).toBe("enacted");
  });

  test.prop([ratingsWithinIntervals(catalog)], { numRuns: 20 })(
    "ratings stay within the analyst's intervals (those not overridden keep the catalog's)",
    (ratings) => {
      for (const option of catalog.options) {
        for (const c of catalog.criteria) {
          const [lo, hi] = option.ratings[c.id]!.interval!;
          const v = ratings[option.id]?.[c.id]?.value ?? option.ratings[c.id]!.value;
          expect(v >= lo && v <= hi).toBe(true);
        }
      }
    },
  );

  test.prop([scenarioPairs(catalog)], { numRuns: 40 })(
    "scenario pairs differ in exactly the one assumption they name",
    (p) => {
      const changes = diff(compare(catalog, p.a), compare(catalog, p.b)).assumptions.map((c) => c.path);
      if (p.changed === "method") expect(changes.every((x) => x.startsWith("method"))).toBe(true);
      else expect(changes).toEqual([p.changed]);
    },
  );
});

describe("invariants", () => {
  test.prop([decisionProblems({ rows: { min: 2, max: 6 } }), methods()])(
    "dominance holds for every method",
    (p, m) => {
      expect(findDominanceViolation(p, m)).toBeUndefined();
    },
  );

  test.prop([
    decisionProblems({ rows: { min: 2, max: 6 } }),
    methods().filter((m) => m.method !== "vikor"),
    fc.nat(7),
    fc.nat(4),
  ])("monotonicity holds for every method but VIKOR", (p, m, option, criterion) => {
    const i = option % p.matrix.length;
    const j = criterion % p.weights.length;
    // A tenth of the value: a cost criterion stays > 0, as the weighted product needs.
    const change = { option: i, criterion: j, delta: p.matrix[i]![j]! / 10 };
    expect(findMonotonicityViolation(p, m, change)).toBeUndefined();
  });

  test.prop(
    [
      assumptionsFor(catalog, { methods: true }),
      fc.constantFrom(...catalog.criteria),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ],
    { numRuns: 30 },
  )("a zero-weight criterion has no influence", (a, { id, scale: { min, max } }, share) => {
    const at = (s: number) => min + s * (max - min);
    expect(
      findZeroWeightDependence(catalog, a, id, { "training-fid": at(share), "sof-raids": at(1 - share) }),
    ).toBeUndefined();
  });

  test.prop(
    [assumptionsFor(catalog, { methods: true }), fc.constantFrom("rank-last" as const, "exclude" as const)],
    { numRuns: 30 },
  )("blocked options never rank above feasible ones, and are left out when excluded", (a, infeasible) => {
    fc.pre(
      infeasible === "rank-last" ||
        compare(catalog, { ...a, infeasible: "rank-last" }).rows.some((r) => r.feasible),
    );
    expect(findFeasibilityGatingViolation(catalog, { ...a, infeasible })).toBeUndefined();
  });

  it("reports a change of the top option over a weight range", () => {
    const r = findTopInstability(catalog, {}, "cartel-capability", [0, 1]);
    expect(r?.invariant).toBe("top stability");
    expect(r?.message).toMatch(
      /^the top option changes from [a-z-]+ to [a-z-]+ at a 'cartel-capability' weight share of /,
    );
  });
});

describe("claims", () => {
  it("return true when they hold and throw a readable ClaimFailure when not", () => {
    expect(alwaysRanksAbove("training-fid", "sof-raids")(catalog, {})).toBe(true);
    expect(() => alwaysRanksAbove("sof-raids", "training-fid")(catalog, {})).toThrow(ClaimFailure);
    expect(() => topOptionIn(["sof-raids"])(catalog, { preset: "2025-09" })).toThrow(
      /^the top option is one of sof-raids fails: the top option is intelligence-sharing \(score 0\.760\)\n {2}under assumptions \{"preset":"2025-09"\}$/,
    );
  });

  test.prop([assumptionsFor(catalog, { pin: { "mexican-consent": "opposed" }, methods: true })], {
    numRuns: 30,
  })("stand inside fc.assert as predicates", (a) =>
    neverFeasibleWhen("training-fid", { op: "in", precondition: "mexican-consent", states: ["opposed"] })(
      catalog,
      a,
    ),
  );

  it("report the shrunk assumptions that break them", () => {
    const r = checkClaim(
      catalog,
      assumptionsFor(catalog, { startingPoints: false }),
      alwaysRanksAbove("sof-raids", "drone-strikes"),
      { seed: 42 },
    );
    expect(r.holds).toBe(false);
    expect(r.why).toMatch(/^drone-strikes ranks \d+/);
    expect(r.counterexample).toBeDefined();
  });

  it("report counterexamples with only the ratings that matter, and only what differs from the defaults", () => {
    // Naval strikes rank above raids by default; some weights and ratings within their intervals
    // reverse that. Every override left in the shrunk counterexample is needed: without it, the
    // claim holds. (Of 160 ratings, it lists only those of the two options that decide it.)
    const claim = alwaysRanksAbove("naval-strikes", "sof-raids");
    const r = checkClaim(
      catalog,
      assumptionsFor(catalog, { startingPoints: false, ratings: true, pin: documentedStates(catalog) }),
      claim,
      { seed: 7, numRuns: 200 },
    );
    expect(r.holds).toBe(false);
    const ratings = r.counterexample?.ratings ?? {};
    const cells = Object.entries(ratings).flatMap(([o, row]) => Object.keys(row).map((c) => [o, c] as const));
    expect(cells.length).toBeGreaterThan(0);
    for (const [o, c] of cells) {
      expect(["naval-strikes", "sof-raids"]).toContain(o);
      const { [c]: _dropped, ...rest } = ratings[o]!;
      expect(claim(catalog, { ...r.counterexample, ratings: { ...ratings, [o]: rest } })).toBe(true);
    }
    // The pinned states are the documented ones: none is listed.
    expect(r.counterexample?.preconditions).toBeUndefined();
  });

  test.prop([assumptionsFor(catalog, { methods: true, ratings: true })], { numRuns: 30 })(
    "differingFromDefaults keeps the comparison as it is",
    (a) => {
      const scores = (x: AssumptionsInput) => compare(catalog, x).rows.map((row) => [row.option, row.score]);
      expect(scores(differingFromDefaults(catalog, a))).toEqual(scores(a));
    },
  );

  it("treat a mistake in the claim as a mistake, not a counterexample", () => {
    const broken = defineClaim("indexes a row that is not there", (c, a) => {
      const rows = compare(c, a).rows as unknown as { option: string }[];
      return rows[99]!.option === "x" ? undefined : "no";
    });
    expect(() => checkClaim(catalog, assumptionsFor(catalog), broken, { numRuns: 5 })).toThrow(TypeError);
    expect(() => neverFeasibleWhen("sof-raids", { op: "in", precondition: "aumf" } as never)).toThrow(
      /^condition\.states: /,
    );
  });

  it("shrink states toward the documented ones and weights toward their defaults", () => {
    const r = checkClaim(
      catalog,
      assumptionsFor(catalog, { startingPoints: false }),
      topOptionIn(["intelligence-sharing", "law-enforcement-cooperation"]),
      { seed: 3, numRuns: 300 },
    );
    expect(r.holds).toBe(false);
    // Reduced to what differs from the defaults: a handful of states and weights, not all of them.
    expect(Object.keys(r.counterexample?.preconditions ?? {}).length).toBeLessThan(
      catalog.preconditions.length,
    );
    expect(Object.keys(r.counterexample?.weights ?? {}).length).toBeLessThan(catalog.criteria.length);
  });

  it("print the assumptions that differ from the defaults when they fail", () => {
    const claim = topOptionIn(["sof-raids"]);
    const a = {
      preconditions: { ...documentedStates(catalog), aumf: "enacted" },
      weights: { speed: 1, "drug-flow": 5 },
    };
    expect(() => claim(catalog, a)).toThrow(
      /\n {2}under assumptions \{"preconditions":\{"aumf":"enacted"\},"weights":\{"drug-flow":5\}\}$/,
    );
  });
});
