import { fc, test } from "@fast-check/vitest";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  discover,
  either,
  insideBox,
  type AssumptionsInput,
  type Discovery,
  type DiscoveryTarget,
} from "../src/index";
import { rankOptions } from "../src/comparison/rank-rows";
import { rankInto } from "../src/discovery/space";
import { alwaysRanksAbove } from "../src/testing/index";

const catalog = builtinCatalog();

/** The assumptions a scenario stands for, read back from its row (states, weights, method, beliefs). */
const assumptionsOf = (
  d: Discovery,
  row: readonly number[],
  base: AssumptionsInput,
  pin: Record<string, string> = {},
): AssumptionsInput => {
  const preconditions: Record<string, string> = { ...pin };
  const weights: Record<string, number> = {};
  let method: string | undefined;
  let beliefs: string | undefined;
  d.dimensions.forEach((dim, k) => {
    const v = row[k]!;
    const weight = /^weight\((.+)\)$/.exec(dim.name);
    if (weight) weights[weight[1]!] = v;
    else if (dim.kind === "categorical" && dim.name === "method") method = dim.categories[v];
    else if (dim.kind === "categorical" && dim.name === "beliefs") beliefs = dim.categories[v];
    else if (dim.kind === "categorical") preconditions[dim.name] = dim.categories[v]!;
  });
  return {
    ...base,
    preconditions,
    ...(Object.keys(weights).length > 0 ? { weights } : {}),
    ...(method ? { method: method as "wsm" } : {}),
    ...(beliefs ? { perspective: { id: beliefs, use: "beliefs" as const } } : {}),
  };
};

/** Whether the target holds in a comparison, as the documentation states it. */
const holdsIn = (target: Exclude<DiscoveryTarget, { kind: "claim" }>, a: AssumptionsInput): boolean => {
  const rows = compare(catalog, a).rows;
  const row = rows.find((r) => r.option === target.option);
  if (!row || !row.feasible) return false;
  if (target.kind === "first") return row.rank === 1;
  if (target.kind === "top") return row.rank <= target.k;
  const other = rows.find((r) => r.option === target.than);
  return !other || row.rank < other.rank;
};

/** A rule as written, as a test on a scenario's row. */
const ruleHolds = (d: Discovery, text: string, row: readonly number[]): boolean => {
  const index = (name: string) => {
    const k = d.dimensions.findIndex((dim) => dim.name === name);
    expect(k, `dimension ${name} of rule ${text}`).toBeGreaterThanOrEqual(0);
    return k;
  };
  let m = /^(.+) ∈ \{(.*)\}$/.exec(text);
  if (m) {
    const dim = d.dimensions[index(m[1]!)]!;
    if (dim.kind !== "categorical") throw new Error(`not categorical: ${text}`);
    return m[2]!.split(", ").includes(dim.categories[row[index(m[1]!)]!]!);
  }
  m = /^([\d.]+) ≤ (.+) ≤ ([\d.]+)$/.exec(text);
  if (m) {
    const v = row[index(m[2]!)]!;
    return v >= Number(m[1]) && v <= Number(m[3]);
  }
  m = /^(.+) ([≥≤]) ([\d.]+)$/.exec(text);
  if (!m) throw new Error(`a rule not in the documented form: ${text}`);
  const v = row[index(m[1]!)]!;
  return m[2] === "≥" ? v >= Number(m[3]) : v <= Number(m[3]);
};

