import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  catalogMarkdown,
  comparePerspectives,
  documentedStates,
  renderPerspectives,
  verifyEvidence,
} from "../../src/index";

const catalog = builtinCatalog();
const seeds = join(__dirname, "../../../shared/seeds");
/** The five documents, by source id, where they are checked out beside the repository. */
const sourceTexts = (): Record<string, string> =>
  Object.fromEntries(catalog.sources.map((s) => [s.id, readFileSync(join(seeds, s.file!), "utf8")]));

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

  it("has the options of the domain map, the mission's four and the documents' threats among them", () => {
    const ids = catalog.options.map((o) => o.id);
    expect(ids.length).toBeGreaterThanOrEqual(16);
    for (const id of [
      "training-fid",
      "intelligence-sharing",
      "drone-strikes",
      "naval-strikes",
      "sof-raids",
      "coercive-signalling",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("has six preconditions, the stated risks (fragile cooperation and public patience among them) and ten criteria", () => {
    expect(catalog.preconditions.map((p) => p.id)).toEqual([
      "mexican-consent",
      "fto-designation",
      "aumf",
      "presidential-directive",
      "national-emergency",
      "appropriations",
    ]);
    expect(catalog.risks.map((r) => r.id)).toEqual(
      expect.arrayContaining(["partnership-fragility", "domestic-support"]),
    );
    expect(catalog.risks).toHaveLength(16);
    expect(catalog.criteria).toHaveLength(10);
  });

  it("gives every rating a basis, a rationale and an interval around it; background says so", () => {
    for (const option of catalog.options) {
      for (const criterion of catalog.criteria) {
        const rating = option.ratings[criterion.id]!;
        for (const r of [rating, ...rating.cases]) {
          expect(r.rationale.length).toBeGreaterThan(10);
          expect(r.interval![0]).toBeLessThanOrEqual(r.value);
          expect(r.interval![1]).toBeGreaterThanOrEqual(r.value);
          if (r.basis === "background") expect(r.rationale).toMatch(/background/i);
          else expect(r.evidence.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("documents the state of every precondition as of September 2025, as the domain map has it", () => {
    expect(documentedStates(catalog)).toEqual({
      "mexican-consent": "cooperation-no-troops",
      "fto-designation": "designated",
      aumf: "not-enacted",
      "presidential-directive": "options-ordered",
      "national-emergency": "declared",
      appropriations: "recommended",
    });
  });

  it("orders the escalation ladder from non-military (0) to ground intervention (6)", () => {
    const rung = (id: string) => catalog.options.find((o) => o.id === id)!.escalation;
    expect(rung("illicit-finance")).toBe(0);
    expect(rung("training-fid")).toBeLessThan(rung("drone-strikes"));
    expect(rung("drone-strikes")).toBeLessThan(rung("sof-raids"));
    expect(rung("sof-raids")).toBeLessThan(rung("ground-intervention"));
  });

  it("gives the effect side and the cost side an equal say by default, and the report says so", () => {
    const side = (d: string) =>
      catalog.criteria.filter((c) => c.direction === d).reduce((s, c) => s + c.weight, 0);
    expect(side("benefit")).toBe(side("cost"));
    const markdown = catalogMarkdown(catalog);
    expect(markdown).toContain("Default weights: effect side 50%, cost side 50%.");
    expect(markdown).toMatch(
      /What the ratings rest on: \d+ ratings .*: \d+ documented, \d+ inference, \d+ background; \d+ of \d+ cite a quote\./,
    );
  });

  it("says what it leaves out, and why", () => {
    expect(catalog.omissions.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        "Military control of a strip of border land",
        "Rubio's 'cooperative country' line",
      ]),
    );
    expect(catalogMarkdown(catalog)).toContain("## Left out, and why");
  });
});

describe.runIf(existsSync(seeds))("the built-in catalog against the documents (../shared/seeds)", () => {
  it("quotes every source verbatim, in the source it names (verifyEvidence)", () => {
    const report = verifyEvidence(catalog, sourceTexts());
    expect(report.misses).toEqual([]);
    expect(report.verbatim).toBe(report.quotes);
    expect(report.quotes).toBeGreaterThan(400);
  });

  it("labels as direct speech only words the source puts in quotation marks", () => {
    // A speaker is who said the words; where the source gives someone's view in its own words
    // ("Livermore said rampant corruption ..."), the quote is reported speech (attributedTo).
    // Typographic quotes folded, line breaks kept (paragraphs matter here).
    const fold = (t: string) =>
      t
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/[^\S\n]+/g, " ");
    const texts = Object.fromEntries(Object.entries(sourceTexts()).map(([id, t]) => [id, fold(t)]));
    const wrong: string[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (x === null || typeof x !== "object") return;
      const e = x as { source?: string; quote?: string; speaker?: string };
      if (typeof e.quote === "string" && e.speaker) {
        const text = texts[e.source!]!;
        const quote = fold(e.quote);
        const at = text.indexOf(quote);
        const paragraphStart = Math.max(text.lastIndexOf("\n", at), 0);
        // Inside a quotation: an odd number of quotation marks between the paragraph's start and
        // the quote (or the quote opens with one).
        const marks = (text.slice(paragraphStart, at).match(/"/g) ?? []).length;
        if (marks % 2 === 0 && !quote.startsWith('"')) wrong.push(`${e.speaker}: ${quote.slice(0, 60)}`);
      }
      Object.values(x).forEach(walk);
    };
    walk(catalog);
    expect(wrong).toEqual([]);
  });
});

describe("the README's printed numbers", () => {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");

  it("print the perspectives table as the code prints it", () => {
    expect(readme).toContain(renderPerspectives(comparePerspectives(catalog), "markdown").trim());
  });

  it("quote the ratings' coverage as the catalog report gives it", () => {
    const line = /What the ratings rest on: (.*)$/m.exec(catalogMarkdown(catalog))![1]!;
    expect(readme.replace(/\s+/g, " ")).toContain(`"${line}"`);
  });
});
