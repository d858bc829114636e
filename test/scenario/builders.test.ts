import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  overrideRating,
  scaleWeight,
  setPrecondition,
  setWeight,
  withAssumptions,
} from "../../src/index";

const catalog = builtinCatalog();

describe("assumption builders", () => {
  it("answer the question in three lines of code", () => {
    let what = setPrecondition({ preset: "2025-09" }, "mexican-consent", "joint-approval");
    what = setPrecondition(
      setPrecondition(what, "aumf", "enacted"),
      "presidential-directive",
      "force-authorized",
    );
    const result = compare(catalog, scaleWeight(catalog, what, "legal-exposure", 2));
    expect(result.assumptions.weights["legal-exposure"]).toBe(2);
    expect(result.rows.find((r) => r.option === "joint-operations")!.feasible).toBe(true);
  });

  it("return frozen values and leave the base untouched", () => {
    const base = Object.freeze({ weights: Object.freeze({ speed: 2 }) });
    const next = withAssumptions(base, (d) => {
      d.weights.speed = 3;
      d.preconditions.aumf = "enacted";
    });
    expect(base.weights.speed).toBe(2);
    expect(next.weights.speed).toBe(3);
    expect(Object.isFrozen(next.weights)).toBe(true);
  });

  it("scale a weight from where it stands (perspective included)", () => {
    expect(scaleWeight(catalog, { perspective: "sheinbaum" }, "sovereignty-cost", 0.5).weights).toEqual({
      "sovereignty-cost": 2.5,
    });
    expect(setWeight(scaleWeight(catalog, {}, "speed", 3), "mexican-role", 0).weights).toEqual({
      speed: 3,
      "mexican-role": 0,
    });
  });

  it("override a rating, keeping other overrides of the same option", () => {
    const a = overrideRating(
      overrideRating({}, "sof-raids", "speed", { value: 9, rationale: "ready" }),
      "sof-raids",
      "mexican-role",
      {
        value: 4,
        rationale: "follow-up",
      },
    );
    expect(Object.keys(a.ratings["sof-raids"]!)).toEqual(["speed", "mexican-role"]);
  });
});
