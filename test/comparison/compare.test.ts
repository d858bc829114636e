import { fc, test } from "@fast-check/vitest";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  either,
  loadCatalog,
  methodNames,
  PolicyMatrixError,
  type AssumptionsInput,
} from "../../src/index";
import { editedCatalog } from "../helpers";

const catalog = builtinCatalog();
const criteria = catalog.criteria.map((c) => c.id);
const weightsArb = fc.record(
  Object.fromEntries(criteria.map((id) => [id, fc.double({ min: 0, max: 10, noNaN: true })])),
);
const statesArb = fc.record(
  Object.fromEntries(catalog.preconditions.map((p) => [p.id, fc.constantFrom(...p.states.map((s) => s.id))])),
);
const hasWeight = (w: Record<string, number>) => Object.values(w).some((x) => x > 0);

describe("compare", () => {
  const result = compare(catalog);

  it("ranks every option by default, feasible first, with equal weights and the September 2025 states", () => {
    expect(result.rows).toHaveLength(catalog.options.length);
    expect(result.method).toMatchObject({ method: "wsm", normalization: "min-max" });
    expect(result.criteria.every((c) => Math.abs(c.weight - 1 / 10) < 1e-12)).toBe(true);
    const firstBlocked = result.rows.findIndex((r) => !r.feasible);
    expect(result.rows.slice(firstBlocked).every((r) => !r.feasible)).toBe(true);
    expect(
      result.rows
        .filter((r) => !r.feasible)
        .map((r) => r.option)
        .sort(),
    ).toEqual(["drone-strikes", "ground-intervention", "joint-operations", "naval-strikes", "sof-raids"]);
  });

  it("explains each score: weighted-sum contributions add up to it, with rationale and evidence", () => {
    for (const row of result.rows) {
      const sum = row.contributions.reduce((s, c) => s + c.contribution, 0);
      expect(sum).toBeCloseTo(row.score, 12);
      expect(
        row.contributions.every((c) => c.rationale.length > 0 && c.ratedBy === "analyst" && c.basis),
      ).toBe(true);
    }
    const raid = result.rows.find((r) => r.option === "sof-raids")!;
    const legal = raid.contributions.find((c) => c.criterion === "legal-exposure")!;
    expect(legal.penalties.map((p) => p.requirement)).toEqual(["aumf"]);
    expect(legal.value).toBe(5);
  });

  it("reports the risks that apply with adjusted likelihoods and why they moved", () => {
    const raid = result.rows.find((r) => r.option === "sof-raids")!;
    const response = raid.risks.find((r) => r.risk === "government-response")!;
    expect(response.baseLikelihood).toBe(0.3);
    expect(response.likelihood).toBeCloseTo(0.6, 12);
    expect(response.shifts[0]!.evidence[0]!.quote).toContain(
      "prompt cooperation from a resistant Mexican government",
    );
    expect(raid.riskBurden).toBeCloseTo(
      raid.risks.reduce((s, r) => s + r.likelihood * r.severity, 0),
      12,
    );
  });

  it("raises consent-sensitive risks for unilateral options only", () => {
    const likelihood = (consent: string, option: string, risk: string) =>
      compare(catalog, { preconditions: { "mexican-consent": consent } })
        .rows.find((r) => r.option === option)!
        .risks.find((r) => r.risk === risk)!.likelihood;
    expect(likelihood("opposed", "sof-raids", "relationship-damage")).toBeGreaterThan(
      likelihood("joint-approval", "sof-raids", "relationship-damage"),
    );
    expect(likelihood("opposed", "economic-leverage", "relationship-damage")).toBe(
      likelihood("joint-approval", "economic-leverage", "relationship-damage"),
    );
  });

  it("leaves blocked options out under infeasible: exclude, and says why", () => {
    const excluded = compare(catalog, { infeasible: "exclude" });
    expect(excluded.rows).toHaveLength(catalog.options.length - 5);
    expect(excluded.excluded.map((f) => f.option).sort()).toEqual([
      "drone-strikes",
      "ground-intervention",
      "joint-operations",
      "naval-strikes",
      "sof-raids",
    ]);
  });

  it("returns frozen results", () => {
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.rows[0]!.contributions[0])).toBe(true);
  });

  it("runs every method on the built-in catalog without NaN", () => {
    for (const method of methodNames) {
      const r = compare(catalog, { method });
      expect(r.rows.every((row) => Number.isFinite(row.score))).toBe(true);
      expect(r.rows.every((row) => row.contributions.every((c) => Number.isFinite(c.contribution)))).toBe(
        true,
      );
    }
  });

  it("reports ties: identical options share a rank", () => {
    const twin = loadCatalog(
      editedCatalog((c) => {
        c.options.push({
          ...JSON.parse(JSON.stringify(c.options[0])),
          id: "illicit-finance-twin",
          name: "Twin",
        });
      }),
    );
    const rows = compare(twin).rows;
    const a = rows.find((r) => r.option === "illicit-finance")!;
    const b = rows.find((r) => r.option === "illicit-finance-twin")!;
    expect(a.rank).toBe(b.rank);
    expect(a.tiedWith).toContain("illicit-finance-twin");
    expect(b.tiedWith).toContain("illicit-finance");
  });
});

