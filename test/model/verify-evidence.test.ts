import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { either, loadCatalog, PolicyMatrixError, verifyEvidence, type CatalogInput } from "../../src/index";

const catalogWith = (quotes: { source: string; quote: string }[]): CatalogInput => ({
  id: "memo",
  name: "Memo",
  version: "1",
  description: "A catalog quoting two memos.",
  sources: [
    { id: "first", title: "First memo", outlet: "Office", date: "2025" },
    { id: "second", title: "Second memo", outlet: "Office", date: "2025" },
  ],
  criteria: [
    { id: "cost", name: "Cost", direction: "cost", description: "Cost.", scale: { min: 0, max: 10 } },
  ],
  options: [
    {
      id: "wait",
      name: "Wait",
      description: "Do nothing.",
      evidence: quotes,
      ratings: { cost: { value: 0, rationale: "Background: nothing to pay.", basis: "background" } },
    },
  ],
});

const texts = {
  first: "We could, in short,\nsimply “wait and see” what\u00a0happens next.",
  second: "The second memo says we should act at once, before the season turns.",
};

describe("verifyEvidence", () => {
  it("finds quotes verbatim, folding only white space and typographic quotes", () => {
    const report = verifyEvidence(
      loadCatalog(catalogWith([{ source: "first", quote: 'simply "wait and see" what happens next' }])),
      texts,
    );
    expect(report).toEqual({ quotes: 1, verbatim: 1, misses: [] });
  });

  it("names the place of a miss and the closest passage of the named source", () => {
    const report = verifyEvidence(
      catalogWith([{ source: "first", quote: "simply wait and watch what happens next" }]),
      texts,
    );
    expect(report.verbatim).toBe(0);
    expect(report.misses).toEqual([
      {
        path: "options[wait].evidence[0]",
        source: "first",
        quote: "simply wait and watch what happens next",
        reason: "not-found",
        closest: 'simply "wait and see" what happens next.',
      },
    ]);
  });

  it("does not fold anything else: dashes, case and spelling must match", () => {
    const report = verifyEvidence(catalogWith([{ source: "second", quote: "We should act at once" }]), texts);
    expect(report.misses.map((m) => m.reason)).toEqual(["not-found"]);
  });

  it("says when the quote is in another source, or the source has no text", () => {
    const report = verifyEvidence(
      catalogWith([
        { source: "first", quote: "we should act at once, before the season turns" },
        { source: "second", quote: "the second memo says" },
      ]),
      { first: texts.first },
    );
    expect(report.misses.map((m) => [m.reason, m.source])).toEqual([
      ["not-found", "first"],
      ["no-text", "second"],
    ]);
    expect(report.misses[1]!.closest).toBeUndefined();
    const both = verifyEvidence(
      catalogWith([{ source: "first", quote: "we should act at once, before the season turns" }]),
      texts,
    );
    expect(both.misses).toEqual([expect.objectContaining({ reason: "other-source", foundIn: "second" })]);
  });

  it("refuses a malformed catalog or malformed sources, as a Left from its twin", () => {
    const bad = either.verifyEvidence(catalogWith([{ source: "first", quote: "short" }]), texts);
    expect(E.isLeft(bad) && bad.left.issues[0]!.path).toBe("catalog.options[wait].evidence[0].quote");
    const notText = either.verifyEvidence(catalogWith([]), { first: 42 } as unknown as Record<
      string,
      string
    >);
    expect(E.isLeft(notText) && notText.left.message).toBe(
      "sources.first: expected the source's text, got number",
    );
    expect(() => verifyEvidence(catalogWith([]), null as unknown as Record<string, string>)).toThrow(
      PolicyMatrixError,
    );
  });
});