describe("discovery's space", () => {
  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom(0, 0.5, 0.5 + 1e-10, 0.5 - 4e-10, 0.5 + 3e-9, 1),
            fc.double({ min: -2, max: 2, noNaN: true }),
          ),
          fc.boolean(),
        ),
        { minLength: 1, maxLength: 18 },
      ),
      fc.boolean(),
    ],
    { numRuns: 500 },
  )(
    "ranks without allocating exactly as a comparison ranks (ties chained within the tolerance)",
    (rows, rankLast) => {
      const scores = rows.map(([x]) => x);
      const feasible = rows.map(([, f]) => f);
      const ranks = new Int32Array(rows.length);
      rankInto(Float64Array.from(scores), feasible, rankLast, new Int32Array(rows.length), ranks);
      expect(Array.from(ranks)).toEqual(rankOptions(scores, feasible, rankLast).ranks);
    },
  );

  it("evaluates each scenario as compare does, for every method and each actor's beliefs", () => {
    const methods = ["wsm", "wpm", "topsis", "vikor", "promethee2"] as const;
    const perspectives = catalog.perspectives.map((p) => p.id);
    for (const [target, base] of [
      [{ kind: "first", option: "intelligence-sharing" }, {}],
      [{ kind: "top", option: "sof-raids", k: 3 }, { infeasible: "penalize" }],
      [{ kind: "above", option: "training-fid", than: "drone-strikes" }, { infeasible: "exclude" }],
    ] as const) {
      const d = discover(catalog, target, { methods, perspectives }, { samples: 150, seed: 4 }, base);
      expect(d.dimensions.map((x) => x.name)).toEqual(expect.arrayContaining(["method", "beliefs"]));
      d.scenarios.forEach((row, i) => {
        expect(d.outcomes[i], JSON.stringify(assumptionsOf(d, row, base))).toBe(
          holdsIn(target, assumptionsOf(d, row, base)),
        );
      });
    }
  });

  it("holds the assumptions' weights when weights are fixed, and takes a claim as the target", () => {
    const claim = alwaysRanksAbove("training-fid", "sof-raids");
    const base = { perspective: "bi-experts" };
    const d = discover(
      catalog,
      { kind: "claim", claim },
      { weights: "fixed" },
      { samples: 120, seed: 2 },
      base,
    );
    expect(d.targetText).toBe(claim.description);
    expect(d.dimensions.every((x) => !x.name.startsWith("weight("))).toBe(true);
    d.scenarios.forEach((row, i) => {
      const a = assumptionsOf(d, row, base);
      const rows = compare(catalog, a).rows;
      const rank = (id: string) => rows.find((r) => r.option === id)!.rank;
      expect(d.outcomes[i]).toBe(rank("training-fid") < rank("sof-raids"));
    });
    // Some scenarios hold and some do not: the claim is tested, not assumed.
    expect(new Set(d.outcomes).size).toBe(2);
  });

  it("draws weights within intervals and around a perspective's values", () => {
    const target = { kind: "first", option: "sof-raids" } as const;
    const bounds = { speed: [0.2, 0.4], "legal-exposure": [0, 0.05] } as const;
    const d = discover(
      catalog,
      target,
      { weights: { kind: "intervals", bounds } },
      { samples: 200, seed: 1 },
    );
    const at = (name: string) => d.dimensions.findIndex((x) => x.name === name);
    for (const row of d.scenarios) {
      const shares = d.dimensions.flatMap((x, k) => (x.name.startsWith("weight(") ? [row[k]!] : []));
      expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      expect(row[at("weight(speed)")]).toBeGreaterThanOrEqual(0.2);
      expect(row[at("weight(speed)")]).toBeLessThanOrEqual(0.4);
      expect(row[at("weight(legal-exposure)")]).toBeLessThanOrEqual(0.05);
    }
    // Around Heritage's values: each share within ±30% of its own, and a criterion Heritage
    // leaves out stays at 0.
    const heritage = compare(catalog, { perspective: { id: "heritage", use: "values" } }).criteria;
    const around = discover(
      catalog,
      target,
      { weights: { kind: "around", spread: 0.3, perspective: "heritage" } },
      { samples: 200, seed: 1 },
    );
    for (const row of around.scenarios) {
      heritage.forEach((c) => {
        const v = row[around.dimensions.findIndex((x) => x.name === `weight(${c.id})`)]!;
        expect(v).toBeGreaterThanOrEqual(c.weight * 0.7 - 1e-12);
        expect(v).toBeLessThanOrEqual(c.weight * 1.3 + 1e-12);
      });
    }
  });

  it("samples ratings within their intervals, and the outcome is compare's with those ratings", () => {
    const target = { kind: "first", option: "intelligence-sharing" } as const;
    // The states that meet every soft requirement: no penalty moves a rating, so the drawn rating
    // is low + (high − low) × place, and the same comparison with those ratings set must agree.
    const pin = {
      "mexican-consent": "express-request",
      "fto-designation": "designated",
      aumf: "enacted",
      "presidential-directive": "force-authorized",
      "national-emergency": "declared",
      appropriations: "enacted",
    };
    const d = discover(
      catalog,
      target,
      { pin, ratings: "sampled", weights: "fixed" },
      { samples: 200, seed: 5 },
    );
    const ratingDims = d.dimensions.flatMap((x, k) => {
      const m = /^rating place\((.+), (.+)\)$/.exec(x.name);
      return m ? [{ k, option: m[1]!, criterion: m[2]! }] : [];
    });
    expect(ratingDims.length).toBeGreaterThan(10);
    let checked = 0;
    d.scenarios.forEach((row, i) => {
      const a = assumptionsOf(d, row, {}, pin);
      const rows = compare(catalog, a).rows;
      const ratings: Record<string, Record<string, { value: number; rationale: string }>> = {};
      let penalized = false;
      for (const r of ratingDims) {
        const cell = rows
          .find((x) => x.option === r.option)!
          .contributions.find((c) => c.criterion === r.criterion)!;
        if (cell.penalties.length > 0) penalized = true;
        const [lo, hi] = cell.interval;
        (ratings[r.option] ??= {})[r.criterion] = { value: lo + (hi - lo) * row[r.k]!, rationale: "drawn" };
      }
      if (penalized) return;
      checked++;
      expect(d.outcomes[i]).toBe(holdsIn(target, { ...a, ratings }));
    });
    expect(checked).toBe(200);
    expect(new Set(d.outcomes).size).toBe(2);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom("first", "top", "above")], {
    numRuns: 12,
  })("every scenario inside the reported box satisfies its rules as written", (seed, kind) => {
    const target: DiscoveryTarget =
      kind === "first"
        ? { kind, option: "intelligence-sharing" }
        : kind === "top"
          ? { kind, option: "training-fid", k: 2 }
          : { kind, option: "sof-raids", than: "training-fid" };
    const d = discover(catalog, target, { methods: ["wsm", "topsis"] }, { samples: 300, seed });
    for (const i of insideBox(d.scenarios, d.box.limits)) {
      for (const rule of d.rules) expect(ruleHolds(d, rule.text, d.scenarios[i]!), rule.text).toBe(true);
    }
  });

  it("refuses a bad space as a Left naming the place", () => {
    const target = { kind: "first", option: "sof-raids" } as const;
    const left = (space: object, assumptions: AssumptionsInput = {}) => {
      const r = either.discover(catalog, target, space, { samples: 50 }, assumptions);
      if (E.isRight(r)) throw new Error("expected a Left");
      return r.left.issues.map((i) => i.path);
    };
    expect(left({ weights: { kind: "intervals", bounds: { speed: [0.5, 0.2] } } })).toEqual([
      "space.weights.bounds.speed",
    ]);
    expect(left({ weights: { kind: "intervals", bounds: { nope: [0, 1] } } })).toEqual([
      "space.weights.bounds.nope",
    ]);
    expect(left({ weights: { kind: "around", spread: 2 } })).toEqual(["space.weights.spread"]);
    expect(left({ weights: { kind: "around", spread: 0.2, perspective: "nobody" } })).toEqual([
      "space.weights.perspective",
    ]);
    expect(left({ perspectives: ["heritage", "heritage"] })).toEqual(["space.perspectives"]);
    expect(left({ perspectives: ["nobody"] })).toEqual(["space.perspectives[0]"]);
    expect(left({ perspectives: ["heritage"] }, { perspective: "dea-maltz" })).toEqual([
      "assumptions.perspective",
    ]);
    expect(left({ ratings: "sometimes" })).toEqual(["space.ratings"]);
    expect(left({ weight: "fixed" })).toEqual(["space.weight"]);
    expect(left({ methods: ["wsm", "electre"] })).toEqual(["space.methods[1]"]);
    const claim = alwaysRanksAbove("training-fid", "sof-raids");
    const r = either.discover(catalog, { kind: "claim", claim }, { ratings: "sampled" }, { samples: 50 });
    expect(E.isLeft(r) && r.left.issues[0]!.path).toBe("space.ratings");
  });
});
