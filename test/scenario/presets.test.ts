import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { builtinCatalog, compare, comparePerspectives, documentedStates } from "../../src/index";
import { assumptionsArb } from "./arbitraries";

const catalog = builtinCatalog();

describe("presets", () => {
  it("are the four documented dates, each setting every precondition with a quote from a known source", () => {
    expect(catalog.presets.map((p) => p.id)).toEqual(["2023-03", "2025-01", "2025-08", "2025-09"]);
    const sources = new Set(catalog.sources.map((s) => s.id));
    for (const preset of catalog.presets) {
      expect(Object.keys(preset.states).sort()).toEqual(catalog.preconditions.map((p) => p.id).sort());
      for (const set of Object.values(preset.states)) {
        expect(set.evidence.length).toBeGreaterThan(0);
        expect(set.evidence.every((e) => sources.has(e.source))).toBe(true);
        expect(set.rationale.length).toBeGreaterThan(0);
      }
    }
  });

  it("match what the documents say at each date", () => {
    const at = (id: string) => catalog.presets.find((p) => p.id === id)!.states;
    expect(at("2023-03")["fto-designation"]!.state).toBe("not-designated");
    expect(at("2025-01")["fto-designation"]!.state).toBe("designation-ordered");
    expect(at("2025-01")["national-emergency"]!.state).toBe("declared");
    // A directive to prepare options is not an authorization to strike (003, 004).
    expect(at("2025-08")["presidential-directive"]!.state).toBe("options-ordered");
    expect(at("2025-09")["presidential-directive"]!.state).toBe("options-ordered");
    expect(at("2025-08")["mexican-consent"]!.state).toBe("cooperation-no-troops");
    // BI dates the AUMF bill to 2023; nothing says it is pending in 2025, only that none is enacted.
    expect(at("2023-03").aumf!.state).toBe("introduced");
    for (const date of ["2025-01", "2025-08", "2025-09"]) expect(at(date).aumf!.state).toBe("not-enacted");
    const latest = Object.fromEntries(Object.entries(at("2025-09")).map(([k, v]) => [k, v.state]));
    expect(latest).toEqual(documentedStates(catalog));
  });

  it("block every kinetic option at every documented date: no authorization to strike is documented", () => {
    for (const preset of ["2023-03", "2025-01", "2025-08", "2025-09"]) {
      const rows = compare(catalog, { preset }).rows;
      for (const id of ["drone-strikes", "naval-strikes", "sof-raids"]) {
        expect(rows.find((r) => r.option === id)!.feasible).toBe(false);
      }
    }
  });
});

describe("perspectives", () => {
  it("compare the options once per actor, with that actor's weights, beliefs and conditions", () => {
    const all = comparePerspectives(catalog, { preset: "2025-01" });
    expect(all).toHaveLength(catalog.perspectives.length);
    for (const p of all) {
      const perspective = catalog.perspectives.find((x) => x.id === p.perspective)!;
      const weights = Object.fromEntries(catalog.criteria.map((c) => [c.id, perspective.weights[c.id] ?? 0]));
      expect(p.comparison.assumptions.weights).toEqual(weights);
      expect(p.parts.values.assumptions.weights).toEqual(weights);
      expect(new Set(Object.values(p.parts.beliefs!.assumptions.weights))).toEqual(new Set([1]));
      expect(p.comparison.assumptions.preconditions["presidential-directive"]).toBe("none");
      expect(p.comparison.perspective).toMatchObject({
        id: p.perspective,
        use: "values-and-beliefs",
        conditions: false,
      });
      expect(p.parts.values.perspective!.beliefs).toEqual({ ratings: 0, risks: 0 });
      expect(p.comparison).toBe(p.parts.both);
      const argued = Object.entries(perspective.conditions);
      expect(p.withConditions === undefined).toBe(argued.length === 0);
      for (const [id, set] of argued) {
        for (const c of [p.withConditions!.both, p.withConditions!.values, p.withConditions!.beliefs!])
          expect(c.assumptions.preconditions[id]).toBe(set.state);
      }
    }
  });

  it("refuse weights or a perspective of the caller's, which every perspective would replace", () => {
    expect(() => comparePerspectives(catalog, { weights: { speed: 100 } })).toThrow(
      "assumptions.weights: every perspective brings its own weights, so this would be ignored; leave it out",
    );
    expect(() => comparePerspectives(catalog, { perspective: "kaine" })).toThrow("assumptions.perspective");
  });

  it("cover the actors the documents name, each with quotes", () => {
    expect(catalog.perspectives.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        "milley",
        "heritage",
        "dea-maltz",
        "bi-experts",
        "sheinbaum",
        "kaine",
        "hard-line",
        "rubio",
      ]),
    );
    expect(catalog.perspectives.every((p) => p.evidence.length > 0)).toBe(true);
  });
});

describe("laws of scenarios", () => {
  test.prop([assumptionsArb()])("refusing consent never leaves a consent-requiring option feasible", (a) => {
    const refused = { ...a, preconditions: { ...a.preconditions, "mexican-consent": "opposed" } };
    const rows = compare(catalog, refused).rows;
    for (const id of [
      "training-fid",
      "intelligence-sharing",
      "law-enforcement-cooperation",
      "joint-operations",
    ]) {
      expect(rows.find((r) => r.option === id)!.feasible).toBe(false);
    }
  });

  test.prop([assumptionsArb(), fc.constantFrom(...catalog.options.map((o) => o.id))])(
    "refusing consent raises no risk of an option that does not act in Mexico",
    (a, option) => {
      const like = (consent: string) =>
        compare(catalog, { ...a, preconditions: { ...a.preconditions, "mexican-consent": consent } })
          .rows.find((r) => r.option === option)!
          .risks.map((r) => [r.risk, r.likelihood]);
      const cooperating = new Map(like("express-request") as [string, number][]);
      const refusing = like("opposed") as [string, number][];
      const acts = ["drone-strikes", "naval-strikes", "sof-raids", "ground-intervention"].includes(option);
      for (const [risk, likelihood] of refusing) {
        if (acts) expect(likelihood).toBeGreaterThanOrEqual(cooperating.get(risk)!);
        else expect(likelihood).toBe(cooperating.get(risk));
      }
    },
  );
});
