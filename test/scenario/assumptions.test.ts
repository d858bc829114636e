import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  documentedStates,
  either,
  resolveAssumptions,
  type AssumptionsInput,
} from "../../src/index";

const catalog = builtinCatalog();
const row = (c: ReturnType<typeof compare>, option: string) => c.rows.find((r) => r.option === option)!;

describe("assumptions: merge order", () => {
  it("applies a preset's states, then explicit states over them", () => {
    const a = resolveAssumptions(catalog, { preset: "2025-01", preconditions: { aumf: "enacted" } });
    expect(a.preconditions["fto-designation"]).toBe("designation-ordered");
    expect(a.preconditions["presidential-directive"]).toBe("none");
    expect(a.preconditions.aumf).toBe("enacted");
  });

  it("applies a perspective's weights, then explicit weights over them", () => {
    const a = resolveAssumptions(catalog, { perspective: "kaine", weights: { speed: 7 } });
    expect(a.weights["legal-exposure"]).toBe(5);
    expect(a.weights.speed).toBe(7);
  });

  it("defaults to the latest documented states and equal weights", () => {
    const a = resolveAssumptions(catalog);
    expect(a.preconditions).toEqual(documentedStates(catalog));
    expect(new Set(Object.values(a.weights))).toEqual(new Set([1]));
  });
});

describe("assumptions: overrides", () => {
  it("replaces a rating with the user's, marked as theirs, penalties still on top", () => {
    const c = compare(catalog, {
      ratings: {
        "sof-raids": {
          "legal-exposure": { value: 1, interval: [0, 2], rationale: "a status-of-forces deal" },
        },
      },
    });
    const legal = row(c, "sof-raids").contributions.find((x) => x.criterion === "legal-exposure")!;
    expect(legal.ratedBy).toBe("user");
    expect(legal.basis).toBeUndefined();
    expect(legal.rationale).toBe("a status-of-forces deal");
    expect(legal.value).toBe(4); // 1, plus the 3 of the unmet AUMF requirement
    expect(legal.interval).toEqual([3, 5]);
  });

  it("replaces a risk's likelihood or severity for an option", () => {
    const c = compare(catalog, {
      risks: { corruption: { "training-fid": { likelihood: 0.9, rationale: "vetting fails" } } },
    });
    const risk = row(c, "training-fid").risks.find((r) => r.risk === "corruption")!;
    expect(risk.likelihood).toBe(0.9);
    expect(risk.severity).toBe(3);
    expect(risk.rationale).toBe("vetting fails");
    expect(risk.ratedBy).toBe("user");
  });

  it.each([
    [
      { ratings: { airstrikes: { speed: { value: 1, rationale: "x" } } } },
      "assumptions.ratings.airstrikes: unknown option 'airstrikes'",
    ],
    [
      { ratings: { "sof-raids": { vibes: { value: 1, rationale: "x" } } } },
      "assumptions.ratings.sof-raids.vibes: unknown criterion 'vibes'",
    ],
    [
      { ratings: { "sof-raids": { speed: { value: 12, rationale: "x" } } } },
      "assumptions.ratings.sof-raids.speed: expected values on the scale [0, 10], got 12",
    ],
    [{ ratings: { "sof-raids": { speed: { value: 2 } } } }, "assumptions.ratings.sof-raids.speed.rationale"],
    [
      { risks: { corruption: { "sof-raids": { likelihood: 0.5, rationale: "x" } } } },
      "assumptions.risks.corruption.sof-raids: risk 'corruption' does not attach to option 'sof-raids'",
    ],
    [
      { risks: { corruption: { "training-fid": { likelihood: 1.5, rationale: "x" } } } },
      "assumptions.risks.corruption.training-fid.likelihood",
    ],
    [
      { preset: "1999-01" },
      "assumptions.preset: unknown preset '1999-01' (known: 2023-03, 2025-01, 2025-08, 2025-09)",
    ],
    [{ perspective: "trump" }, "assumptions.perspective: unknown perspective 'trump'"],
    [{ riskBurden: { weight: -1 } }, "assumptions.riskBurden.weight: expected a number >= 0, got -1"],
    [{ infeasible: "ignore" }, "assumptions.infeasible"],
  ])("rejects %j naming the place", (assumptions, message) => {
    const r = either.compare(catalog, assumptions as AssumptionsInput);
    expect(E.isLeft(r) && r.left.message).toContain(message);
  });
});

describe("assumptions: risk burden and infeasible options", () => {
  it("adds the risk burden as a weighted cost criterion", () => {
    const c = compare(catalog, { riskBurden: { weight: 3 } });
    expect(c.criteria.at(-1)).toMatchObject({ id: "risk-burden", direction: "cost" });
    const raid = row(c, "sof-raids");
    const burden = raid.contributions.find((x) => x.criterion === "risk-burden")!;
    expect(burden.value).toBeCloseTo(raid.riskBurden, 12);
    expect(raid.contributions.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(raid.score, 12);
    const finance = row(c, "illicit-finance").contributions.find((x) => x.criterion === "risk-burden")!;
    expect(finance.value).toBe(0);
    expect(finance.contribution).toBeCloseTo(3 / 13, 12); // no burden: full utility times its weight share
    expect(burden.contribution).toBeLessThan(finance.contribution);
  });

  it("subtracts a risk penalty in proportion to the burden, and says so", () => {
    const plain = compare(catalog);
    const c = compare(catalog, { riskBurden: { penalty: 0.5 } });
    for (const r of c.rows) {
      expect(r.methodScore).toBeCloseTo(row(plain, r.option).score, 12);
      expect(r.score).toBeCloseTo(r.methodScore - r.penalty.risk, 12);
    }
    expect(row(c, "ground-intervention").penalty.risk).toBeGreaterThan(
      row(c, "illicit-finance").penalty.risk,
    );
    expect(row(c, "illicit-finance").penalty.risk).toBe(0);
  });

  it("ranks infeasible options among the others, penalised, under infeasible: penalize", () => {
    const c = compare(catalog, { infeasible: "penalize", infeasiblePenalty: 0.1 });
    const joint = row(c, "joint-operations");
    expect(joint.penalty.infeasible).toBe(0.1);
    expect(joint.score).toBeCloseTo(joint.methodScore - 0.1, 12);
    expect(joint.rank).toBeLessThan(14);
    expect(c.rows.map((r) => r.score)).toEqual([...c.rows.map((r) => r.score)].sort((a, b) => b - a));
  });
});