describe("compare: bad assumptions name the place", () => {
  const message = (assumptions: unknown, on = catalog) => {
    const r = either.compare(on, assumptions as AssumptionsInput);
    if (E.isRight(r)) throw new Error("expected an error");
    expect(r.left).toBeInstanceOf(PolicyMatrixError);
    return r.left.message;
  };
  it.each([
    [
      { weights: { "legal-exposure": -1 } },
      "assumptions.weights.legal-exposure: expected a number >= 0, got -1",
    ],
    [{ weights: { cost: 1 } }, "assumptions.weights.cost: unknown criterion 'cost'"],
    [
      { preconditions: { consent: "opposed" } },
      "assumptions.preconditions.consent: unknown precondition 'consent'",
    ],
    [
      { preconditions: { aumf: "maybe" } },
      "assumptions.preconditions.aumf: 'maybe' is not a state of 'aumf' (one of: not-enacted, introduced, enacted)",
    ],
    [
      { weights: Object.fromEntries(criteria.map((c) => [c, 0])) },
      "assumptions.weights: expected at least one weight > 0, got all zero",
    ],
    [{ weight: { speed: 1 } }, "assumptions: unknown key 'weight'"],
    [{ method: "electre" }, "assumptions.method"],
    [{ method: { method: "vikor", v: 2 } }, "assumptions.method.v"],
  ])("%j", (assumptions, expected) => {
    expect(message(assumptions)).toContain(expected);
  });

  it("throws the same error from compare", () => {
    expect(() => compare(catalog, { weights: { speed: Number.POSITIVE_INFINITY } })).toThrow(
      "assumptions.weights.speed: expected a finite number, got Infinity",
    );
  });

  it("refuses to rank nothing", () => {
    const blocked = editedCatalog((c) => {
      for (const o of c.options)
        o.requirements = [{ ...c.options.find((x) => x.id === "training-fid")!.requirements![0]! }];
    });
    const assumptions = { preconditions: { "mexican-consent": "opposed" }, infeasible: "exclude" };
    expect(message(assumptions, loadCatalog(blocked))).toBe(
      "assumptions.infeasible: every option is blocked under these assumptions, so there is nothing to rank (use 'rank-last' to see them)",
    );
  });
});

describe("compare: laws", () => {
  test.prop([weightsArb.filter(hasWeight), statesArb, fc.double({ min: 0.01, max: 100, noNaN: true })])(
    "scaling every weight by a positive constant changes no score",
    (weights, preconditions, k) => {
      const scaled = Object.fromEntries(Object.entries(weights).map(([c, w]) => [c, w * k]));
      const a = compare(catalog, { weights, preconditions }).rows.map((r) => r.score);
      const b = compare(catalog, { weights: scaled, preconditions }).rows.map((r) => r.score);
      b.forEach((s, i) => expect(s).toBeCloseTo(a[i]!, 9));
    },
  );

  test.prop([weightsArb.filter(hasWeight), statesArb, fc.constantFrom(...methodNames)])(
    "feasible rows come first, and within each group scores never increase down the ranking, but within ties",
    (weights, preconditions, method) => {
      const rows = compare(catalog, { weights, preconditions, method }).rows;
      const feasible = rows.filter((r) => r.feasible);
      expect(rows.slice(0, feasible.length).every((r) => r.feasible)).toBe(true);
      for (const group of [feasible, rows.filter((r) => !r.feasible)]) {
        for (let i = 1; i < group.length; i++) {
          // A score may exceed the one above it only inside a tie (a run of near-equal scores,
          // ordered by input order, may drift by the tolerance at each step).
          if (group[i]!.score > group[i - 1]!.score + 1e-9)
            expect(group[i]!.tiedWith).toContain(group[i - 1]!.option);
        }
      }
    },
  );

  test.prop([
    fc.constantFrom(...criteria),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: catalog.options.length,
      maxLength: catalog.options.length,
    }),
    fc.constantFrom(...methodNames),
  ])("a criterion with zero weight has no influence, whatever its ratings", (criterion, shares, method) => {
    const { min, max } = catalog.criteria.find((c) => c.id === criterion)!.scale;
    const changed = loadCatalog(
      editedCatalog((c) =>
        c.options.forEach((o, i) => {
          const value = min + shares[i]! * (max - min);
          o.ratings[criterion] = { ...o.ratings[criterion]!, value, interval: undefined, cases: [] };
        }),
      ),
    );
    const assumptions = { weights: { [criterion]: 0 }, method };
    const a = compare(catalog, assumptions).rows.map((r) => [r.option, r.score]);
    const b = compare(changed, assumptions).rows.map((r) => [r.option, r.score]);
    expect(b.map(([o]) => o)).toEqual(a.map(([o]) => o));
    b.forEach(([, s], i) => expect(s as number).toBeCloseTo(a[i]![1] as number, 9));
  });
});
