import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { assessFeasibility, builtinCatalog, documentedStates, evaluateCondition } from "../../src/index";

const catalog = builtinCatalog();
const today = documentedStates(catalog);

/** Any assignment of a state to every precondition of the built-in catalog. */
const statesArb = fc.record(
  Object.fromEntries(catalog.preconditions.map((p) => [p.id, fc.constantFrom(...p.states.map((s) => s.id))])),
);

const of = (states: Record<string, string>, option: string) =>
  assessFeasibility(catalog, states).find((f) => f.option === option)!;

describe("assessFeasibility", () => {
  test.prop([statesArb])("an option is feasible exactly when every hard requirement holds", (states) => {
    for (const f of assessFeasibility(catalog, states)) {
      const option = catalog.options.find((o) => o.id === f.option)!;
      const hardHold = option.requirements
        .filter((r) => r.severity === "hard")
        .every((r) => evaluateCondition(r.condition, states).holds);
      expect(f.feasible).toBe(hardHold);
      expect(f.blockers.every((b) => b.severity === "hard" && !b.met)).toBe(true);
      expect(f.penalties.every((p) => p.severity === "soft" && !p.met)).toBe(true);
      expect(f.checks).toHaveLength(option.requirements.length);
    }
  });

  test.prop([statesArb])("refusing consent never leaves a consent-requiring option feasible", (states) => {
    const refused = { ...states, "mexican-consent": "opposed" };
    for (const option of [
      "training-fid",
      "intelligence-sharing",
      "law-enforcement-cooperation",
      "joint-operations",
    ]) {
      expect(of(refused, option).feasible).toBe(false);
    }
  });

  test.prop([statesArb])("options without hard requirements are feasible in every state", (states) => {
    for (const option of catalog.options.filter((o) => o.requirements.every((r) => r.severity === "soft"))) {
      expect(of(states, option.id).feasible).toBe(true);
    }
  });

  it("blocks joint operations without Mexico's approval (hard), with the reason and the evidence", () => {
    const joint = of(today, "joint-operations");
    expect(joint.feasible).toBe(false);
    expect(joint.blockers.map((b) => b.requirement)).toEqual(["joint-approval", "force-authorized"]);
    expect(joint.blockers[0]!.explanation).toBe(
      "mexican-consent is 'cooperation-no-troops' (needs one of 'express-request', 'joint-approval')",
    );
    expect(joint.blockers[0]!.evidence[0]!.source).toBe("heritage-2025");
    const approved = { ...today, "mexican-consent": "joint-approval" };
    expect(of(approved, "joint-operations").blockers.map((b) => b.requirement)).toEqual(["force-authorized"]);
    expect(
      of({ ...approved, "presidential-directive": "force-authorized" }, "joint-operations").feasible,
    ).toBe(true);
  });

  it("keeps an authorized SOF raid without Mexico's approval feasible, with soft penalties (sovereignty and escalation, legal)", () => {
    const raid = of({ ...today, "presidential-directive": "force-authorized" }, "sof-raids");
    expect(raid.feasible).toBe(true);
    expect(raid.penalties.map((p) => p.requirement)).toEqual(["mexican-approval", "aumf"]);
    const invited = of(
      {
        ...today,
        "presidential-directive": "force-authorized",
        "mexican-consent": "express-request",
        aumf: "enacted",
      },
      "sof-raids",
    );
    expect(invited.penalties).toEqual([]);
  });

  it("gives strikes without an AUMF a legal-exposure penalty", () => {
    const aumf = of(today, "drone-strikes").penalties.find((p) => p.requirement === "aumf")!;
    expect(aumf.consequences.penalties).toEqual([{ criterion: "legal-exposure", worsen: 3 }]);
    expect(
      of({ ...today, aumf: "enacted" }, "drone-strikes").penalties.some((p) => p.requirement === "aumf"),
    ).toBe(false);
  });

  it("blocks every kinetic option until force is authorized: a directive to prepare options is not enough", () => {
    // 004: "Trump issued a directive to the Pentagon to prepare a set of options"; 003: the White
    // House "declined to say whether a new authorization has been approved".
    for (const directive of ["none", "options-ordered"]) {
      const states = { ...today, "presidential-directive": directive };
      for (const option of [
        "drone-strikes",
        "naval-strikes",
        "sof-raids",
        "ground-intervention",
        "joint-operations",
      ]) {
        expect(of(states, option).blockers.map((b) => b.requirement)).toContain("force-authorized");
      }
    }
    const authorized = { ...today, "presidential-directive": "force-authorized" };
    for (const option of ["drone-strikes", "naval-strikes", "sof-raids", "ground-intervention"]) {
      expect(of(authorized, option).feasible).toBe(true);
    }
  });
});
