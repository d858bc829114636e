import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCatalog, documentedStates } from "../../src/index";
import { tempDir } from "../helpers";

const scratch = tempDir("pm-quotes-");

const catalog = builtinCatalog();
const verifier = join(__dirname, "../../../shared/tools/verify-quotes.mjs");

describe("the built-in catalog", () => {
  it("has the five sources, dated", () => {
    expect(catalog.sources.map((s) => [s.id, s.date])).toEqual([
      ["milley-2023", "2023-03-31"],
      ["bi-2025", "2025-01"],
      ["heritage-2025", "2025-01-27"],
      ["wapo-2025", "2025-08"],
      ["analysis-2025", "2025-09"],
    ]);
  });

  it("has at least the 15 options of the domain map, the mission's four among them", () => {
    const ids = catalog.options.map((o) => o.id);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    for (const id of [
      "training-fid",
      "intelligence-sharing",
      "drone-strikes",
      "naval-strikes",
      "sof-raids",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("has the 7 preconditions, the 14 stated risks and 8 to 10 criteria", () => {
    expect(catalog.preconditions).toHaveLength(7);
    expect(catalog.risks).toHaveLength(14);
    expect(catalog.criteria.length).toBeGreaterThanOrEqual(8);
    expect(catalog.criteria.length).toBeLessThanOrEqual(10);
  });

  it("marks every rating as an analyst judgment with a rationale and an interval around it", () => {
    for (const option of catalog.options) {
      for (const criterion of catalog.criteria) {
        const rating = option.ratings[criterion.id]!;
        expect(rating.analystJudgment).toBe(true);
        expect(rating.rationale.length).toBeGreaterThan(10);
        expect(rating.interval![0]).toBeLessThanOrEqual(rating.value);
        expect(rating.interval![1]).toBeGreaterThanOrEqual(rating.value);
      }
    }
  });

  it("documents the state of every precondition as of September 2025, as the domain map has it", () => {
    expect(documentedStates(catalog)).toEqual({
      "mexican-consent": "cooperation-no-troops",
      "fto-designation": "designated",
      aumf: "proposed",
      "presidential-directive": "signed",
      "national-emergency": "declared",
      appropriations: "requested",
      "cooperative-country": "cooperative",
    });
  });

  it("orders the escalation ladder from non-military (0) to ground intervention (6)", () => {
    const rung = (id: string) => catalog.options.find((o) => o.id === id)!.escalation;
    expect(rung("illicit-finance")).toBe(0);
    expect(rung("training-fid")).toBeLessThan(rung("drone-strikes"));
    expect(rung("drone-strikes")).toBeLessThan(rung("sof-raids"));
    expect(rung("sof-raids")).toBeLessThan(rung("ground-intervention"));
  });

  it.runIf(existsSync(verifier))("quotes every source verbatim (shared/tools/verify-quotes.mjs)", () => {
    const dump = join(scratch, "catalog.json");
    writeFileSync(dump, JSON.stringify(catalog));
    const out = execFileSync("node", [verifier, dump], { encoding: "utf8" });
    expect(out).toMatch(/^(\d+) of \1 quotes found verbatim/m);
  });
});
