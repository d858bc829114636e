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
    expect(at("2025-08")["presidential-directive"]!.state).toBe("signed");
    expect(at("2025-08")["mexican-consent"]!.state).toBe("cooperation-no-troops");
    expect(at("2025-09")["cooperative-country"]!.state).toBe("cooperative");
    const latest = Object.fromEntries(Object.entries(at("2025-09")).map(([k, v]) => [k, v.state]));
    expect(latest).toEqual(documentedStates(catalog));
  });

  it("block every kinetic option before the directive (March 2023, January 2025)", () => {
    for (const preset of ["2023-03", "2025-01"]) {
      const rows = compare(catalog, { preset }).rows;
      for (const id of ["drone-strikes", "naval-strikes", "sof-raids"]) {
        expect(rows.find((r) => r.option === id)!.feasible).toBe(false);
      }
    }
  });
});

describe("perspectives", () => {
  it("compare the options once per actor, with that actor's weights", () => {
    const all = comparePerspectives(catalog, { preset: "2025-08", weights: { speed: 100 } });
    expect(all).toHaveLength(catalog.perspectives.length);
    for (const p of all) {
      const weights = catalog.perspectives.find((x) => x.id === p.perspective)!.weights;
      expect(p.comparison.assumptions.weights).toEqual(weights);
      expect(p.comparison.assumptions.preconditions["presidential-directive"]).toBe("signed");
    }
  });

  it("cover the actors the documents name, each with quotes", () => {
    expect(catalog.perspectives.map((p) => p.id)).toEqual(
      expect.arrayContaining(["milley", "heritage", "dea-maltz", "bi-experts", "sheinbaum", "kaine"]),
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
